using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// A deal's row in the <c>deals</c> table: the truth in <c>{tenant}|deal|{bucket}</c>, and a full copy in the owner's
/// partition <c>{tenant}|owner|{owner}</c> for listing an owner's or a team's deals; both keyed by CRM id.
/// Amounts and dates are invariant text, since the Table service has neither decimals nor dates without a time.
/// </summary>
internal sealed class DealEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CrmId { get; set; } = "";

    public string Name { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public string Stage { get; set; } = "";

    public string CrmStage { get; set; } = "";

    public bool IsOpen { get; set; }

    public string? Amount { get; set; }

    public string? CloseDate { get; set; }

    public string Category { get; set; } = "";

    public string? Probability { get; set; }

    public string? LastActivityDate { get; set; }

    public string? NextStep { get; set; }

    public string? NextStepDate { get; set; }

    public string? DecisionMaker { get; set; }

    public string CreatedDate { get; set; } = "";

    public string? StageEnteredDate { get; set; }

    public int CloseDatePushCount { get; set; }

    public string? Source { get; set; }

    public int? EngagedContacts { get; set; }

    public bool? EconomicBuyerEngaged { get; set; }

    public bool? BudgetConfirmed { get; set; }

    public bool? DecisionProcessMapped { get; set; }

    public bool? PainQuantified { get; set; }

    public bool? ChampionIdentified { get; set; }

    /// <summary>The hash of the content as last imported (<see cref="DealContentHash"/>), to skip unchanged deals.</summary>
    public string ImportHash { get; set; } = "";

    /// <summary>The date of the import that last changed the deal.</summary>
    public string? ImportedOn { get; set; }

    public static DealEntity From(Deal deal, string partitionKey, string rowKey, string importHash, DateOnly importedOn) =>
        new()
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            CrmId = deal.CrmId,
            Name = deal.Name,
            OwnerId = deal.OwnerId,
            Stage = deal.Stage.ToString(),
            CrmStage = deal.CrmStage,
            IsOpen = deal.IsOpen,
            Amount = DealText.Write(deal.Amount),
            CloseDate = DealText.Write(deal.CloseDate),
            Category = deal.Category.ToString(),
            Probability = DealText.Write(deal.Probability),
            LastActivityDate = DealText.Write(deal.LastActivityDate),
            NextStep = deal.NextStep,
            NextStepDate = DealText.Write(deal.NextStepDate),
            DecisionMaker = deal.DecisionMaker,
            CreatedDate = DealText.Write(deal.CreatedDate)!,
            StageEnteredDate = DealText.Write(deal.StageEnteredDate),
            CloseDatePushCount = deal.CloseDatePushCount,
            Source = deal.Source,
            EngagedContacts = deal.EngagedContacts,
            EconomicBuyerEngaged = deal.Scorecard.EconomicBuyerEngaged,
            BudgetConfirmed = deal.Scorecard.BudgetConfirmed,
            DecisionProcessMapped = deal.Scorecard.DecisionProcessMapped,
            PainQuantified = deal.Scorecard.PainQuantified,
            ChampionIdentified = deal.Scorecard.ChampionIdentified,
            ImportHash = importHash,
            ImportedOn = DealText.Write(importedOn),
        };

    public DealEntity CopyTo(string partitionKey)
    {
        var copy = (DealEntity)MemberwiseClone();
        copy.PartitionKey = partitionKey;
        copy.ETag = default;
        copy.Timestamp = null;
        return copy;
    }

    public Deal ToDeal(string tenantId) =>
        new()
        {
            TenantId = tenantId,
            CrmId = CrmId,
            Name = Name,
            OwnerId = OwnerId,
            Stage = DealText.ReadEnum(Stage, DealStage.Discovery),
            CrmStage = CrmStage,
            Amount = DealText.ReadDecimal(Amount),
            CloseDate = DealText.ReadDate(CloseDate),
            Category = DealText.ReadEnum(Category, ForecastCategory.Pipeline),
            Probability = DealText.ReadDecimal(Probability),
            LastActivityDate = DealText.ReadDate(LastActivityDate),
            NextStep = NextStep,
            NextStepDate = DealText.ReadDate(NextStepDate),
            DecisionMaker = DecisionMaker,
            CreatedDate = DealText.ReadDate(CreatedDate) ?? DateOnly.MinValue,
            StageEnteredDate = DealText.ReadDate(StageEnteredDate),
            CloseDatePushCount = CloseDatePushCount,
            Source = Source,
            EngagedContacts = EngagedContacts,
            Scorecard = new QualificationScorecard(
                EconomicBuyerEngaged,
                BudgetConfirmed,
                DecisionProcessMapped,
                PainQuantified,
                ChampionIdentified),
            ImportedOn = DealText.ReadDate(ImportedOn),
        };
}
