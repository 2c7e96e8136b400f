using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.Commitments;

[Collection(OfficialCardParser.Collection)]
public sealed class CommitmentCardsTests(OfficialCardParser parser)
{
    private static readonly DateTimeOffset Due = new(2026, 12, 8, 16, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static CommitmentView LongView(int n, CommitmentState state = CommitmentState.Open) =>
        new(
            new Commitment
            {
                TenantId = "t",
                Id = $"{n:D4}" + new string('a', 28),
                Text = $"Item {n}: " + string.Concat(Enumerable.Repeat("Send the redlined MSA and the security questionnaire to Contoso legal ", 3)),
                OwnerIds = ["rep", "manager"],
                DueAt = Due.AddDays(n),
                SuccessCriterion = string.Concat(Enumerable.Repeat("Legal confirms receipt in writing and books the signature call ", 3)),
                CreatedBy = "rep",
                Origin = new CommitmentOrigin(CommitmentOriginKind.OneOnOne, "pair"),
                CreatedAt = Due.AddDays(-7),
                State = state,
                RescheduleCount = state == CommitmentState.Rescheduled ? 3 : 0,
                BlockedReason = state == CommitmentState.Blocked ? new string('b', 500) : null,
            },
            "Alexandra Wilberforce-Montgomery and Megan Bowen-Castellanos",
            Berlin);

    public static TheoryData<string> SingleCards => ["dayBefore", "due", "missed", "created", "updated"];

    [Theory]
    [MemberData(nameof(SingleCards))]
    public async Task SingleItemCards_LongestRealisticContent_AreValidForTeams(string which)
    {
        var view = LongView(1, CommitmentState.Blocked);
        AdaptiveCard card = which switch
        {
            "dayBefore" => CommitmentCards.DayBefore(view),
            "due" => CommitmentCards.DueNow(view),
            "missed" => CommitmentCards.Missed(view),
            "created" => CommitmentCards.Created(view),
            _ => CommitmentCards.Updated(view, "Moved to a new date"),
        };

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task List_FortyItems_ShowsTheCapAndIsValidForTeams()
    {
        var views = Enumerable.Range(1, 40)
            .Select(i => LongView(i, (CommitmentState)(i % 5 == 1 ? 4 : i % 4)))
            .ToList();

        var card = CommitmentCards.List("Your commitments (40)", views);

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Contains(card.Body, e => e is TextBlock { Text: var t } && t.StartsWith("15 more", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_Empty_SaysHowToAddOne()
    {
        var card = CommitmentCards.List("Your commitments (0)", []);

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Contains(card.Body, e => e is TextBlock { Text: var t } && t.Contains(CommitmentText.Example, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_TwelveRepsWithTwentyMissedEach_IsValidForTeams()
    {
        var reps = Enumerable.Range(1, 12)
            .Select(r => ($"Representative number {r} with a long name", (IReadOnlyList<CommitmentView>)[.. Enumerable.Range(1, 20).Select(i => LongView(i, CommitmentState.Missed))]))
            .ToList();

        var card = CommitmentCards.Digest("Your team's missed commitments (240)", reps);

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }
}
