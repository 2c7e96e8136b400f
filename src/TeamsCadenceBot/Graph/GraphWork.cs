using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Graph;

/// <summary>The scheduled work of the Graph features: the daily refresh and a refresh someone asked for.</summary>
internal static class GraphWork
{
    public const string DailyRefresh = "graph.refresh";
    public const string RequestedRefresh = "graph.refresh.requested";

    /// <summary>
    /// The next daily refresh after <paramref name="now"/>, at <paramref name="timeOfDay"/> UTC; one per day by its id.
    /// </summary>
    public static ScheduledWork NextDailyRefresh(string tenantId, DateTimeOffset now, TimeSpan timeOfDay)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var at = new DateTimeOffset(today.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay)), TimeSpan.Zero);
        if (at <= now)
        {
            at = at.AddDays(1);
        }

        var day = at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ScheduledWork(tenantId, $"{DailyRefresh}:{day}", DailyRefresh, at, "{}");
    }

    /// <summary>A refresh asked for now; asking again in the same minute is the same work.</summary>
    public static ScheduledWork Requested(string tenantId, string requestedBy, DateTimeOffset now) =>
        new(
            tenantId,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{RequestedRefresh}:{requestedBy}:{now.UtcDateTime:yyyyMMddHHmm}"),
            RequestedRefresh,
            now,
            JsonSerializer.Serialize(new RefreshRequest(requestedBy)));

    public static RefreshRequest ReadRequest(ScheduledWork work) =>
        JsonSerializer.Deserialize<RefreshRequest>(work.Payload)
        ?? throw new InvalidOperationException("Empty refresh request.");
}

/// <summary>Who asked for a refresh: the report goes to them.</summary>
internal sealed record RefreshRequest(string RequestedBy);
