using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// The 1:1 cards at their size limits: the earlier items include the rep's commitments from chat, which have no
// length limit, and every field can be full of text that takes 2 to 4 bytes a character.
[Collection(OfficialCardParser.Collection)]
public sealed class OneOnOneCardSizeTests(OfficialCardParser parser)
{
    private const int ChatTextLength = 5000;

    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);
    private static readonly CardViewer Viewer = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), ShowZoneName: true);

    private static readonly Person ManagerPerson = new(
        Tenant, Manager.AadObjectId, "Alexandra Konstantinopoulou-Wetherington", Manager.Id, null, null,
        "America/New_York", TimeZoneSource.Person, null, false);

    private static readonly Person RepPerson = new(
        Tenant, Rep.AadObjectId, "Bartholomew Oyelaran-Fitzgerald", Rep.Id, null, null,
        "Europe/Berlin", TimeZoneSource.Person, Manager.AadObjectId, false);

    private static Commitment Item(
        int i, CommitmentOrigin origin, string text, string criterion, CommitmentState state) => new()
    {
        TenantId = Tenant,
        Id = $"item{i:D3}" + new string('x', 28),
        Text = text,
        OwnerIds = i % 3 == 0 ? [Rep.AadObjectId, Manager.AadObjectId] : [Rep.AadObjectId],
        DueAt = Start.AddDays(i),
        SuccessCriterion = criterion,
        CreatedBy = Rep.AadObjectId,
        Origin = origin,
        CreatedAt = Now,
        State = state,
        BlockedReason = state == CommitmentState.Blocked ? criterion + criterion : null,
    };

    // The rep's commitments typed in chat: nothing limits their length.
    private static List<Commitment> ChatItems(Func<int, int, string> text) =>
        [.. Enumerable.Range(1, OneOnOneLimits.Items).Select(i => Item(
            100 + i,
            new CommitmentOrigin(CommitmentOriginKind.Chat, "chat"),
            text(i, ChatTextLength),
            text(i, ChatTextLength),
            (CommitmentState)(i % 5)))];

    private static OneOnOneView View(Func<int, int, string> text, IReadOnlyList<Commitment> previous)
    {
        var origin = new CommitmentOrigin(
            CommitmentOriginKind.OneOnOne,
            OneOnOneIds.Occurrence(Manager.AadObjectId, Rep.AadObjectId, Start));
        var notes = Enumerable.Range(1, OneOnOneLimits.Topics)
            .Select(i => new AgendaTopic(text(i, OneOnOneLimits.TopicLength), Rep.AadObjectId, RepPerson.Name, Now))
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
                [.. Enumerable.Range(1, OneOnOneLimits.Priorities).Select(i => text(i, OneOnOneLimits.PriorityLength))],
                [.. Enumerable.Range(1, OneOnOneLimits.Deals).Select(i => text(i, OneOnOneLimits.DealLength))],
                text(0, OneOnOneLimits.OtherTopicsLength),
                Now,
                Now),
            Topics = notes,
            Decisions = notes,
        };
        var items = Enumerable.Range(1, OneOnOneLimits.Items)
            .Select(i => Item(
                i,
                origin,
                text(i, OneOnOneLimits.ItemTextLength),
                text(i, OneOnOneLimits.CriterionLength),
                CommitmentState.Open))
            .ToList();
        return new OneOnOneView(occurrence, ManagerPerson, RepPerson, items, previous, Now);
    }

    private static Func<int, int, string> Script(string script) =>
        (i, length) => ScriptText.Text(script, $"{i}:", length);

    // Plain text with what JSON escapes (quotes, backslashes) and what HTML would (&, <, >, ').
    private static string Plain(int i, int length) =>
        ($"{i}: " + string.Concat(Enumerable.Repeat("legal & procurement's \"quoted\" <tags> \\path ", (length / 40) + 1)))[..length];

    private static IEnumerable<Fact> PreviousFacts(AdaptiveCard card) =>
        card.Body.OfType<Container>().SelectMany(c => c.Items).OfType<FactSet>().SelectMany(f => f.Facts);

    [Fact]
    public async Task AgendaCard_TwentyFiveLongChatCommitments_ValidUnder80KbWithEachTextShortened()
    {
        var view = View(Plain, ChatItems(Plain)) with { Items = [] };

        var sut = AgendaCard.Build(view, Viewer);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        var facts = PreviousFacts(sut).ToList();
        Assert.Equal(OneOnOneLimits.Items, facts.Count);
        Assert.All(facts, f =>
        {
            var text = f.Value[..f.Value.LastIndexOf(" (due ", StringComparison.Ordinal)];
            Assert.InRange(text.Length, 2, OneOnOneLimits.ItemTextLength);
            Assert.EndsWith("…", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(ScriptText.Scripts), MemberType = typeof(ScriptText))]
    public async Task AgendaCard_EveryFieldFullInNonAsciiTextAndLongChatCommitments_ValidUnder80Kb(string script)
    {
        var text = Script(script);

        var sut = AgendaCard.Build(View(text, ChatItems(text)), Viewer, "Action item added.");

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Equal(OneOnOneLimits.Items, PreviousFacts(sut).Count());
    }

    [Theory]
    [MemberData(nameof(ScriptText.Scripts), MemberType = typeof(ScriptText))]
    public async Task SummaryCard_EveryFieldFullInNonAsciiText_ValidUnder80Kb(string script)
    {
        var text = Script(script);
        var view = View(text, ChatItems(text));
        var finished = view with { Occurrence = view.Occurrence with { FinishedAt = Start.AddMinutes(90) } };

        var sut = SummaryCard.Build(finished, Viewer);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
    }

    [Theory]
    [MemberData(nameof(ScriptText.Scripts), MemberType = typeof(ScriptText))]
    public async Task BriefCard_LongChatCommitmentsInNonAsciiText_ValidUnder80Kb(string script)
    {
        var text = Script(script);
        var pending = Enumerable.Range(1, 60)
            .Select(i => Item(
                i,
                new CommitmentOrigin(CommitmentOriginKind.Chat, "chat"),
                text(i, ChatTextLength),
                text(i, ChatTextLength),
                i % 2 == 0 ? CommitmentState.Missed : CommitmentState.Blocked))
            .ToList();
        var pipeline = BriefPipeline.From(
            new DateOnly(2026, 11, 26), true, [], [], new DateOnly(2026, 12, 3), PipelineThresholds.Default, null);

        var sut = BriefCard.Build(View(text, ChatItems(text)), Viewer, pending, 0.5, pipeline);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
    }

    [Fact]
    public void AgendaCard_EveryFieldFullInPlainText_ShowsEveryItemWhole()
    {
        var view = View(Plain, []);

        var sut = AgendaCard.Build(view, Viewer);

        var shown = sut.Body.OfType<Container>().SelectMany(c => c.Items).OfType<Container>()
            .Select(c => c.Items.OfType<TextBlock>().First().Text)
            .ToList();
        Assert.Equal(view.Items.Select(i => i.Text.Trim()), shown);
        Assert.True(CardSize.Fits(sut));
    }

    [Fact]
    public void AgendaCard_TooBigAtTheFieldLimits_CutsEveryTextShorter()
    {
        var text = Script("cjk");
        var view = View(text, ChatItems(text));

        var sut = AgendaCard.Build(view, Viewer);

        var itemTexts = sut.Body.OfType<Container>().SelectMany(c => c.Items).OfType<Container>()
            .Select(c => c.Items.OfType<TextBlock>().First().Text)
            .ToList();
        Assert.Equal(OneOnOneLimits.Items, itemTexts.Count);
        Assert.All(itemTexts, t => Assert.True(t.Length < OneOnOneLimits.ItemTextLength, t));
        Assert.True(CardSize.Fits(sut));
    }
}
