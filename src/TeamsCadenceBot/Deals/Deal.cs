namespace TeamsCadenceBot.Deals;

/// <summary>
/// A deal as last imported from the CRM, keyed by the CRM's own id within the tenant. Amounts are in the
/// team's currency as exported; dates are calendar dates as the CRM shows them.
/// </summary>
internal sealed record Deal
{
    public required string TenantId { get; init; }

    /// <summary>The CRM's id (Salesforce Opportunity Id, HubSpot Record ID).</summary>
    public required string CrmId { get; init; }

    public required string Name { get; init; }

    /// <summary>The owner's person id (Entra object id), matched by email at import.</summary>
    public required string OwnerId { get; init; }

    public required DealStage Stage { get; init; }

    /// <summary>The stage name as the CRM calls it.</summary>
    public required string CrmStage { get; init; }

    public decimal? Amount { get; init; }

    public DateOnly? CloseDate { get; init; }

    public ForecastCategory Category { get; init; } = ForecastCategory.Pipeline;

    /// <summary>0 to 100, as exported.</summary>
    public decimal? Probability { get; init; }

    public DateOnly? LastActivityDate { get; init; }

    public string? NextStep { get; init; }

    public DateOnly? NextStepDate { get; init; }

    public string? DecisionMaker { get; init; }

    public required DateOnly CreatedDate { get; init; }

    /// <summary>When the deal entered its current stage, from the export or from the snapshots.</summary>
    public DateOnly? StageEnteredDate { get; init; }

    /// <summary>How often the close date moved later, from the export or from the snapshots.</summary>
    public int CloseDatePushCount { get; init; }

    /// <summary>The lead source, for segmenting win rates.</summary>
    public string? Source { get; init; }

    /// <summary>How many contacts of the buyer are engaged, when the export says.</summary>
    public int? EngagedContacts { get; init; }

    public QualificationScorecard Scorecard { get; init; } = QualificationScorecard.Unknown;

    /// <summary>
    /// The date of the import that last changed the deal, as the store read it; null for a deal not read from the
    /// store (or written before the store kept it). A closed deal without a close date counts as closed then.
    /// </summary>
    public DateOnly? ImportedOn { get; init; }

    public bool IsOpen => Stage is not (DealStage.ClosedWon or DealStage.ClosedLost);

    /// <summary>
    /// The day a closed deal counts as closed: its close date, else <see cref="ImportedOn"/> (it closed then or
    /// before); null for an open deal, or a closed one that neither places.
    /// </summary>
    public DateOnly? ClosedOn => IsOpen ? null : CloseDate ?? ImportedOn;
}
