using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Teams.Tests.Cards;

public sealed class CardTextTests
{
    [Fact]
    public void Shorten_TextWithinLength_ReturnsItTrimmed()
    {
        var sut = CardText.Shorten("  Send the MSA  ", 12);

        Assert.Equal("Send the MSA", sut);
    }

    [Fact]
    public void Shorten_LongerText_CutsToTheLengthWithAnEllipsis()
    {
        var sut = CardText.Shorten("Send the redlined MSA to Contoso", 10);

        Assert.Equal("Send the…", sut);
        Assert.True(sut.Length <= 10);
    }

    [Fact]
    public void Shorten_CjkText_CountsCharacters()
    {
        var sut = CardText.Shorten("契約書をコントソ社の法務部に送る", 5);

        Assert.Equal("契約書を…", sut);
    }

    [Fact]
    public void Shorten_CutWouldSplitASurrogatePair_KeepsThePairWhole()
    {
        // "ab" then three emoji of two UTF-16 units each: 5 units and the ellipsis would end in half an emoji.
        var sut = CardText.Shorten("ab😀😀😀", 6);

        Assert.Equal("ab😀…", sut);
    }

    [Fact]
    public void Cut_LongerText_CutsToTheLengthWithoutAMark()
    {
        var sut = CardText.Cut("  Send the redlined MSA  ", 8);

        Assert.Equal("Send the", sut);
    }

    [Fact]
    public void Cut_CutWouldSplitASurrogatePair_LeavesThePairOut()
    {
        var sut = CardText.Cut("ab😀😀", 3);

        Assert.Equal("ab", sut);
    }
}
