namespace TeamsCadenceBot.Deals.Demo;

/// <summary>
/// Demo deals written by hand, one per flag or change a demo must show, spread over the reps but the first. Each
/// starts as a healthy proposal (active, complete, fully qualified, three contacts) and breaks one thing.
/// </summary>
internal static class DemoScenarios
{
    public static IReadOnlyList<DemoDealPlan> Plans(DemoTeam team, DateOnly today, int firstNumber)
    {
        var scenarios = new (string Name, Action<DemoDealPlan> Break)[]
        {
            ("Trey Research - data platform (stalled)", p => p.QuietSince = today.AddDays(-24)),
            ("Relecloud - pilot (gone quiet)", p =>
            {
                p.Stages = [(p.Created, DealStage.Discovery), (today.AddDays(-10), DealStage.Qualification)];
                p.QuietSince = today.AddDays(-16);
            }),
            ("VanArsdel - analytics (no progress)", p =>
                p.Stages = [(p.Created, DealStage.Discovery), (today.AddDays(-45), DealStage.Qualification)]),
            ("Lamna Healthcare - rollout (missing data)", p =>
            {
                p.Amounts = [(p.Created, null)];
                p.NextStep = null;
                p.NextStepDate = null;
                p.DecisionMaker = null;
            }),
            ("Munson's Pickles - renewal (no close date)", p =>
            {
                p.Stages.Add((today.AddDays(-8), DealStage.Negotiation));
                p.CloseDates = [(p.Created, null)];
            }),
            ("Coho Winery - expansion (close date passed)", p =>
            {
                p.Stages.Add((today.AddDays(-15), DealStage.Negotiation));
                p.CloseDates = [(p.Created, today.AddDays(-9))];
            }),
            ("Fourth Coffee - enterprise agreement (pushed four times)", p => p.CloseDates =
            [
                (p.Created, today.AddDays(-50)),
                (today.AddDays(-48), today.AddDays(-30)),
                (today.AddDays(-28), today.AddDays(-12)),
                (today.AddDays(-10), today.AddDays(6)),
                (today.AddDays(-1), today.AddDays(27)),
            ]),
            ("Litware - security add-on (unqualified)", p =>
                p.Scorecard = new QualificationScorecard(true, false, false, false, true)),
            ("Proseware - support upgrade (single-threaded)", p =>
            {
                p.Stages.Add((today.AddDays(-6), DealStage.Negotiation));
                p.EngagedContacts = 1;
            }),
            ("Tailspin Toys - new logo (next step missed)", p =>
            {
                // The step promised at last week's review fell due without any activity since: quiet before it.
                p.NextStepDate = today.AddDays(-6);
                p.QuietSince = today.AddDays(-9);
            }),
            ("Wingtip Toys - new logo (new this week)", p =>
            {
                p.Created = today.AddDays(-3);
                p.Stages = [(p.Created, DealStage.Discovery)];
                p.CloseDates = [(p.Created, today.AddDays(75))];
                p.Amounts = [(p.Created, 60_000m)];
            }),
            ("Alpine Ski House - EMEA rollout (advanced this week)", p =>
                p.Stages =
                [
                    (p.Created, DealStage.Discovery),
                    (today.AddDays(-30), DealStage.Qualification),
                    (today.AddDays(-2), DealStage.Proposal),
                ]),
            ("Blue Yonder Airlines - pilot (lost this week)", p =>
            {
                p.Stages =
                [
                    (p.Created, DealStage.Discovery),
                    (today.AddDays(-40), DealStage.Qualification),
                    (today.AddDays(-4), DealStage.ClosedLost),
                ];
                p.CloseDates.Add((today.AddDays(-4), today.AddDays(-4)));
            }),
            ("Humongous Insurance - platform (won this week)", p =>
            {
                p.Stages.Add((today.AddDays(-12), DealStage.Negotiation));
                p.Stages.Add((today.AddDays(-2), DealStage.ClosedWon));
                p.CloseDates.Add((today.AddDays(-2), today.AddDays(-2)));
            }),
            ("Lucerne Publishing - renewal (called commit this week)", p =>
                p.Categories = [(today.AddDays(-3), ForecastCategory.Commit)]),
            ("Margie's Travel - expansion (amount raised this week)", p =>
                p.Amounts = [(p.Created, 90_000m), (today.AddDays(-2), 140_000m)]),
        };

        // The first rep keeps every deal in order (DemoDeals.Discipline), so the scenarios go to the others.
        var owners = team.Reps.Count > 1 ? team.Reps.Skip(1).ToArray() : [.. team.Reps];
        return
        [
            .. scenarios.Select((s, i) =>
                Plan(team, owners[i % owners.Length], today, firstNumber + i, s.Name, s.Break)),
        ];
    }

    private static DemoDealPlan Plan(
        DemoTeam team,
        DemoPerson rep,
        DateOnly today,
        int number,
        string name,
        Action<DemoDealPlan> breakIt)
    {
        var created = today.AddDays(-60);
        var plan = new DemoDealPlan
        {
            TenantId = team.TenantId,
            CrmId = DemoDeals.CrmId(number),
            Name = name,
            OwnerId = rep.Id,
            Created = created,
            Stages =
            [
                (created, DealStage.Discovery),
                (today.AddDays(-40), DealStage.Qualification),
                (today.AddDays(-20), DealStage.Proposal),
            ],
            CloseDates = [(created, today.AddDays(30))],
            Amounts = [(created, 120_000m)],
            QuietSince = today.AddDays(-2),
            NextStep = "Review the proposal with the buyer",
            NextStepDate = today.AddDays(5),
            DecisionMaker = "Dana Whitfield",
            Source = "Inbound",
        };
        breakIt(plan);
        return plan;
    }
}
