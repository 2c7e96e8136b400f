using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Benchmarks.Fanout;

/// <summary>The reminders fanned out: each carries its idempotency key in its text, for the server to record.</summary>
internal static class FanoutMessages
{
    private const string Marker = "key=";

    public static OutboundMessage Reminder(string tenantId, string personId, int number)
    {
        var key = $"bench-reminder:{personId}:{number}";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"Reminder {number}: your commitment to Contoso is due tomorrow at 17:00. {Marker}{key}",
            TextFormat = "markdown",
        };
        return new OutboundMessage(tenantId, key, "bench.reminder", DeliveryTarget.Person(personId), activity);
    }

    public static string KeyOf(string text) => text[(text.LastIndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..];
}
