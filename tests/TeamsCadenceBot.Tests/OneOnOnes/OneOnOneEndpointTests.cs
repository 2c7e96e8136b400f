using System.Globalization;
using System.Net;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;
using static System.StringComparison;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// The 1:1 flow through POST /api/messages. Alice (manager, London) and Bob (rep, Berlin) meet weekly on Monday at
// 09:00 Berlin, set on Thursday 18 March 2027. The clocks go forward in both cities on Sunday 28 March, so the
// first 1:1 is at 08:00 UTC (Monday 22 March, CET) and the second at 07:00 UTC (Monday 29 March, CEST).
[Collection(OneOnOneFlows.Name)]
public sealed class OneOnOneEndpointTests
{
    private const string Quote = "Send Contoso the revised quote";
    private const string Worry = "Get the Contoso renewal signed before the budget freeze";
    private const string Review = "Review previous commitments";

    private static readonly DateTimeOffset Now = new(2027, 3, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextStart = new(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);

    private static async Task<(OneOnOneEndpoint Bot, string Occurrence)> ScheduledAsync()
    {
        var bot = await OneOnOneEndpoint.StartAsync(Now);
        await bot.SeedPairAsync(managerZone: "Europe/London", repZone: "Europe/Berlin");
        var occurrence = await bot.ScheduleAsync(DayOfWeek.Monday, "09:00", "Europe/Berlin");
        Assert.Equal(Start, occurrence.StartsAt);
        return (bot, occurrence.Id);
    }

    private static object Prep(string occurrence, string priority = Worry) => new
    {
        occurrence,
        priority1 = priority,
        priority2 = "Fabrikam keeps asking for a discount",
        deal1 = "Contoso: 400 seats renewal",
        deal2 = "Fabrikam: pilot to production",
        other = "My training plan for Q2",
    };

    private static object Item(
        string occurrence,
        string? text,
        string? owner,
        string? date,
        string? criterion = null,
        bool confirm = false) => new
    {
        occurrence,
        itemText = text,
        itemOwner = owner,
        itemDueDate = date,
        itemDueTime = "12:00",
        itemDoneWhen = criterion,
        itemConfirm = confirm ? "true" : "false",
    };

    private static Task<InvokeAnswer> AddItemAsync(OneOnOneEndpoint bot, object item) =>
        bot.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, item);

    private static Task<IReadOnlyList<Commitment>> OwnedByAsync(OneOnOneEndpoint bot, TeamsUser owner) =>
        bot.Get<CommitmentStore>().ListOwnedAsync(Tenant, owner.AadObjectId, null, default);

    // A CRM import as of that date: the deals as they stand, and their weekly snapshot.
    internal static Task ImportAsync(OneOnOneEndpoint bot, IEnumerable<Deal> deals, DateOnly asOf) =>
        bot.Get<IDealStore>()
            .UpsertAsync(Tenant, deals.Select(d => new IncomingDeal(d)).ToAsyncEnumerable(), asOf, default);

    private static bool IsAgenda(AdaptiveCard card) => Heading(card).StartsWith("1:1 agenda", Ordinal);

    private static int Prompts(OneOnOneEndpoint bot, string day) =>
        bot.CardsSentTo(Rep).Count(c => Heading(c).StartsWith("Prepare your 1:1", Ordinal)
            && Text(c).Contains(day, Ordinal));

    private static int Reminders(OneOnOneEndpoint bot) =>
        bot.CardsSentTo(Rep).Count(c => Heading(c).StartsWith("Reminder: your 1:1", Ordinal));

