namespace TeamsCadenceBot.Scheduling;

/// <summary>What one sweep did.</summary>
/// <param name="Done">The pieces of work this instance finished.</param>
/// <param name="MoreDue">
/// True when a tenant had a full batch due and this instance finished some of it: more may be due already.
/// </param>
internal sealed record SweepOutcome(int Done, bool MoreDue);
