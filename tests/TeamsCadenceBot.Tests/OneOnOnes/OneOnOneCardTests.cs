using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// Every 1:1 card with the longest content it can hold: three priorities and three deals at their longest, the most
// topics, decisions, action items and earlier items a 1:1 takes, long names, and a stand-in's banner.
[Collection(OfficialCardParser.Collection)]
public sealed class OneOnOneCardTests(OfficialCardParser parser)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);

    private static readonly Person ManagerPerson = new(
        Tenant, Manager.AadObjectId, "Alexandra Konstantinopoulou-Wetherington", Manager.Id, null, null,
        "America/New_York", TimeZoneSource.Person, null, false);

    private static readonly Person RepPerson = new(
        Tenant, Rep.AadObjectId, "Bartholomew Oyelaran-Fitzgerald", Rep.Id, null, null,
        "Europe/Berlin", TimeZoneSource.Person, Manager.AadObjectId, false);

    private static string Long(string start, int length) => LongContent.Text(start, length);

    private static Commitment Item(int i, CommitmentState state) => new()
    {
        TenantId = Tenant,
        Id = $"item{i:D2}",
        Text = Long($"Item {i}: send the revised proposal", OneOnOneLimits.ItemTextLength),
        OwnerIds = i % 3 == 0 ? [Rep.AadObjectId, Manager.AadObjectId] : [Rep.AadObjectId],
        DueAt = Start.AddDays(i),
        SuccessCriterion = Long("The buyer confirms in writing", OneOnOneLimits.CriterionLength),
        CreatedBy = Manager.AadObjectId,
        Origin = new CommitmentOrigin(CommitmentOriginKind.OneOnOne, OneOnOneIds.Occurrence(Manager.AadObjectId, Rep.AadObjectId, Start)),
        CreatedAt = Now,
        State = state,
        BlockedReason = state == CommitmentState.Blocked ? Long("Waiting for legal", 500) : null,
    };

    private static OneOnOneView LongestView(bool finished = false)
    {
        var notes = Enumerable.Range(1, OneOnOneLimits.Topics)
            .Select(i => new AgendaTopic(Long($"Topic {i}: territory split", OneOnOneLimits.TopicLength), Rep.AadObjectId, RepPerson.Name, Now))
            .ToList();
        var occurrence = new OneOnOneOccurrence
        {
            TenantId = Tenant,
            ManagerId = Manager.AadObjectId,
            RepId = Rep.AadObjectId,
            StartsAt = Start,
            Length = TimeSpan.FromMinutes(90),
            ScheduleVersion = 1,
            Prep = new PrepAnswers(
                [.. Enumerable.Range(1, 3).Select(i => Long($"Priority {i}: close Contoso", OneOnOneLimits.PriorityLength))],
                [.. Enumerable.Range(1, 3).Select(i => Long($"Deal {i}: Fabrikam", OneOnOneLimits.DealLength))],
                Long("Other: my Q1 training plan", OneOnOneLimits.OtherTopicsLength),
                Now,
                Now),
            Topics = notes,
            Decisions = notes,
            FinishedAt = finished ? Start.AddMinutes(90) : null,
        };
        var items = Enumerable.Range(1, OneOnOneLimits.Items).Select(i => Item(i, CommitmentState.Open)).ToList();
        var previous = Enumerable.Range(1, OneOnOneLimits.Items + 5)
            .Select(i => Item(100 + i, (CommitmentState)(i % 5)))
            .ToList();
        return new OneOnOneView(occurrence, ManagerPerson, RepPerson, items, previous, Now);
    }

    public static TheoryData<string> Viewers => ["manager", "stand-in", "meeting chat"];

    private static CardViewer Viewer(string kind) => kind switch
    {
        "stand-in" => new CardViewer(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), AsPersonId: Rep.AadObjectId, AsName: RepPerson.Name),
        "meeting chat" => new CardViewer(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), ShowZoneName: true),
        _ => CardViewer.For(ManagerPerson),
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task AgendaCard_LongestContent_ValidForTeams(string viewer)
    {
        var sut = AgendaCard.Build(LongestView(), Viewer(viewer), "Action item added. I'll follow it up with its owner.");

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Equal(90, AgendaPlan.Build(TimeSpan.FromMinutes(90), 30, LongestView().Occurrence.Prep, LongestView().Occurrence.Topics, "x").Sum(b => b.Minutes));
    }

    [Fact]
    public async Task AgendaCard_Finished_ValidForTeamsWithoutButtons()
    {
        var sut = AgendaCard.Build(LongestView(finished: true), Viewer("manager"));

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Null(sut.Actions);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task SummaryCard_LongestContent_ValidForTeams(string viewer) =>
        await CardAssert.IsValidForTeamsAsync(parser, SummaryCard.Build(LongestView(finished: true), Viewer(viewer)));

    [Fact]
    public async Task PrepPrompt_AndReminder_WithTypedDealsOrAPicker_ValidForTeams()
    {
        var deals = Enumerable.Range(1, 200).Select(i => new OpenDeal($"deal-{i}", Long($"Deal {i}", 120), "Proposal, 240,000, closes 2027-01-31")).ToList();

        await CardAssert.IsValidForTeamsAsync(parser, PrepCards.Prompt(LongestView(), Viewer("stand-in"), [], reminder: false));
        await CardAssert.IsValidForTeamsAsync(parser, PrepCards.Prompt(LongestView(), Viewer("manager"), deals, reminder: true));
    }

    [Fact]
    public async Task PrepConfirmation_EditableAndFinal_ValidForTeams()
    {
        var editable = PrepCards.Confirmation(LongestView(), Viewer("stand-in"), []);
        var final = PrepCards.Confirmation(LongestView() with { Now = Start }, Viewer("manager"), []);

        await CardAssert.IsValidForTeamsAsync(parser, editable);
        await CardAssert.IsValidForTeamsAsync(parser, final);
        Assert.NotNull(editable.Actions);
        Assert.Null(final.Actions);
    }

    [Fact]
    public async Task Brief_LongestContent_ValidForTeams()
    {
        var pending = Enumerable.Range(1, 60).Select(i => Item(i, i % 2 == 0 ? CommitmentState.Missed : CommitmentState.Blocked)).ToList();

        await CardAssert.IsValidForTeamsAsync(parser, BriefCard.Build(LongestView(), Viewer("manager"), pending, 0.67, LongestPipeline()));
    }

    // Every deal of a big book changed, and each raises every flag it can, with CRM names at their longest.
    private static BriefPipeline LongestPipeline()
    {
        var today = new DateOnly(2026, 12, 3);
        var then = Enumerable.Range(1, 60).Select(i => LongContent.Deal(i, today)).ToList();
        var now = then.Select(d => d with
        {
            Stage = DealStage.Negotiation,
            CloseDate = today.AddDays(-5),
            LastActivityDate = today.AddDays(-60),
            CloseDatePushCount = 7,
        }).ToList();
        var coaching = new CoachingSuggestion(
            DealStage.Qualification, 0.1m, 0.6m, Long("From qualification to proposal: 10% against the team's 60%.", 300));
        return BriefPipeline.From(today.AddDays(-7), true, then, now, today, PipelineThresholds.Default, coaching);
    }

    [Fact]
    public async Task ScheduleCards_ValidForTeams()
    {
        var schedule = new OneOnOneSchedule
        {
            TenantId = Tenant,
            ManagerId = Manager.AadObjectId,
            RepId = Rep.AadObjectId,
            Weekday = DayOfWeek.Thursday,
            LocalTime = new TimeOnly(16, 30),
            Length = TimeSpan.FromMinutes(50),
            TimeZone = "Europe/Berlin",
            Frequency = OneOnOneFrequency.Biweekly,
            AnchorDate = new DateOnly(2026, 12, 10),
        };
        var reps = Enumerable.Range(1, 60)
            .Select(i => (RepPerson with { AadObjectId = $"rep-{i}", Name = RepPerson.Name + " " + i }, i % 2 == 0 ? schedule : null))
            .ToList();

        await CardAssert.IsValidForTeamsAsync(parser, ScheduleCards.Pick(reps, Now));
        await CardAssert.IsValidForTeamsAsync(parser, ScheduleCards.Edit(ManagerPerson, RepPerson, schedule, TimeSpan.FromMinutes(30), Now, "Not saved"));
        await CardAssert.IsValidForTeamsAsync(parser, ScheduleCards.Edit(ManagerPerson, RepPerson, null, TimeSpan.FromMinutes(30), Now));
        await CardAssert.IsValidForTeamsAsync(parser, ScheduleCards.Saved(ManagerPerson, RepPerson, schedule, Now));
    }
}
