using TeamsCadenceBot.PipelineReviews;

namespace TeamsCadenceBot.Deals.Demo;

/// <summary>
/// Generates the demo team's deals with thirteen weeks of history from a seed: the same seed, team and day give
/// the same deals. Most deals are random but realistic (two thirds of the pipeline value in early stages, close
/// dates pushed when they pass, some deals gone quiet); a fixed set of scenario deals makes sure that every deal
/// flag of a pipeline review, and every kind of weekly change, appears at least once. The team checks are raised
/// too: aging and (against the generated quota) coverage always, stage distribution in the last six weeks of a
/// quarter, the only time PRODUCT.md has it warn.
/// </summary>
internal static class DemoDeals
{
    public const int WeeksOfHistory = 13;
    public const int RandomDealsPerRep = 56;

    /// <summary>The share of the remaining quota the demo pipeline covers at the stage ratios: red.</summary>
    public const decimal CoverageShortfall = 0.6m;

    private static readonly string[] Companies =
    [
        "Contoso", "Fabrikam", "Northwind Traders", "Adventure Works", "Tailspin Toys", "Wingtip Toys", "Litware",
        "Proseware", "Woodgrove Bank", "Coho Winery", "Alpine Ski House", "Blue Yonder Airlines", "Fourth Coffee",
        "Graphic Design Institute", "Humongous Insurance", "Lucerne Publishing", "Margie's Travel", "Trey Research",
        "Wide World Importers", "City Power & Light", "Relecloud", "VanArsdel", "Lamna Healthcare", "Munson's Pickles",
    ];

    private static readonly string[] Products =
    [
        "platform renewal", "analytics expansion", "new logo", "security add-on", "EMEA rollout", "pilot",
        "enterprise agreement", "support upgrade",
    ];

    private static readonly string[] NextSteps =
    [
        "Demo for the IT team", "Send the proposal", "Security review call", "Pricing call with procurement",
        "Workshop with the champion", "Legal redlines", "Reference call", "Exec sponsor meeting",
    ];

    private static readonly string[] DecisionMakers =
        ["Dana Whitfield", "Priya Raman", "Tom Okafor", "Lena Fischer", "Marco Rossi", "Aiko Tanaka"];

    private static readonly string[] Sources = ["Inbound", "Outbound", "Partner", "Event", "Referral"];

    // How random deals end up: two thirds open in the early stages, as at the end of a quarter with a weak funnel.
    private static readonly (DealStage Stage, double Weight)[] Outcomes =
    [
        (DealStage.Discovery, 0.34), (DealStage.Qualification, 0.28), (DealStage.Proposal, 0.14),
        (DealStage.Negotiation, 0.08), (DealStage.ClosedWon, 0.09), (DealStage.ClosedLost, 0.07),
    ];

    public static DemoDealHistory Generate(int seed, DemoTeam team, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfZero(team.Reps.Count);

        // Random(int) keeps its sequence across .NET versions, which makes a seed reproducible.
        var random = new Random(seed);
        var plans = new List<DemoDealPlan>();
        for (var r = 0; r < team.Reps.Count; r++)
        {
            var discipline = Discipline(r, team.Reps.Count);
            for (var i = 0; i < RandomDealsPerRep; i++)
            {
                plans.Add(RandomPlan(random, team, team.Reps[r], discipline, plans.Count + 1, today));
            }
        }

        plans.AddRange(DemoScenarios.Plans(team, today, plans.Count + 1));
        var weeks = Enumerable.Range(0, WeeksOfHistory)
            .Select(w => today.AddDays(-7 * (WeeksOfHistory - 1 - w)))
            .Select(day => new DemoWeek(day, [.. plans.Select(p => p.At(day)).OfType<Deal>()]))
            .ToArray();
        return new DemoDealHistory(team, weeks) { Quota = QuotaFor(weeks[^1].Deals, today) };
    }

    public static string CrmId(int number) => $"DEMO-{number:D4}";

