using TeamsCadenceBot.Graph;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class ManagerRuleTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_BotAndDirectoryAgree_Agree()
    {
        Assert.Equal(ManagerDecision.Agree, ManagerRule.Decide("m1", "m1", last: null));
    }

    [Fact]
    public void Decide_NoManagerInBot_TakesTheDirectory()
    {
        Assert.Equal(ManagerDecision.TakeDirectory, ManagerRule.Decide(null, "m1", last: null));
    }

    [Fact]
    public void Decide_ManagerSetBeforeAnySync_KeepsTheChoiceMadeInTheBot()
    {
        Assert.Equal(ManagerDecision.KeepChosenInBot, ManagerRule.Decide("m2", "m1", last: null));
    }

    [Fact]
    public void Decide_UnchangedSinceTheSyncWroteIt_TakesTheDirectory()
    {
        var last = new OrgSyncRecord("m1", "m1", KeptChoice: false, At);

        Assert.Equal(ManagerDecision.TakeDirectory, ManagerRule.Decide("m1", "m3", last));
    }

    [Fact]
    public void Decide_ChangedInTheBotSinceTheLastSync_KeepsIt()
    {
        var last = new OrgSyncRecord("m1", "m1", KeptChoice: false, At);

        Assert.Equal(ManagerDecision.KeepChosenInBot, ManagerRule.Decide("m2", "m1", last));
    }

    [Fact]
    public void Decide_KeptChoiceAndDirectoryStillTheSame_KeepsIt()
    {
        var last = new OrgSyncRecord("m1", "m2", KeptChoice: true, At);

        Assert.Equal(ManagerDecision.KeepChosenInBot, ManagerRule.Decide("m2", "m1", last));
    }

    [Fact]
    public void Decide_KeptChoiceButDirectoryChangedSince_TakesTheDirectory()
    {
        var last = new OrgSyncRecord("m1", "m2", KeptChoice: true, At);

        Assert.Equal(ManagerDecision.TakeDirectory, ManagerRule.Decide("m2", "m3", last));
    }

    [Fact]
    public void Decide_DirectorySaysNoManagerAfterTheSyncSetOne_TakesTheDirectory()
    {
        var last = new OrgSyncRecord("m1", "m1", KeptChoice: false, At);

        Assert.Equal(ManagerDecision.TakeDirectory, ManagerRule.Decide("m1", null, last));
    }
}
