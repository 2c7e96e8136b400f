using System.Net.Http.Headers;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>The waiting rules between tries, kept pure so that their timing is testable.</summary>
internal static class ConnectorBackoff
{
    /// <summary>
    /// The backoff before retry number <paramref name="retry"/> (1 for the first retry): the base delay doubled
    /// per retry and capped, of which the upper half is scaled by <paramref name="sample"/> in [0, 1).
    /// </summary>
    public static TimeSpan Exponential(int retry, double sample, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var ceiling = Math.Min(
            baseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, retry - 1)),
            maxDelay.TotalMilliseconds);

        // Half fixed, half random: callers throttled together spread out, yet none retries at once.
        return TimeSpan.FromMilliseconds((ceiling / 2) + (ceiling / 2 * sample));
    }

    /// <summary>How long a <c>Retry-After</c> header asks to wait, or null when there is none.</summary>
    public static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