    [Fact]
    public async Task Prompt_ADayBeforeOnTheRepsClockOnBothSidesOfTheSpringChange_ReminderOnlyWhenUnanswered()
    {
        var (bot, _) = await ScheduledAsync();
        await using var _ = bot;

        await bot.SweepAtAsync(Start.AddDays(-1).AddSeconds(-1));
        var early = Prompts(bot, "Mon 22 Mar, 09:00");
        await bot.SweepAtAsync(Start.AddDays(-1));
        var first = Prompts(bot, "Mon 22 Mar, 09:00");
        await bot.SweepAtAsync(Start.AddHours(-4).AddSeconds(-1));
        var remindersEarly = Reminders(bot);
        await bot.SweepAtAsync(Start.AddHours(-4));
        await bot.SweepAtAsync(Start.AddMinutes(-1));
        var remindersFirstWeek = Reminders(bot);
        var next = await bot.NextOccurrenceAsync();
        await bot.SweepAtAsync(NextStart.AddDays(-1).AddSeconds(-1));
        var secondEarly = Prompts(bot, "Mon 29 Mar, 09:00");
        await bot.SweepAtAsync(NextStart.AddDays(-1));
        var second = Prompts(bot, "Mon 29 Mar, 09:00");
        var answered = await bot.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(next.Id));
        await bot.SweepAtAsync(NextStart.AddMinutes(-1));

