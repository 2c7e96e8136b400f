namespace TeamsCadenceBot.Deals.Import;

/// <summary>A rejected record: the line it starts on, its CRM id when it had one, and why.</summary>
internal sealed record DealRowError(long Line, string? CrmId, string Reason);
