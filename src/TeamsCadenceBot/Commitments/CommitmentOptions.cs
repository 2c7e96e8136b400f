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

    /// <summary>
    /// How long after the due time a Done still counts as kept in the completion rate (the owner answering the due
    /// card); never longer than <see cref="MissedReminderAfter"/>. See <see cref="CommitmentRules.CompletionRate"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DoneGrace { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The grace the completion rate uses: <see cref="DoneGrace"/>, cut at the missed reminder.</summary>
    public TimeSpan EffectiveDoneGrace => DoneGrace < MissedReminderAfter ? DoneGrace : MissedReminderAfter;
}