        Assert.Equal((0, 1), (early, first));
        Assert.Equal((0, 1), (remindersEarly, remindersFirstWeek));
        Assert.Equal(NextStart, next.StartsAt);
        Assert.Equal((0, 1), (secondEarly, second));
        Assert.Equal("Thanks: your answers are in", Heading(answered.Card!));
        Assert.Equal(1, Reminders(bot));
    }

    // A weekend 1:1 is rare, but Sunday is the one day whose 24-hour lead crosses the change: 09:00 CEST on Sunday
    // 28 March is 07:00 UTC, and 09:00 CET on Saturday, when the prompt is due, is 08:00 UTC, 23 hours earlier.
    [Fact]
    public async Task Prompt_SundayOneOnOneAfterTheClocksGoForwardThatNight_SaturdayAtTheSameWallClockTime()
    {
        await using var bot = await OneOnOneEndpoint.StartAsync(Start.AddHours(4));
        await bot.SeedPairAsync(managerZone: "Europe/London", repZone: "Europe/Berlin");
        var sunday = await bot.ScheduleAsync(DayOfWeek.Sunday, "09:00", "Europe/Berlin");
        var promptAt = new DateTimeOffset(2027, 3, 27, 8, 0, 0, TimeSpan.Zero);

        await bot.SweepAtAsync(promptAt.AddSeconds(-1));
        var early = Prompts(bot, "Sun 28 Mar, 09:00");
        await bot.SweepAtAsync(promptAt);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero), sunday.StartsAt);
        Assert.Equal(0, early);
        Assert.Equal(1, Prompts(bot, "Sun 28 Mar, 09:00"));
    }

    [Fact]
    public async Task Prep_EditedUntilTheMeetingThenRefused_TheBriefShowsAnswersAndPipelineAndFollowsEdits()
    {
        var (bot, occurrence) = await ScheduledAsync();
        await using var _ = bot;
        await SeedDealsAsync(bot);
        await bot.SweepAtAsync(Start.AddDays(-1));

        var first = await bot.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence));
        await bot.SweepAtAsync(Start.AddHours(-2));
        bot.Clock.SetUtcNow(Start.AddHours(-1));
        var edit = await bot.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence, "New worry: legal review"));
        await bot.SweepAtAsync(Start.AddHours(-1));
        bot.Clock.SetUtcNow(Start.AddMinutes(-1));
        var lastEdit = await bot.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence, "Close Contoso now"));
        bot.Clock.SetUtcNow(Start);
        var late = await bot.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence, "Too late"));

        Assert.Contains(first.Card!.Actions!, a => a.Title == "Change my answers");
        Assert.Contains("New worry: legal review", Text(edit.Card!), Ordinal);
        Assert.Contains("Close Contoso now", Text(lastEdit.Card!), Ordinal);
        Assert.Equal(409, late.StatusCode);
        Assert.Contains("has started", late.Error, Ordinal);
        var stored = await bot.Service.GetAsync(Tenant, occurrence, default);
        Assert.Equal("Close Contoso now", stored!.Prep!.Priorities[0]);
        var brief = Text(Assert.Single(bot.CardsSentTo(Manager), c => Heading(c).StartsWith("Prep brief", Ordinal)));
        Assert.Contains("Get the Contoso renewal signed", brief, Ordinal);
        Assert.Contains("Pipeline since 15 Mar 2027 (no earlier 1:1)", brief, Ordinal);
        Assert.Contains("Contoso renewal: advanced from discovery to qualification", brief, Ordinal);
        Assert.Contains("Fabrikam pilot: close date slipped from 31 Mar 2027 to 30 Apr", brief, Ordinal);
        Assert.Contains("Litware rollout: lost", brief, Ordinal);
        Assert.Contains("Northwind upsell: new in proposal", brief, Ordinal);
        Assert.Contains("Hygiene flags (1 deal)", brief, Ordinal);
        Assert.Contains("Stalled: no activity for 30 days", brief, Ordinal);
        Assert.DoesNotContain("Coaching suggestion", brief, Ordinal);
        Assert.Contains(bot.UpdatesSentTo(Manager), c => Text(c).Contains("New worry: legal", Ordinal));
    }

    [Fact]
    public async Task Brief_AfterAFinishedOneOnOne_ChangesCountFromItsDate()
    {
        var (bot, _) = await ScheduledAsync();
        await using var _ = bot;
        await SeedDealsAsync(bot);
        await bot.SweepAtAsync(Start.AddHours(-2));
        await bot.SweepAtAsync(Start.AddHours(2));
        await ImportAsync(
            bot,
            [
                Deal("A", "Contoso renewal", DealStage.Proposal),
                Deal("B", "Fabrikam pilot", DealStage.Proposal) with { CloseDate = new DateOnly(2027, 4, 30) },
                Deal("D", "Northwind upsell", DealStage.Proposal) with { LastActivityDate = new DateOnly(2027, 2, 20) },
            ],
            new DateOnly(2027, 3, 24));

        await bot.SweepAtAsync(NextStart.AddHours(-2));

        var briefs = bot.CardsSentTo(Manager).Where(c => Heading(c).StartsWith("Prep brief", Ordinal)).ToList();
        Assert.Equal(2, briefs.Count);
        var second = Text(briefs[1]);
        Assert.Contains("Pipeline since the last 1:1 (22 Mar 2027)", second, Ordinal);
        Assert.Contains("Contoso renewal: advanced from qualification to proposal", second, Ordinal);
        Assert.DoesNotContain("Litware rollout", second, Ordinal);
        Assert.DoesNotContain("Fabrikam pilot: close date slipped", second, Ordinal);
        Assert.Contains("Northwind upsell (proposal, 120K)", second, Ordinal);
    }

    [Fact]
    public async Task Agenda_ItemsAcceptedOrRefused_SummaryToBoth_TheNextAgendaOpensWithTheItemsAndTheirState()
    {
        var (bot, occurrence) = await ScheduledAsync();
        await using var _ = bot;
        await bot.SweepAtAsync(Start.AddDays(-1));
        await bot.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence));

        await bot.SweepAtAsync(Start.AddMinutes(-15).AddSeconds(-1));
        var agendasEarly = bot.CardsSentTo(Manager).Count(IsAgenda);
        await bot.SweepAtAsync(Start.AddMinutes(-15));
        var agenda = Assert.Single(bot.CardsSentTo(Manager), IsAgenda);
        var repAgendas = bot.CardsSentTo(Rep).Count(IsAgenda);
        var topic = await bot.ExecuteAsync(Rep, OneOnOneVerbs.AddTopic, new { occurrence, topic = "Territory split" });
        await bot.DeliverAsync();
        bot.Clock.SetUtcNow(Start.AddMinutes(10));
        var noOwner = await AddItemAsync(bot, Item(occurrence, Quote, null, "2027-03-25"));
        var noDate = await AddItemAsync(bot, Item(occurrence, Quote, "rep", null));
        var past = await AddItemAsync(bot, Item(occurrence, Quote, "rep", "2027-03-19"));
        var vague = await AddItemAsync(bot, Item(occurrence, "Follow up with prospects", "rep", "2027-03-25"));
        var storedAfterRefusals = (await OwnedByAsync(bot, Rep)).Count;
        var confirmed = await AddItemAsync(
            bot,
            Item(occurrence, "Follow up with prospects", "rep", "2027-03-25", confirm: true));
        var concrete = await AddItemAsync(
            bot,
            Item(occurrence, "Introduce Bob to the Fabrikam CFO", "both", "2027-03-26", "a meeting is booked"));
        await bot.SayAsync(Rep, "action Check in with Fabrikam; due friday; owner me");
        await bot.SayAsync(Rep, "action Send Contoso the MSA; owner me");
        await bot.SayAsync(Rep, "action Send Contoso the MSA; due 2027-03-24 12:00; owner me; done when legal has it");
        var finished = await bot.ExecuteAsync(Manager, OneOnOneVerbs.Finish, new { occurrence });
        await bot.DeliverAsync();
        var both = (await OwnedByAsync(bot, Manager)).Single();
        await bot.Get<CommitmentService>().CompleteAsync(Tenant, both.Id, Manager.AadObjectId, default);
        await bot.SweepAtAsync(NextStart.AddMinutes(-15));

        Assert.Equal(0, agendasEarly);
        Assert.Equal(1, repAgendas);
        var blocks = Blocks(agenda);
        Assert.Equal(
            [Review, "Pipeline health", "Deal coaching", "Skill development", "Obstacles and action items"],
            blocks.Select(b => b.Title));
        Assert.Equal(30, blocks.Sum(b => b.Minutes));
        Assert.Contains("Bob Chen's priority: Get the Contoso renewal signed", Text(agenda), Ordinal);
        Assert.Contains("Mon 22 Mar, 08:00", Text(agenda), Ordinal);
        Assert.Contains("Territory split (added by Bob Chen)", Text(topic.Card!), Ordinal);
        Assert.Contains(bot.UpdatesSentTo(Manager), c => Text(c).Contains("Territory split", Ordinal));
        Assert.Contains("an owner", noOwner.Error, Ordinal);
        Assert.Contains("a due date", noDate.Error, Ordinal);
        Assert.Contains("already passed", past.Error, Ordinal);
        Assert.Contains("sounds vague", vague.Message, Ordinal);
        Assert.Equal(0, storedAfterRefusals);
        Assert.NotNull(confirmed.Card);
        Assert.Contains("a meeting is booked", Text(concrete.Card!), Ordinal);
        var replies = bot.Teams.Texts(Rep.PersonalConversationId);
        Assert.Contains(replies, r => r.Contains("sounds vague", Ordinal));
        Assert.Contains(replies, r => r.Contains("it needs a due date", Ordinal));
        Assert.Contains(replies, r => r.StartsWith("Added to your 1:1", Ordinal));
        Assert.Null(finished.Card!.Actions);
        foreach (var user in new[] { Manager, Rep })
        {
            var summaries = bot.CardsSentTo(user).Where(c => Heading(c).StartsWith("1:1 summary", Ordinal));
            var summary = Text(Assert.Single(summaries));
            Assert.Contains("Follow up with prospects", summary, Ordinal);
            Assert.Contains("Introduce Bob to the Fabrikam CFO", summary, Ordinal);
            Assert.Contains("Send Contoso the MSA", summary, Ordinal);
        }

        var next = bot.CardsSentTo(Manager).Where(IsAgenda).Last();
        Assert.Contains("Mon 29 Mar, 08:00", Text(next), Ordinal);
        var review = next.Body.OfType<Container>()
            .First(c => c.Items[0] is ColumnSet s && ((TextBlock)s.Columns[0].Items[0]).Text == Review);
        var facts = review.Items.OfType<FactSet>().Single().Facts;
        Assert.Equal(["Missed", "Missed", "Done"], facts.Select(f => f.Title));
        Assert.StartsWith("Send Contoso the MSA", facts[0].Value, Ordinal);
        Assert.StartsWith("Follow up with prospects", facts[1].Value, Ordinal);
        Assert.StartsWith("Introduce Bob to the Fabrikam CFO", facts[2].Value, Ordinal);
    }

    [Fact]
    public async Task Outsider_CardActionsAndTypedItemsRefused_NothingChanges()
    {
        var (bot, occurrence) = await ScheduledAsync();
        await using var _ = bot;
        await bot.SweepAtAsync(Start.AddMinutes(-15));
        var before = await bot.Service.GetAsync(Tenant, occurrence, default);
        var updatesBefore = bot.UpdatesSentTo(Manager).Count;

        var answers = new[]
        {
            await bot.ExecuteAsync(Outsider, OneOnOneVerbs.AddTopic, new { occurrence, topic = "Let me in" }),
            await bot.ExecuteAsync(Outsider, OneOnOneVerbs.AddDecision, new { occurrence, decision = "Mine now" }),
            await bot.ExecuteAsync(Outsider, OneOnOneVerbs.AddItem, Item(occurrence, Quote, "rep", "2027-03-25")),
            await bot.ExecuteAsync(Outsider, OneOnOneVerbs.SubmitPrep, Prep(occurrence)),
            await bot.ExecuteAsync(Outsider, OneOnOneVerbs.Finish, new { occurrence }),
            await bot.ExecuteAsync(Outsider, OneOnOneVerbs.Refresh, new { occurrence }),
        };
        var typed = await bot.SayAsync(Outsider, "action Send Contoso the revised quote; due 2027-03-25; owner me");
        await bot.DeliverAsync();

        Assert.All(answers, a => Assert.Equal(403, a.StatusCode));
        Assert.All(answers, a => Assert.Contains(OneOnOneAccess.Refusal, a.Error, Ordinal));
        Assert.Equal(HttpStatusCode.OK, typed);
        var after = await bot.Service.GetAsync(Tenant, occurrence, default);
        Assert.Equal(before!.Revision, after!.Revision);
        Assert.Null(after.Prep);
        Assert.Null(after.FinishedAt);
        Assert.Empty(await bot.Get<CommitmentStore>().ListOwnedAsync(Tenant, Rep.AadObjectId, null, default));
        Assert.Empty(await bot.Get<CommitmentStore>().ListOwnedAsync(Tenant, Outsider.AadObjectId, null, default));
        Assert.Equal(updatesBefore, bot.UpdatesSentTo(Manager).Count);
    }

    internal static List<(string Title, int Minutes)> Blocks(AdaptiveCard agenda) =>
        [.. agenda.Body.OfType<Container>()
            .Select(c => c.Items.Count > 0 ? c.Items[0] : null)
            .OfType<ColumnSet>()
            .Select(s => (
                ((TextBlock)s.Columns[0].Items[0]).Text,
                int.Parse(((TextBlock)s.Columns[1].Items[0]).Text.Split(' ')[0], CultureInfo.InvariantCulture)))];

    // Bob's deals as the import of 10 March kept them, then as that of 18 March: one advanced, one slipped, one
    // lost, one new and quiet for 30 days.
    private static async Task SeedDealsAsync(OneOnOneEndpoint bot)
    {
        Deal[] then =
        [
            Deal("A", "Contoso renewal", DealStage.Discovery),
            Deal("B", "Fabrikam pilot", DealStage.Proposal) with { CloseDate = new DateOnly(2027, 3, 31) },
            Deal("C", "Litware rollout", DealStage.Proposal),
        ];
        Deal[] now =
        [
            Deal("A", "Contoso renewal", DealStage.Qualification),
            Deal("B", "Fabrikam pilot", DealStage.Proposal) with { CloseDate = new DateOnly(2027, 4, 30) },
            Deal("C", "Litware rollout", DealStage.ClosedLost) with { CloseDate = new DateOnly(2027, 3, 17) },
            Deal("D", "Northwind upsell", DealStage.Proposal) with { LastActivityDate = new DateOnly(2027, 2, 20) },
        ];
        await ImportAsync(bot, then, new DateOnly(2027, 3, 10));
        await ImportAsync(bot, now, new DateOnly(2027, 3, 18));
    }

    private static Deal Deal(string id, string name, DealStage stage) => new()
    {
        TenantId = Tenant,
        CrmId = "006" + id,
        Name = name,
        OwnerId = Rep.AadObjectId,
        Stage = stage,
        CrmStage = stage.ToString(),
        Amount = 120_000m,
        CloseDate = new DateOnly(2027, 5, 28),
        LastActivityDate = new DateOnly(2027, 3, 17),
        NextStep = "Send the order form",
        NextStepDate = new DateOnly(2027, 3, 26),
        DecisionMaker = "Pat Lee, CFO",
        CreatedDate = new DateOnly(2027, 2, 1),
        StageEnteredDate = new DateOnly(2027, 3, 15),
        EngagedContacts = 3,
        Scorecard = new QualificationScorecard(true, true, true, true, true),
    };
}
