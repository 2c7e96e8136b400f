using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The <c>OneOnOnes</c> configuration section: when each timed step of a 1:1 happens.</summary>
internal sealed class OneOnOneOptions
{
    public const string Section = "OneOnOnes";

    /// <summary>How long before the meeting, on the rep's own clock, the prep prompt arrives.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00")]
    public TimeSpan PromptLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long before the meeting the one reminder goes to a rep who has not answered.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "2.00:00:00")]
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long before the meeting the manager gets the prep brief.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "2.00:00:00")]
    public TimeSpan BriefLead { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long before the meeting the agenda card is posted to both personal chats.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan AgendaLead { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after its planned end a 1:1 nobody finished is closed and summarised.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CloseAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The length a new schedule starts with.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "02:00:00")]
    public TimeSpan DefaultLength { get; set; } = TimeSpan.FromMinutes(30);

    public StepTimings Timings => new(PromptLead, ReminderLead, BriefLead, AgendaLead, CloseAfter);
}

/// <summary>When each timed step of one occurrence happens, relative to its start and end.</summary>
internal sealed record StepTimings(
    TimeSpan PromptLead,
    TimeSpan ReminderLead,
    TimeSpan BriefLead,
    TimeSpan AgendaLead,
    TimeSpan CloseAfter);