    /// <summary>
    /// How well a rep keeps their deals, from 1 (the first rep: every deal qualified, active and dated, so the
    /// review shows them green) down to 0 (the last: most deals flagged), so that the review tells reps apart.
    /// </summary>
    public static double Discipline(int repIndex, int repCount) =>
        repCount == 1 ? 0.5 : 1 - (double)repIndex / (repCount - 1);

    // A quota the pipeline falls short of: what was won this quarter plus the stage-weighted open value (at the
    // default ratios) over CoverageShortfall, so that the coverage check has something to say.
    private static TeamQuota QuotaFor(IReadOnlyList<Deal> deals, DateOnly today)
    {
        var thresholds = PipelineThresholds.Default;
        var quarter = FiscalQuarter.Containing(today, thresholds.FiscalYearStartMonth);
        var won = deals
            .Where(d => d.Stage == DealStage.ClosedWon && d.CloseDate is { } c && quarter.Contains(c))
            .Sum(d => d.Amount ?? 0m);
        var weighted = deals
            .Where(d => d.IsOpen)
            .Sum(d => (d.Amount ?? 0m) / thresholds.CoverageRatio(d.Stage));
        return new TeamQuota(quarter.Start, Math.Round((won + weighted / CoverageShortfall) / 10_000m) * 10_000m);
    }

    private static DemoDealPlan RandomPlan(
        Random random, DemoTeam team, DemoPerson rep, double discipline, int number, DateOnly today)
    {
        var tidy = random.NextDouble() < discipline;
        var outcome = Pick(random);
        var closed = outcome is DealStage.ClosedWon or DealStage.ClosedLost;
        var age = random.Next(3, 240);

        // A tidy rep's open deal in discovery is young: one that sat there for months would have been closed lost.
        var created = today.AddDays(-(tidy && outcome == DealStage.Discovery ? 3 + age % 25 : age));
        var lastOpen = outcome switch
        {
            DealStage.ClosedWon => random.Next(2) == 0 ? DealStage.Proposal : DealStage.Negotiation,
            DealStage.ClosedLost => (DealStage)random.Next(4),
            _ => outcome,
        };
        var plan = new DemoDealPlan
        {
            TenantId = team.TenantId,
            CrmId = CrmId(number),
            Name = $"{Companies[random.Next(Companies.Length)]} - {Products[random.Next(Products.Length)]}",
            OwnerId = rep.Id,
            Created = created,
            Source = Sources[random.Next(Sources.Length)],
        };

        var moves = (int)lastOpen + (closed ? 1 : 0);
        var span = Math.Max(1, today.DayNumber - created.DayNumber);
        var moveDays = Enumerable.Range(0, moves).Select(_ => random.Next(1, span + 1)).Order().ToArray();
        var recentMove = span - random.Next(3, 25);
        if (tidy && !closed && moves > 0 && recentMove > moveDays[^1])
        {
            // A tidy rep's open deal moved on recently rather than sitting in its stage.
            moveDays[^1] = recentMove;
        }

        plan.Stages.Add((created, DealStage.Discovery));
        for (var i = 0; i < moves; i++)
        {
            var stage = closed && i == moves - 1 ? outcome : (DealStage)(i + 1);
            plan.Stages.Add((created.AddDays(moveDays[i]), stage));
        }

        var closedOn = closed ? plan.Stages[^1].At : (DateOnly?)null;
        PlanCloseDates(random, plan, today, closedOn, tidy);
        PlanAmounts(random, plan, today, early: lastOpen <= DealStage.Qualification && !closed);
        if (lastOpen == DealStage.Proposal && !closed && random.NextDouble() < 0.25)
        {
            var upgraded = plan.Stages[^1].At.AddDays(random.Next(1, 8));
            plan.Categories.Add((upgraded > today ? today : upgraded, ForecastCategory.Commit));
        }

        var quietDays = QuietDays(random);
        plan.QuietSince = closedOn ?? Latest(created, today.AddDays(-(tidy ? quietDays % 8 : quietDays)));
        var stepName = NextSteps[random.Next(NextSteps.Length)];
        var stepDay = random.Next(-10, 16);
        plan.NextStep = tidy || random.NextDouble() < 0.85 ? stepName : null;
        plan.NextStepDate = plan.NextStep is not null && (tidy || random.NextDouble() < 0.7)
            ? today.AddDays(tidy ? Math.Abs(stepDay) + 1 : stepDay)
            : null;
        var decisionMaker = DecisionMakers[random.Next(DecisionMakers.Length)];
        plan.DecisionMaker = lastOpen >= DealStage.Qualification && (tidy || random.NextDouble() < 0.8)
            ? decisionMaker
            : null;
        plan.EngagedContacts = !tidy && random.NextDouble() < 0.15 ? 1 : random.Next(2, 8);
        var done = tidy ? 1.0 : lastOpen switch
        {
            DealStage.Discovery => 0.25,
            DealStage.Qualification => 0.5,
            DealStage.Proposal => 0.75,
            _ => 0.9,
        };
        plan.Scorecard = new QualificationScorecard(
            random.NextDouble() < done,
            random.NextDouble() < done,
            random.NextDouble() < done,
            random.NextDouble() < done,
            random.NextDouble() < done);
        return plan;
    }

