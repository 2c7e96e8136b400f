using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>Deals for rule tests: a healthy deal that raises no flag, changed one property at a time.</summary>
internal static class TestDeals
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>The date of the tests: Thursday 3 December 2026, 29 days before the calendar quarter ends.</summary>
    public static readonly DateOnly Today = new(2026, 12, 3);

    public static readonly QualificationScorecard FullScorecard = new(true, true, true, true, true);

    public static Deal Healthy(
        string id = "006A",
        string owner = "rep-1",
        DealStage stage = DealStage.Proposal,
        decimal? amount = 100_000m) =>
        new()
        {
            TenantId = Tenant,
            CrmId = id,
            Name = "Contoso expansion " + id,
            OwnerId = owner,
            Stage = stage,
            CrmStage = stage.ToString(),
            Amount = amount,
            CloseDate = Today.AddDays(30),
            Category = ForecastCategory.Pipeline,
            LastActivityDate = Today,
            NextStep = "Send the order form",
            NextStepDate = Today.AddDays(5),
            DecisionMaker = "Pat Lee, CFO",
            CreatedDate = Today.AddDays(-20),
            StageEnteredDate = Today.AddDays(-5),
            Source = "Inbound",
            EngagedContacts = 3,
            Scorecard = FullScorecard,
        };

    public static Deal Closed(
        string id,
        DealStage outcome,
        decimal? amount,
        DateOnly created,
        DateOnly closed,
        string owner = "rep-1",
        string? source = "Inbound") =>
        Healthy(id, owner, outcome, amount) with
        {
            CreatedDate = created,
            CloseDate = closed,
            Source = source,
            StageEnteredDate = closed,
        };
}
