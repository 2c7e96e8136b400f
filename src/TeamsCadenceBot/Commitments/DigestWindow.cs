namespace TeamsCadenceBot.Commitments;

/// <summary>A manager's digest of one local date: it lists what their reps missed in [Since, At).</summary>
internal sealed record DigestWindow(DateOnly LocalDate, DateTimeOffset Since, DateTimeOffset At);
