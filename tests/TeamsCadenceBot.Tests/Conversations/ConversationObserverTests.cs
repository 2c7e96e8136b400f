using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using static TeamsCadenceBot.Tests.Builders.ActivityBuilder;

namespace TeamsCadenceBot.Tests.Conversations;

public sealed class ConversationObserverTests
{
    private readonly Mock<IConversationStore> _store = new();
    private readonly FakeConnector _connector = new();
    private readonly ConversationObserver _sut;

    public ConversationObserverTests()
    {
        _sut = new ConversationObserver(_store.Object, NullLogger<ConversationObserver>.Instance);
    }

    [Fact]
    public async Task ObserveAsync_RepeatMessagesFromAKnownPerson_StoresOnce()
    {
        await ObserveAsync(Message("help").InPersonalChat(TeamsUser.Alice));
        await ObserveAsync(Message("my commitments").InPersonalChat(TeamsUser.Alice));
        await ObserveAsync(Message("help").InPersonalChat(TeamsUser.Alice));

        _store.Verify(
            s => s.RememberAsync(
                It.Is<ConversationReference>(r =>
                    r.ConversationId == TeamsUser.Alice.PersonalConversationId && r.UserId == TeamsUser.Alice.Id),
                It.Is<IReadOnlyCollection<ConversationMember>>(m => m.Single().TeamsUserId == TeamsUser.Alice.Id),
                It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task ObserveAsync_NewPersonInAKnownChat_StoresOnlyThem()
    {
        await ObserveAsync(Message("help").InGroupChat(TeamsUser.Alice));

        await ObserveAsync(Message("help").InGroupChat(TeamsUser.Bob));

        _store.Verify(
            s => s.RememberAsync(
                It.IsAny<ConversationReference>(),
                It.Is<IReadOnlyCollection<ConversationMember>>(m => m.Single().TeamsUserId == TeamsUser.Bob.Id),
                It.IsAny<CancellationToken>()),
            Times.Once);
        _store.Verify(
            s => s.RememberAsync(
                It.IsAny<ConversationReference>(),
                It.IsAny<IReadOnlyCollection<ConversationMember>>(),
                It.IsAny<CancellationToken>()),
            Times.Exactly(2));
    }

    [Fact]
    public async Task ObserveAsync_ServiceUrlChanged_StoresTheNewOne()
    {
        const string Moved = "https://smba.trafficmanager.net/emea/";
        await ObserveAsync(Message("help").InPersonalChat(TeamsUser.Alice));

        await ObserveAsync(Message("help").InPersonalChat(TeamsUser.Alice).WithServiceUrl(Moved));

        _store.Verify(
            s => s.RememberAsync(
                It.Is<ConversationReference>(r => r.ServiceUrl == Moved),
                It.IsAny<IReadOnlyCollection<ConversationMember>>(),
                It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task ObserveAsync_MessageInAChannelThread_StoresTheChannelNotTheThread()
    {
        await ObserveAsync(Message("pipeline review")
            .InTeam(
                TeamsUser.Carol,
                PipelineChannelId,
                PipelineChannelName,
                threadRootId: "1733217299000",
                withTeamName: false));

        _store.Verify(
            s => s.RememberAsync(
                new ConversationReference(TenantId, PipelineChannelId, ConversationScope.Team, ServiceUrl, BotId)
                {
                    TeamId = TeamId,
                    TeamAadGroupId = TeamAadGroupId,
                    ChannelId = PipelineChannelId,
                    ChannelName = PipelineChannelName,
                },
                It.IsAny<IReadOnlyCollection<ConversationMember>>(),
                It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Theory]
    [InlineData("installed")]
    [InlineData("uninstalled")]
    [InlineData("botAdded")]
    [InlineData("botRemoved")]
    public async Task ObserveAsync_InstallOrRemoval_LeftToTheLifecycle(string change)
    {
        var builder = change switch
        {
            "installed" => Installed(),
            "uninstalled" => Uninstalled(),
            "botAdded" => BotAdded(),
            _ => BotRemoved(),
        };

        await ObserveAsync(builder.InGroupChat(TeamsUser.Alice));

        Assert.Empty(_store.Invocations);
    }

    [Fact]
    public async Task ObserveAsync_TeamDeleted_MarksTheTeamUninstalled()
    {
        await ObserveAsync(TeamDeleted(TeamsUser.Carol));

        _store.Verify(s => s.MarkUninstalledAsync(TenantId, TeamId, It.IsAny<CancellationToken>()), Times.Once);
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ObserveAsync_MembersAdded_StoresThemAndTheSender()
    {
        await ObserveAsync(MembersAdded(TeamsUser.Bob, TeamsUser.Carol).InGroupChat(TeamsUser.Alice));

        _store.Verify(
            s => s.RememberAsync(
                It.IsAny<ConversationReference>(),
                It.Is<IReadOnlyCollection<ConversationMember>>(m =>
                    m.Select(p => p.TeamsUserId)
                        .SequenceEqual(new[] { TeamsUser.Alice.Id, TeamsUser.Bob.Id, TeamsUser.Carol.Id })),
                It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task ObserveAsync_MemberRemovedThenBack_ForgetsThemAndStoresThemAgain()
    {
        await ObserveAsync(Message("help").InGroupChat(TeamsUser.Bob));

        await ObserveAsync(MembersRemoved(TeamsUser.Bob).InGroupChat(TeamsUser.Alice));
        await ObserveAsync(Message("help").InGroupChat(TeamsUser.Bob));

        _store.Verify(
            s => s.RemoveMemberAsync(TenantId, GroupChatId, TeamsUser.Bob.Id, It.IsAny<CancellationToken>()),
            Times.Once);
        _store.Verify(
            s => s.RememberAsync(
                It.IsAny<ConversationReference>(),
                It.Is<IReadOnlyCollection<ConversationMember>>(m => m.Single().TeamsUserId == TeamsUser.Bob.Id),
                It.IsAny<CancellationToken>()),
            Times.Exactly(2));
    }

    private Task ObserveAsync(ActivityBuilder builder)
    {
        var activity = builder.Build();
        var tenantId = activity.GetTenantId()!;
        var turn = new TeamsCadenceBot.Bot.Turn(
            activity,
            tenantId,
            new Teams.Connector.ConversationAddress(activity.ServiceUrl!, activity.Conversation!.Id, tenantId),
            _connector);
        return _sut.ObserveAsync(turn, CancellationToken.None);
    }
}
