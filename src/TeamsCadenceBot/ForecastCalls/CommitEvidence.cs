namespace TeamsCadenceBot.ForecastCalls;

/// <summary>What backs one commit deal: signed paper, an approved budget, a date for the buyer's decision.</summary>
/// <param name="CrmId">The deal.</param>
/// <param name="SignedPaper">The customer signed the order or contract.</param>
/// <param name="BudgetApproved">The buyer's budget is approved.</param>
/// <param name="DecisionMeeting">When the buyer meets to decide, if set.</param>
internal sealed record CommitEvidence(string CrmId, bool SignedPaper, bool BudgetApproved, DateOnly? DecisionMeeting)
{
    public bool IsEmpty => !SignedPaper && !BudgetApproved && DecisionMeeting is null;
}
