namespace TeamsCadenceBot.Scheduling;

/// <summary>Work or a message that kept failing and was set aside, with the reason, for an admin to see.</summary>
internal sealed record DeadLetter(
    string TenantId,
    string Source,
    string Kind,
    string Key,
    string Reason,
    int Attempts,
    DateTimeOffset FailedAt);
