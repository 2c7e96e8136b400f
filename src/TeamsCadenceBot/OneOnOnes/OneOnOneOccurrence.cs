namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// One meeting of a pair: when it starts, what the rep prepared, the topics either person added, the decisions
/// noted, where its live agenda card was posted and whether it is finished. Action items are commitments whose
/// origin reference is <see cref="Id"/>.
/// </summary>
internal sealed record OneOnOneOccurrence
{
    public required string TenantId { get; init; }

    public required string ManagerId { get; init; }

    public required string RepId { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required TimeSpan Length { get; init; }

    /// <summary>The schedule version it was planned under; a newer schedule cancels it.</summary>
    public required int ScheduleVersion { get; init; }

    /// <summary>True for an occurrence started by the local demo, which does not recur.</summary>
    public bool IsDemo { get; init; }

    public PrepAnswers? Prep { get; init; }

    public DateTimeOffset? PromptSentAt { get; init; }

    public DateTimeOffset? ReminderSentAt { get; init; }

    public DateTimeOffset? BriefSentAt { get; init; }

    /// <summary>Where the agenda card was posted, as <see cref="AgendaTarget"/> keys.</summary>
    public IReadOnlyList<string> AgendaTargets { get; init; } = [];

    public IReadOnlyList<AgendaTopic> Topics { get; init; } = [];

    public IReadOnlyList<AgendaTopic> Decisions { get; init; } = [];

    /// <summary>The online meeting the bot saw start for this 1:1, if any.</summary>
    public string? MeetingId { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Grows with every change that the live cards show, so each update has its own key.</summary>
    public int Revision { get; init; }

    public string Id => OneOnOneIds.Occurrence(ManagerId, RepId, StartsAt);

    public string PairId => OneOnOneIds.Pair(ManagerId, RepId);

    public DateTimeOffset EndsAt => StartsAt + Length;

    public bool HasStarted(DateTimeOffset now) => now >= StartsAt;

    public bool IsParticipant(string personId) =>
        string.Equals(personId, ManagerId, StringComparison.Ordinal) || string.Equals(personId, RepId, StringComparison.Ordinal);
}

/// <summary>What the rep answered to the prep prompt.</summary>
/// <param name="Priorities">Up to three priorities or concerns.</param>
/// <param name="Deals">Up to three deals to discuss (names as typed, or picked once deal data exist).</param>
/// <param name="OtherTopics">Anything else, if given.</param>
/// <param name="SubmittedAt">The first answer.</param>
/// <param name="UpdatedAt">The last edit.</param>
internal sealed record PrepAnswers(
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Deals,
    string? OtherTopics,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A topic or decision added to a 1:1, with who added it (their name as it was then).</summary>
internal sealed record AgendaTopic(string Text, string AddedBy, string AddedByName, DateTimeOffset AddedAt);
