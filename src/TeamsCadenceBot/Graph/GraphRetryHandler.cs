using System.Net;
using TeamsCadenceBot.Operations;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Replaces the Graph SDK's own retry handler: honours <c>Retry-After</c> on 429 and retries 503 and 504, waiting
/// on the injected clock (so tests move time instead of sleeping) and never longer than
/// <see cref="GraphOptions.MaxRetryWait"/>.
/// A wait longer than that gives the caller the 429, so a heavily throttled refresh fails and is retried later by the
/// scheduler rather than holding a sweep for minutes.
/// </summary>
internal sealed partial class GraphRetryHandler(
    GraphOptions options,
    TimeProvider clock,
    CadenceMetrics metrics,
    ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        // The body is kept as bytes so that every attempt sends it whole: a stream is read once.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentHeaders = request.Content?.Headers.ToList();
        for (var attempt = 1; ; attempt++)
        {
            if (body is not null)
            {
                request.Content = Copy(body, contentHeaders!);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (!IsTransient(response.StatusCode))
            {
                return response;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics.Throttled("graph");
            }

            var wait = RetryAfter(response) ?? Backoff(attempt);
            if (attempt > options.MaxRetries || wait > options.MaxRetryWait)
            {
                LogGaveUp(logger, (int)response.StatusCode, attempt, wait);
                return response;
            }

            LogRetrying(logger, (int)response.StatusCode, attempt, wait);
            response.Dispose();
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));

    private static ByteArrayContent Copy(byte[] body, List<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var content = new ByteArrayContent(body);
        foreach (var (name, values) in headers)
        {
            content.Headers.TryAddWithoutValidation(name, values);
        }

        return content;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        _ => null,
    };

    [LoggerMessage(EventId = 1601, EventName = "GraphRetrying", Level = LogLevel.Warning,
        Message = "Microsoft Graph answered {Status} on attempt {Attempt}; trying again in {Wait}")]
    private static partial void LogRetrying(ILogger logger, int status, int attempt, TimeSpan wait);

    [LoggerMessage(EventId = 1602, EventName = "GraphGaveUp", Level = LogLevel.Warning,
        Message = "Microsoft Graph answered {Status} on attempt {Attempt}; not waiting {Wait} more, the request fails")]
    private static partial void LogGaveUp(ILogger logger, int status, int attempt, TimeSpan wait);
}
