namespace TeamsCadenceBot.Deals.Import;

/// <summary>The deal fields an export can carry; each is found under one of several column names.</summary>
internal enum DealField
{
    CrmId,
    Name,
    Owner,
    Stage,
    Amount,
    CloseDate,
    Category,
    Probability,
    LastActivityDate,
    NextStep,
    NextStepDate,
    CreatedDate,
    Source,
    PushCount,
    StageEnteredDate,
    DecisionMaker,
    EngagedContacts,
    EconomicBuyerEngaged,
    BudgetConfirmed,
    DecisionProcessMapped,
    PainQuantified,
    ChampionIdentified,
}
