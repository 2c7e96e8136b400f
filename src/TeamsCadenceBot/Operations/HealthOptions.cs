using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Operations;

/// <summary>The <c>Health</c> section: how the readiness probe checks storage.</summary>
internal sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>
    /// How long the readiness probe waits for storage. Shorter than a load balancer's probe timeout, so that a
    /// storage outage reads as "not ready" rather than as a probe that never answers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
