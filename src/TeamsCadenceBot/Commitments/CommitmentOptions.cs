using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Commitments;

internal sealed class CommitmentOptions
{
    public const string Section = "Commitments";

    /// <summary>The manager's local time at which the daily digest of missed items is sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:00")]
    public TimeSpan DigestLocalTime { get; set; } = new(8, 0, 0);

    /// <summary>How long after a missed due time its owner gets the one reminder.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan MissedReminderAfter { get; set; } = TimeSpan.FromDays(1);
}
