namespace TeamsCadenceBot.Scheduling;

/// <summary>What one sweep did.</summary>
/// <param name="Done">The pieces of work this instance finished.</param>
/// <param name="MoreDue">
/// True when a tenant had a full batch due: more may be due already. The pieces read have left the due range
/// (done, claimed, or waiting out a backoff), so the next read finds the ones after them.
/// </param>
internal sealed record SweepOutcome(int Done, bool MoreDue);
