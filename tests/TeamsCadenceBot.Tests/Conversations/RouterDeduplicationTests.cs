using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using static TeamsCadenceBot.Tests.Builders.ActivityBuilder;

namespace TeamsCadenceBot.Tests.Conversations;

public sealed class RouterDeduplicationTests
{
    private readonly ConversationHarness _harness = new();

    [Fact]
    public async Task HandleAsync_RedeliveredMessage_HandledOnce()
    {
        var sut = _harness.Router;
        var help = Message("help").InPersonalChat(TeamsUser.Alice).WithId("1733217302123").Build();

        await sut.HandleAsync(help, CancellationToken.None);
        await sut.HandleAsync(help, CancellationToken.None);

        var reply = Assert.Single(_harness.Connector.Posted);
        Assert.Equal("What I can do here", reply.Heading);
    }

    [Fact]
    public async Task HandleAsync_SameIdInTwoTenants_EachHandled()
    {
        var sut = _harness.Router;
        var help = Message("help").InPersonalChat(TeamsUser.Alice).WithId("1733217302123");

        await sut.HandleAsync(help.Build(), CancellationToken.None);
        await sut.HandleAsync(help.WithTenant(OtherTenantId).Build(), CancellationToken.None);

        Assert.Equal(2, _harness.Connector.Posted.Count());
    }

    [Fact]
    public async Task HandleAsync_TurnFailedThenRedelivered_HandledTheSecondTime()
    {
        var sut = _harness.Router;
        var help = Message("help").InGroupChat(TeamsUser.Bob).WithId("1733217302999").Build();
        _harness.Connector.FailingPosts = 1;

        await Assert.ThrowsAsync<ConnectorException>(() => sut.HandleAsync(help, CancellationToken.None));
        await sut.HandleAsync(help, CancellationToken.None);

        Assert.Single(_harness.Connector.Posted);
    }

    [Fact]
    public async Task HandleAsync_TeamInstallReportedTwiceAndRedelivered_OneWelcomeThread()
    {
        var sut = _harness.Router;
        var installation = Installed().InTeam(TeamsUser.Carol).WithSelectedChannel(PipelineChannelId).Build();
        var botAdded = BotAdded().InTeam(TeamsUser.Carol).Build();

        await sut.HandleAsync(installation, CancellationToken.None);
        await sut.HandleAsync(botAdded, CancellationToken.None);
        await sut.HandleAsync(installation, CancellationToken.None);

        var welcome = Assert.Single(_harness.Connector.Posted);
        Assert.Equal((SentMessage.Thread, PipelineChannelId), (welcome.Kind, welcome.ConversationId));
        Assert.Single(await _harness.Store.ListInstalledTeamsAndChatsAsync(TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_TeamDeleted_StopsSendsToItsChannels()
    {
        var sut = _harness.Router;
        await sut.HandleAsync(BotAdded().InTeam(TeamsUser.Carol).Build(), CancellationToken.None);
        var bobJoinsPipeline = MembersAdded(TeamsUser.Bob).InTeam(TeamsUser.Carol, PipelineChannelId).Build();
        await sut.HandleAsync(bobJoinsPipeline, CancellationToken.None);

        await sut.HandleAsync(TeamDeleted(TeamsUser.Carol).Build(), CancellationToken.None);

        var result = await _harness.Messenger.SendToConversationAsync(
            TenantId,
            PipelineChannelId,
            ProactiveMessage.Text("Forecast call"),
            CancellationToken.None);
        Assert.Equal(DeliveryStatus.NotInstalled, result.Status);
    }
}
