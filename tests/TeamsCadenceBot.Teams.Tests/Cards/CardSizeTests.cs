using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Teams.Tests.Cards;

public sealed class CardSizeTests
{
    [Fact]
    public void FirstThatFits_LargestTryTooBig_ReturnsTheFirstThatFits()
    {
        var built = new List<int>();

        var sut = CardSize.FirstThatFits([100, 10, 1], lines =>
        {
            built.Add(lines);
            return CardOf(lines);
        });

        Assert.Equal([100, 10], built);
        Assert.Equal(10, sut.Body.Count);
        Assert.True(CardSize.Fits(sut));
    }

    [Fact]
    public void FirstThatFits_NoTryFits_ReturnsTheLastBuilt()
    {
        var sut = CardSize.FirstThatFits([200, 100], CardOf);

        Assert.Equal(100, sut.Body.Count);
        Assert.False(CardSize.Fits(sut));
    }

    [Fact]
    public void FirstThatFits_NoTries_Throws()
    {
        Assert.Throws<ArgumentException>(() => CardSize.FirstThatFits(Array.Empty<int>(), CardOf));
    }

    // Each line is about 1 KB of JSON, so 100 lines are over the limit and 10 are well under it.
    private static AdaptiveCard CardOf(int lines) =>
        new() { Body = [.. Enumerable.Range(0, lines).Select(i => new TextBlock(new string('x', 1000)))] };
}
