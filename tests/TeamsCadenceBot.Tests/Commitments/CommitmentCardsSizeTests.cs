using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.Commitments;

// The commitments' list and digest at their size limits: texts typed in chat have no length limit, and text in
// scripts that take 2 to 4 bytes a character.
[Collection(OfficialCardParser.Collection)]
public sealed class CommitmentCardsSizeTests(OfficialCardParser parser)
{
    private const int ChatTextLength = 2000;

    private static readonly DateTimeOffset Due = new(2026, 12, 8, 16, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static CommitmentView View(int n, Func<int, string> text, CommitmentState state) =>
        new(
            new Commitment
            {
                TenantId = "t",
                Id = $"{n:D4}" + new string('a', 28),
                Text = text(n),
                OwnerIds = ["rep", "manager"],
                DueAt = Due.AddDays(n),
                SuccessCriterion = text(n + 1),
                CreatedBy = "rep",
                Origin = new CommitmentOrigin(CommitmentOriginKind.Chat, "chat"),
                CreatedAt = Due.AddDays(-7),
                State = state,
                RescheduleCount = 3,
                BlockedReason = state == CommitmentState.Blocked ? text(n + 2) : null,
            },
            "Alexandra Wilberforce-Montgomery and Megan Bowen-Castellanos",
            Berlin);

    private static Func<int, string> Script(string script) => n => ScriptText.Text(script, $"{n}:", ChatTextLength);

    private static string Plain(int n) =>
        ($"{n}: " + string.Concat(Enumerable.Repeat("Send Contoso's \"redlined\" MSA & <terms> ", 60)))[..ChatTextLength];

    private static List<(string, IReadOnlyList<CommitmentView>)> Reps(int reps, int items, Func<int, string> text) =>
        [.. Enumerable.Range(1, reps).Select(r => (
            $"Representative {r} " + new string('n', 200),
            (IReadOnlyList<CommitmentView>)[.. Enumerable.Range(1, items).Select(i => View(i, text, CommitmentState.Missed))]))];

    private static TextBlock MoreLine(AdaptiveCard card, string marker) =>
        Assert.Single(card.Body.OfType<TextBlock>(), t => t.Text.Contains(marker, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ScriptText.Scripts), MemberType = typeof(ScriptText))]
    public async Task List_ThirtyItemsAtTheLimitsInNonAsciiText_ValidUnder80KbAndCountsTheRest(string script)
    {
        var views = Enumerable.Range(1, 30).Select(i => View(i, Script(script), CommitmentState.Blocked)).ToList();

        var sut = CommitmentCards.List("Your commitments (30)", views);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        var shown = sut.Body.OfType<Container>().Count();
        Assert.InRange(shown, 1, CommitmentCards.MaxListed);
        Assert.StartsWith($"{30 - shown} more not shown (the {shown} most urgent", MoreLine(sut, "more not shown").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TwentyFiveItemsAtTheLimitsInPlainText_ShowsThemAll()
    {
        var views = Enumerable.Range(1, CommitmentCards.MaxListed).Select(i => View(i, Plain, CommitmentState.Blocked)).ToList();

        var sut = CommitmentCards.List("Your commitments (25)", views);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Equal(CommitmentCards.MaxListed, sut.Body.OfType<Container>().Count());
        Assert.DoesNotContain(sut.Body.OfType<TextBlock>(), t => t.Text.Contains("more not shown", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ScriptText.Scripts), MemberType = typeof(ScriptText))]
    public async Task Digest_TwelveRepsOfTwentyInNonAsciiText_ValidUnder80KbListsEveryRepAndCountsTheRest(string script)
    {
        var reps = Reps(12, 20, Script(script));

        var sut = CommitmentCards.Digest("Your team's missed commitments (240)", reps);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        var shown = sut.Body.OfType<FactSet>().Sum(f => f.Facts.Count);
        Assert.InRange(shown, 12, CommitmentCards.MaxDigestItems);
        Assert.Equal(12, sut.Body.OfType<TextBlock>().Count(t => t.Text.Contains(": 20 missed, ", StringComparison.Ordinal)));
        var more = MoreLine(sut, "more missed not shown").Text;
        Assert.StartsWith($"{240 - shown} more missed not shown,", more, StringComparison.Ordinal);
        Assert.Contains("**my commitments**", more, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_TwelveRepsOfTwentyInPlainText_ShowsTheCapWithTextShortened()
    {
        var reps = Reps(12, 20, Plain);

        var sut = CommitmentCards.Digest("Your team's missed commitments (240)", reps);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        var facts = sut.Body.OfType<FactSet>().SelectMany(f => f.Facts).ToList();
        Assert.Equal(CommitmentCards.MaxDigestItems, facts.Count);
        Assert.All(facts, f => Assert.EndsWith("… (moved 3x)", f.Value, StringComparison.Ordinal));
        Assert.StartsWith($"{240 - CommitmentCards.MaxDigestItems} more missed not shown,", MoreLine(sut, "more missed").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_MoreRepsThanTheCap_NamesHowManyRepsAreNotListed()
    {
        var reps = Reps(CommitmentCards.MaxDigestItems + 10, 1, Plain);

        var sut = CommitmentCards.Digest("Your team's missed commitments (70)", reps);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Equal(CommitmentCards.MaxDigestItems, sut.Body.OfType<FactSet>().Count());
        Assert.StartsWith("10 more missed not shown (with 10 reps not listed above),", MoreLine(sut, "more missed").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_FewMissed_ShowsAllWithoutAMoreLine()
    {
        var reps = Reps(2, 3, Plain);

        var sut = CommitmentCards.Digest("Your team's missed commitments (6)", reps);

        Assert.Equal(6, sut.Body.OfType<FactSet>().Sum(f => f.Facts.Count));
        Assert.Equal(2, sut.Body.OfType<TextBlock>().Count(t => t.Text.EndsWith(": 3 missed", StringComparison.Ordinal)));
        Assert.DoesNotContain(sut.Body.OfType<TextBlock>(), t => t.Text.Contains("more missed", StringComparison.Ordinal));
    }

    [Fact]
    public void DigestShares_OneLongListAmongShortOnes_SharesOneARoundSoTheOthersAllShow()
    {
        int[] expected = [5, 2, 3];

        var sut = CommitmentCards.DigestShares([100, 2, 3], 10);

        Assert.Equal(expected, sut);
    }

    [Fact]
    public void DigestShares_OneRepAboveThePerRepCap_StopsAtTheListCap()
    {
        int[] expected = [CommitmentCards.MaxListed];

        var sut = CommitmentCards.DigestShares([40], CommitmentCards.MaxDigestItems);

        Assert.Equal(expected, sut);
    }

    [Fact]
    public void DigestShares_MoreRepsThanTheCap_GivesOneEachInOrder()
    {
        int[] expected = [1, 1, 1, 0];

        var sut = CommitmentCards.DigestShares([1, 1, 1, 1], 3);

        Assert.Equal(expected, sut);
    }
}
