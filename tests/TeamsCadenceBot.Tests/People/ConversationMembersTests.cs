using Moq;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Fakes;

namespace TeamsCadenceBot.Tests.People;

public sealed class ConversationMembersTests
{
    private static readonly ConversationAddress Address = PeopleTestbed.Address("team-1");

    [Fact]
    public async Task ListAllAsync_ConnectorRepeatsToken_StopsInsteadOfLooping()
    {
        var connector = new Mock<IConnectorClient>();
        connector
            .Setup(c => c.GetMembersPageAsync(Address, It.IsAny<string?>(), CancellationToken.None))
            .ReturnsAsync(new ConnectorResult<MembersPage>(
                ConnectorOutcome.Succeeded,
                new MembersPage([new TeamsMember("29:a", "A", "a", null, null)], "same-token")));

        var members = await ConversationMembers.ListAllAsync(connector.Object, Address, CancellationToken.None);

        Assert.Equal(2, members!.Count);
    }

    [Fact]
    public async Task ListAllAsync_ConversationGone_Null()
    {
        var connector = new FakeConnector();
        connector.SetMembers("another-team");

        var members = await ConversationMembers.ListAllAsync(connector, Address, CancellationToken.None);

        Assert.Null(members);
    }
}
