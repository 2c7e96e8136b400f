using System.Diagnostics;

namespace TeamsCadenceBot.Operations;

/// <summary>The bot's trace source: one span per turn, per connector call and per Graph refresh step.</summary>
internal static class CadenceTracing
{
    public const string SourceName = "TeamsCadenceBot";

    // Static by design: spans are started where the work is, and OpenTelemetry listens by name.
    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// Marks the span failed with the exception's type, never its message (it may hold personal data).
    /// </summary>
    public static void RecordFailure(this Activity? span, Exception exception)
    {
        if (span is null)
        {
            return;
        }

        span.SetStatus(ActivityStatusCode.Error);
        span.SetTag("error.type", exception.GetType().FullName);
    }
}
