using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>How the connector client retries and pages, bound from <c>Bot:Connector</c>.</summary>
public sealed class ConnectorOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot:Connector";

    /// <summary>How many times a call is tried in all, the first try included.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The backoff before the first retry of a transient failure; it doubles with each retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff between two tries of a transient failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait after a 429 that carries no usable <c>Retry-After</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for; a longer one ends the call with a
    /// <see cref="ConnectorException"/> carrying it (<see cref="ConnectorException.RetryAfter"/>) so that the
    /// caller can reschedule the work instead of holding it. The throttle listeners hear of every 429 all the same.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The timeout of one HTTP try.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many members a page of members asks for (Teams serves at most 500).</summary>
    [Range(1, 500)]
    public int MembersPageSize { get; set; } = 100;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseDelay > MaxDelay)
        {
            yield return new ValidationResult(
                "BaseDelay must not exceed MaxDelay.",
                [nameof(BaseDelay), nameof(MaxDelay)]);
        }
    }
}
