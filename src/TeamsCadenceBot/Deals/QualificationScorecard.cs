namespace TeamsCadenceBot.Deals;

/// <summary>
/// The five qualification checks of PRODUCT.md. Null means the export had no such column (unknown), which
/// is not the same as false (known to be missing).
/// </summary>
internal sealed record QualificationScorecard(
    bool? EconomicBuyerEngaged,
    bool? BudgetConfirmed,
    bool? DecisionProcessMapped,
    bool? PainQuantified,
    bool? ChampionIdentified)
{
    public static readonly QualificationScorecard Unknown = new(null, null, null, null, null);
}
