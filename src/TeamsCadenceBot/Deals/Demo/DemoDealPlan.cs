namespace TeamsCadenceBot.Deals.Demo;

/// <summary>
/// One demo deal's whole life: when it changed stage, close date, amount and category, and when it went quiet;
/// <see cref="At"/> tells what a CRM export would have shown on any day.
/// </summary>
internal sealed class DemoDealPlan
{
    public required string TenantId { get; init; }

    public required string CrmId { get; init; }

    public required string Name { get; init; }

    public required string OwnerId { get; init; }

    public required DateOnly Created { get; set; }

    /// <summary>The stage from each date on; the first is the creation.</summary>
    public List<(DateOnly At, DealStage Stage)> Stages { get; set; } = [];

    /// <summary>The close date from each date on.</summary>
    public List<(DateOnly At, DateOnly? CloseDate)> CloseDates { get; set; } = [];

    public List<(DateOnly At, decimal? Amount)> Amounts { get; set; } = [];

    /// <summary>A category the rep chose over the stage's usual one, until the next stage change.</summary>
    public List<(DateOnly At, ForecastCategory Category)> Categories { get; set; } = [];

    /// <summary>The last activity; before that day the deal was active every day.</summary>
    public DateOnly QuietSince { get; set; }

    public string? NextStep { get; set; }

    public DateOnly? NextStepDate { get; set; }

    public string? DecisionMaker { get; set; }

    public string Source { get; set; } = "Inbound";

    public int EngagedContacts { get; set; } = 3;

    public QualificationScorecard Scorecard { get; set; } = new(true, true, true, true, true);

    public Deal? At(DateOnly day)
    {
        if (Created > day)
        {
            return null;
        }

        var (stageSince, stage) = Stages.Last(s => s.At <= day);
        var closeDates = CloseDates.Where(c => c.At <= day).ToArray();
        var pushes = closeDates.Zip(closeDates.Skip(1)).Count(p => p.Second.CloseDate > p.First.CloseDate);
        var category = Categories.LastOrDefault(c => c.At <= day && c.At >= stageSince);
        var open = stage is not (DealStage.ClosedWon or DealStage.ClosedLost);
        return new Deal
        {
            TenantId = TenantId,
            CrmId = CrmId,
            Name = Name,
            OwnerId = OwnerId,
            Stage = stage,
            CrmStage = CrmStageName(stage),
            Amount = Amounts.LastOrDefault(a => a.At <= day).Amount,
            CloseDate = closeDates.Length > 0 ? closeDates[^1].CloseDate : null,
            Category = category.At == default ? UsualCategory(stage) : category.Category,
            Probability = Probability(stage),
            LastActivityDate = QuietSince <= day ? QuietSince : Later(Created, day.AddDays(-1)),
            NextStep = open ? NextStep : null,
            NextStepDate = open ? NextStepDate : null,
            DecisionMaker = DecisionMaker,
            CreatedDate = Created,
            StageEnteredDate = stageSince,
            CloseDatePushCount = pushes,
            Source = Source,
            EngagedContacts = EngagedContacts,
            Scorecard = Scorecard,
        };
    }

    public static ForecastCategory UsualCategory(DealStage stage) => stage switch
    {
        DealStage.Proposal => ForecastCategory.BestCase,
        DealStage.Negotiation => ForecastCategory.Commit,
        DealStage.ClosedWon => ForecastCategory.Closed,
        DealStage.ClosedLost => ForecastCategory.Omitted,
        _ => ForecastCategory.Pipeline,
    };

    private static string CrmStageName(DealStage stage) => stage switch
    {
        DealStage.Discovery => "Prospecting",
        DealStage.Qualification => "Qualification",
        DealStage.Proposal => "Proposal/Price Quote",
        DealStage.Negotiation => "Negotiation/Review",
        DealStage.ClosedWon => "Closed Won",
        _ => "Closed Lost",
    };

    private static decimal Probability(DealStage stage) => stage switch
    {
        DealStage.Discovery => 10,
        DealStage.Qualification => 20,
        DealStage.Proposal => 60,
        DealStage.Negotiation => 80,
        DealStage.ClosedWon => 100,
        _ => 0,
    };

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
