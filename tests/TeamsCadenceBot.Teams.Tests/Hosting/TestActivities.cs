using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Tests.Hosting;

/// <summary>Activity payloads shaped like the ones Teams posts.</summary>
internal static class TestActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static Activity Message(string serviceUrl = ServiceUrl, string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1733216400000",
        ServiceUrl = serviceUrl,
        ChannelId = channelId,
        From = new ChannelAccount("29:1a2b3c", "Avery Rep", "5c6d7e8f-0000-4000-8000-000000000001"),
        Recipient = new ChannelAccount("28:0e4d3c2b-1a09-4f8e-9d7c-6b5a49382716", "Cadence"),
        Conversation = new ConversationAccount("a:1xyz", "personal", "7b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"),
        Text = "help",
    };

    public static Activity CardAction() => Message() with
    {
        Type = ActivityTypes.Invoke,
        Id = "f:invoke-1",
        Name = ActivityTypes.AdaptiveCardActionInvoke,
        Text = null,
        Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "save" } }),
    };

    public static string Json(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJson.Options);
}
