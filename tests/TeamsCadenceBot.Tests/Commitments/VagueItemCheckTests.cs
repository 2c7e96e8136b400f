using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class VagueItemCheckTests
{
    [Theory]
    [InlineData("follow up with prospects", null)]
    [InlineData("Check in", null)]
    [InlineData("touch base with Contoso", "they reply")]
    public void Question_VagueItem_AsksBack(string text, string? criterion)
    {
        Assert.NotNull(VagueItemCheck.Question(text, criterion));
    }

    [Theory]
    [InlineData("Send the signed MSA to Contoso legal", null)]
    [InlineData("Follow up with Contoso CFO on the budget approval for Q1", "CFO confirms budget in writing")]
    public void Question_ConcreteItem_IsAccepted(string text, string? criterion)
    {
        Assert.Null(VagueItemCheck.Question(text, criterion));
    }
}
