using TeamsCadenceBot.OneOnOnes;

namespace TeamsCadenceBot.Tests.OneOnOnes;

public sealed class OneOnOneLimitsTests
{
    [Fact]
    public void Clip_ShortText_TrimmedOnly()
    {
        Assert.Equal("Send the MSA", OneOnOneLimits.Clip("  Send the MSA  ", 20));
    }

    [Fact]
    public void Clip_LongText_CutToTheLength()
    {
        Assert.Equal("abcde", OneOnOneLimits.Clip("abcdefgh", 5));
    }

    [Fact]
    public void Clip_CutWouldSplitAnEmoji_EmojiLeftOutWhole()
    {
        var text = "abcd" + "\U0001F680" + "efg";

        var sut = OneOnOneLimits.Clip(text, 5);

        Assert.Equal("abcd", sut);
        Assert.False(char.IsHighSurrogate(sut[^1]));
    }

    [Fact]
    public void Clip_CutJustAfterAnEmoji_KeepsIt()
    {
        var text = "abc" + "\U0001F680" + "efg";

        Assert.Equal("abc\U0001F680", OneOnOneLimits.Clip(text, 5));
    }
}
