using TeamsCadenceBot.Graph;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.Graph;

[Collection(OfficialCardParser.Collection)]
public sealed class OneOnOneCardsTests(OfficialCardParser parser)
{
    private static readonly ProposedOneOnOne Proposal = new(
        GraphTestbed.Tenant,
        TestPerson.Manager.Id,
        TestPerson.Rep.Id,
        "Rae Rep",
        "master-1",
        DayOfWeek.Tuesday,
        new TimeOnly(10, 0),
        "Europe/Berlin",
        TimeSpan.FromMinutes(30),
        OneOnOneCadence.Biweekly,
        new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Proposal_Built_IsValidForTeamsAndSaysWhenInTheMeetingsZone()
    {
        var card = OneOnOneCards.Proposal(Proposal);

        await CardAssert.IsValidForTeamsAsync(parser, card);
        var facts = Assert.Single(card.Body.OfType<FactSet>()).Facts;
        Assert.Equal(
            ["Every other Tuesday at 10:00 (Europe/Berlin)", "30 min", "Tue 8 Dec, 10:00"],
            facts.Select(f => f.Value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Decided_EitherWay_IsValidForTeamsWithNoButtonsLeft(bool confirmed)
    {
        var card = OneOnOneCards.Decided(Proposal, confirmed ? ProposalState.Confirmed : ProposalState.Dismissed);

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Null(card.Actions);
    }
}
