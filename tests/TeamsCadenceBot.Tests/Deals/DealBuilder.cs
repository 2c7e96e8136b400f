using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>Deals for tests: a healthy open proposal unless told otherwise.</summary>
internal static class DealBuilder
{
    public static Deal Open(string crmId, string ownerId = TestPeople.AlexId, DealStage stage = DealStage.Proposal) =>
        new()
        {
            TenantId = TestPeople.Tenant,
            CrmId = crmId,
            Name = $"Deal {crmId}",
            OwnerId = ownerId,
            Stage = stage,
            CrmStage = stage.ToString(),
            Amount = 100_000m,
            CloseDate = new DateOnly(2026, 12, 20),
            Category = ForecastCategory.BestCase,
            Probability = 60,
            LastActivityDate = new DateOnly(2026, 11, 30),
            NextStep = "Send the proposal",
            CreatedDate = new DateOnly(2026, 9, 1),
            StageEnteredDate = new DateOnly(2026, 11, 1),
            EngagedContacts = 3,
            Scorecard = new QualificationScorecard(true, true, false, true, null),
        };
}
