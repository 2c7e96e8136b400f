namespace TeamsCadenceBot.Operations;

/// <summary>
/// The <c>Telemetry</c> section. Application Insights needs no key here: it is on whenever
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is configured (the App Service setting Azure fills in).
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// The configuration key (and environment variable) of the Application Insights connection string.
    /// </summary>
    public const string ApplicationInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Writes traces and metrics to the console; for local runs only, off by default to keep output quiet.
    /// </summary>
    public bool Console { get; set; }
}
