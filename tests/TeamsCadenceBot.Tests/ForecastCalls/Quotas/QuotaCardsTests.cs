using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;
using TeamsCadenceBot.Tests.Deals;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

[Collection(OfficialCardParser.Collection)]
public sealed class QuotaCardsTests(OfficialCardParser parser)
{
    private static readonly ForecastPeriod Q1 = ForecastPeriod.Of(2027, 1, 10);

    private static QuotaSheet TwentyFiveReps(string viewerId = "manager-1")
    {
        var reps = Enumerable.Range(1, 25)
            .Select(i => new QuotaLine(
                $"{i:D8}-0000-4000-8000-000000000000",
                $"Representative number {i} with a long double-barrelled surname-{new string('x', 30)}",
                i % 5 == 0 ? null : 1_250_000.75m * i))
            .ToList();
        var below = Enumerable.Range(1, 3)
            .Select(i => TestPeople.Person($"{i:D8}-1111-4000-8000-000000000000", $"Manager {i}", $"m{i}@contoso.com"))
            .ToList();
        return new QuotaSheet("manager-1", "Megan Bowen", viewerId, Q1, reps, below, "Saved 25 quotas.");
    }

    [Fact]
    public async Task Sheet_TwentyFiveRepsWithTeamsBelow_ValidForTeamsAndUnder80KB()
    {
        var sut = QuotaCards.Sheet(TwentyFiveReps(viewerId: "leader-1"));

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Equal(25, sut.Body.OfType<NumberInput>().Count());
    }

    [Fact]
    public async Task Closed_ValidForTeamsWithARefreshForTheManager()
    {
        var sut = QuotaCards.Closed("manager-1", "Megan Bowen", "29:megan", Q1);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Equal(["29:megan"], sut.Refresh!.UserIds);
    }

    [Fact]
    public void Sheet_Summary_CountsRepsWithAQuotaAndTheirTotal()
    {
        var sheet = new QuotaSheet(
            "manager-1",
            "Megan Bowen",
            "manager-1",
            Q1,
            [
                new QuotaLine("r1", "Alex", 250_000m),
                new QuotaLine("r2", "Lee", null),
                new QuotaLine("r3", "Kim", 1_000_000m),
            ],
            Array.Empty<Person>());

        var sut = QuotaCards.Sheet(sheet);

        var summary = sut.Body.OfType<TextBlock>().ElementAt(1).Text;
        Assert.Equal("1 Oct 2026 to 31 Dec 2026 · 3 reps · 2 with a quota, 1.3M in all", summary);
        Assert.DoesNotContain(sut.Actions!, a => a.Title == "Your team");
    }
}