    // A close date is pushed a few days after it passes, most of the time; closing sets it to the closing day. A
    // tidy rep dates an open deal once, far enough out, and moves it to a date still ahead when it was not.
    private static void PlanCloseDates(
        Random random, DemoDealPlan plan, DateOnly today, DateOnly? closedOn, bool tidy)
    {
        var end = closedOn ?? today;
        var firstDays = random.Next(40, 121);
        var daysOpen = end.DayNumber - plan.Created.DayNumber;
        var closeDate = plan.Created.AddDays(
            tidy && closedOn is null && firstDays <= daysOpen ? daysOpen + 7 + firstDays % 50 : firstDays);
        plan.CloseDates.Add((plan.Created, closeDate));
        while (closeDate < end && random.NextDouble() < 0.85)
        {
            var pushedOn = closeDate.AddDays(random.Next(1, 7));
            if (pushedOn >= end)
            {
                break;
            }

            closeDate = closeDate.AddDays(random.Next(14, 46));
            plan.CloseDates.Add((pushedOn, closeDate));
        }

        if (closedOn is { } day)
        {
            plan.CloseDates.Add((day, day));
        }
    }

    private static void PlanAmounts(Random random, DemoDealPlan plan, DateOnly today, bool early)
    {
        var amount = Math.Round((decimal)Math.Exp(random.NextDouble() * Math.Log(50)) * 8000 / 500) * 500;
        amount = early ? Math.Round(amount * 1.8m / 500) * 500 : amount;
        if (plan.Stages[^1].Stage == DealStage.Discovery && random.NextDouble() < 0.1)
        {
            plan.Amounts.Add((plan.Created, null));
            return;
        }

        if (random.NextDouble() < 0.15)
        {
            var first = Math.Round(amount * (decimal)(0.7 + random.NextDouble() * 0.6) / 500) * 500;
            var span = Math.Max(1, today.DayNumber - plan.Created.DayNumber);
            plan.Amounts.Add((plan.Created, first));
            plan.Amounts.Add((plan.Created.AddDays(random.Next(1, span + 1)), amount));
            return;
        }

        plan.Amounts.Add((plan.Created, amount));
    }

    // Most deals are active; some drift towards the alert and stalled thresholds and past them.
    private static int QuietDays(Random random) => random.NextDouble() switch
    {
        < 0.6 => random.Next(0, 8),
        < 0.8 => random.Next(8, 14),
        < 0.9 => random.Next(14, 21),
        _ => random.Next(21, 46),
    };

    private static DealStage Pick(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (stage, weight) in Outcomes)
        {
            roll -= weight;
            if (roll < 0)
            {
                return stage;
            }
        }

        return Outcomes[^1].Stage;
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}
