namespace TeamsCadenceBot.Deals.Import;

/// <summary>How many rows of an import were rejected for one reason, such as "bad date".</summary>
internal sealed record DealRejectionCount(string Reason, int Rows);
