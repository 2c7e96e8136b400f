using TeamsCadenceBot.OneOnOnes;

namespace TeamsCadenceBot.Tests.OneOnOnes;

public sealed class MeetingMembersTests
{
    private static MeetingMembers Members(bool complete, params string[] ids) =>
        new(ids.ToHashSet(StringComparer.Ordinal), complete);

    [Theory]
    [InlineData(true, new[] { "manager", "rep" }, true)]
    [InlineData(true, new[] { "manager", "rep", "peer" }, false)]
    [InlineData(true, new[] { "manager", "other-rep" }, false)]
    [InlineData(true, new[] { "manager" }, false)]
    [InlineData(false, new string[0], true)]
    [InlineData(false, new[] { "manager" }, true)]
    [InlineData(false, new[] { "manager", "rep", "peer" }, true)]
    [InlineData(false, new[] { "manager", "other-rep" }, false)]
    public void CouldBe_MembersListedOrSeen_OnlyThePairWhenListed(bool complete, string[] ids, bool expected)
    {
        var sut = Members(complete, ids);

        Assert.Equal(expected, sut.CouldBe("manager", "rep"));
    }
}
