using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using static TeamsCadenceBot.Tests.Builders.ActivityBuilder;

namespace TeamsCadenceBot.Tests.Conversations;

public sealed class InstallationLifecycleTests
{
    private readonly ConversationHarness _harness = new(new PersonalOnlyCommand());
    private readonly IConversationLifecycle _sut;

    public InstallationLifecycleTests()
    {
        _sut = _harness.Lifecycle;
    }

    private const string MeetingId = "MCMxOTptZWV0aW5nX1pqRTBObUk1";

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task OnInstalledAsync_PersonalChat_StoresTheReferenceAndWelcomesThere()
    {
        var alice = TeamsUser.Alice;

        await _sut.OnInstalledAsync(_harness.TurnFor(Installed().InPersonalChat(alice).Build()), None);

        var stored = await _harness.Store.FindPersonalAsync(TenantId, alice.Id, None);
        Assert.Equal(
            new ConversationReference(
                TenantId,
                alice.PersonalConversationId,
                ConversationScope.Personal,
                ServiceUrl,
                BotId)
            {
                UserId = alice.Id,
                UserAadObjectId = alice.AadObjectId,
                InstalledAt = _harness.Time.GetUtcNow(),
            },
            stored);
        Assert.Equal(
            [new ConversationMember(alice.Id, alice.AadObjectId, alice.Name)],
            await _harness.Store.GetMembersAsync(TenantId, alice.PersonalConversationId, None));
        var welcome = Assert.Single(_harness.Connector.Posted);
        Assert.Equal((SentMessage.Send, alice.PersonalConversationId), (welcome.Kind, welcome.ConversationId));
        Assert.Equal(WelcomeCard.Heading, welcome.Heading);
    }

    [Fact]
    public async Task OnInstalledAsync_GroupChat_StoresTheReferenceAndWelcomesThere()
    {
        var activity = BotAdded().InGroupChat(TeamsUser.Bob, MeetingChatId, MeetingId).Build();

        await _sut.OnInstalledAsync(_harness.TurnFor(activity), None);

        var stored = await _harness.Store.GetAsync(TenantId, MeetingChatId, None);
        Assert.Equal(
            new ConversationReference(TenantId, MeetingChatId, ConversationScope.GroupChat, ServiceUrl, BotId)
            {
                MeetingId = MeetingId,
                ConversationName = GroupChatName,
                InstalledAt = _harness.Time.GetUtcNow(),
            },
            stored);
        var bob = await _harness.Store.FindTeamsUserIdAsync(TenantId, TeamsUser.Bob.AadObjectId, None);
        Assert.Equal(TeamsUser.Bob.Id, bob);
        var welcome = Assert.Single(_harness.Connector.Posted);
        Assert.Equal((SentMessage.Send, MeetingChatId), (welcome.Kind, welcome.ConversationId));
    }

    [Fact]
    public async Task OnInstalledAsync_TeamFromAChannel_StoresTheTeamAndStartsAThreadInThePickedChannel()
    {
        var activity = Installed()
            .InTeam(TeamsUser.Carol, PipelineChannelId, PipelineChannelName)
            .WithSelectedChannel(PipelineChannelId)
            .Build();

        await _sut.OnInstalledAsync(_harness.TurnFor(activity), None);

        var stored = await _harness.Store.GetAsync(TenantId, TeamId, None);
        Assert.Equal(
            new ConversationReference(TenantId, TeamId, ConversationScope.Team, ServiceUrl, BotId)
            {
                TeamId = TeamId,
                TeamName = TeamName,
                TeamAadGroupId = TeamAadGroupId,
                ChannelId = TeamId,
                InstalledAt = _harness.Time.GetUtcNow(),
            },
            stored);
        var welcome = Assert.Single(_harness.Connector.Posted);
        Assert.Equal((SentMessage.Thread, PipelineChannelId), (welcome.Kind, welcome.ConversationId));
    }

    [Fact]
    public async Task OnInstalledAsync_TeamWithoutAPickedChannel_WelcomesInGeneral()
    {
        await _sut.OnInstalledAsync(_harness.TurnFor(BotAdded().InTeam(TeamsUser.Carol).Build()), None);

        var welcome = Assert.Single(_harness.Connector.Posted);
        Assert.Equal((SentMessage.Thread, TeamId), (welcome.Kind, welcome.ConversationId));
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("team")]
    public async Task OnInstalledAsync_InstallationAndConversationUpdateBothArrive_OneWelcome(string scope)
    {
        var installation = In(Installed(), scope).Build();
        var botAdded = In(BotAdded(), scope).Build();

        await _sut.OnInstalledAsync(_harness.TurnFor(installation), None);
        await _sut.OnInstalledAsync(_harness.TurnFor(botAdded), None);

        Assert.Single(_harness.Connector.Posted);
    }

    [Fact]
    public async Task OnUninstalledAsync_PersonalChat_MarksItAndStopsProactiveSends()
    {
        var alice = TeamsUser.Alice;
        await _sut.OnInstalledAsync(_harness.TurnFor(Installed().InPersonalChat(alice).Build()), None);

        await _sut.OnUninstalledAsync(_harness.TurnFor(Uninstalled().InPersonalChat(alice).Build()), None);

        var stored = await _harness.Store.FindPersonalAsync(TenantId, alice.Id, None);
        var sent = await _harness.Messenger.SendToPersonAsync(TenantId, alice.Id, Text("Prep time"), None);
        Assert.False(stored!.Installed);
        Assert.Equal(_harness.Time.GetUtcNow(), stored.UninstalledAt);
        Assert.Equal(DeliveryStatus.NotInstalled, sent.Status);
        Assert.Single(_harness.Connector.Posted);
        Assert.Empty(_harness.Connector.CreatedPersonalChats);
    }

    [Fact]
    public async Task OnUninstalledAsync_BotRemovedFromTeam_MarksEveryKnownChannel()
    {
        await _sut.OnInstalledAsync(_harness.TurnFor(BotAdded().InTeam(TeamsUser.Carol).Build()), None);
        await _harness.Store.RememberAsync(
            new ConversationReference(TenantId, PipelineChannelId, ConversationScope.Team, ServiceUrl, BotId)
            {
                TeamId = TeamId,
            },
            [],
            None);

        await _sut.OnUninstalledAsync(_harness.TurnFor(BotRemoved().InTeam(TeamsUser.Carol).Build()), None);

        var sent = await _harness.Messenger.SendToConversationAsync(TenantId, PipelineChannelId, Text("Review"), None);
        Assert.False((await _harness.Store.GetAsync(TenantId, TeamId, None))!.Installed);
        Assert.Equal(DeliveryStatus.NotInstalled, sent.Status);
        Assert.Empty(await _harness.Store.ListInstalledTeamsAndChatsAsync(TenantId, None));
    }

    [Fact]
    public async Task OnInstalledAsync_Reinstalled_WelcomesAgainAndSendsResume()
    {
        var alice = TeamsUser.Alice;
        await _sut.OnInstalledAsync(_harness.TurnFor(Installed().InPersonalChat(alice).Build()), None);
        await _sut.OnUninstalledAsync(_harness.TurnFor(Uninstalled().InPersonalChat(alice).Build()), None);

        await _sut.OnInstalledAsync(_harness.TurnFor(Installed().InPersonalChat(alice).Build()), None);

        var sent = await _harness.Messenger.SendToPersonAsync(TenantId, alice.Id, Text("Prep time"), None);
        Assert.Equal(DeliveryStatus.Delivered, sent.Status);
        Assert.Equal(
            [WelcomeCard.Heading, WelcomeCard.Heading, null],
            _harness.Connector.Posted.Select(m => m.Heading));
    }

    [Fact]
    public async Task OnInstalledAsync_PersonalChat_WelcomeListsOnlyThatScopesCommands()
    {
        await _sut.OnInstalledAsync(_harness.TurnFor(Installed().InPersonalChat(TeamsUser.Alice).Build()), None);
        await _sut.OnInstalledAsync(_harness.TurnFor(Installed().InGroupChat(TeamsUser.Bob).Build()), None);

        var commands = _harness.Connector.Posted
            .Select(m => m.Card!.Body.OfType<FactSet>().Single().Facts.Select(f => f.Title).ToList())
            .ToList();
        Assert.Equal([["help", "my commitments"], ["help"]], commands);
    }

    [Fact]
    public async Task OnInstalledAsync_WelcomeSendFailsForGood_InstallIsStillStored()
    {
        _harness.Connector.FailingPosts = 1;

        await _sut.OnInstalledAsync(_harness.TurnFor(Installed().InGroupChat(TeamsUser.Bob).Build()), None);

        Assert.True((await _harness.Store.GetAsync(TenantId, GroupChatId, None))!.Installed);
        Assert.Empty(_harness.Connector.Posted);
    }

    private static Activity Text(string text) => ProactiveMessage.Text(text);

    private static ActivityBuilder In(ActivityBuilder builder, string scope) => scope switch
    {
        "personal" => builder.InPersonalChat(TeamsUser.Alice),
        "groupChat" => builder.InGroupChat(TeamsUser.Bob),
        _ => builder.InTeam(TeamsUser.Carol),
    };

    private sealed class PersonalOnlyCommand : IBotCommand
    {
        public string Name => "my commitments";

        public string Usage => "my commitments";

        public string Description => "List your open commitments.";

        public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

        public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken) =>
            turn.ReplyAsync("You have no open commitments.", cancellationToken);
    }
}
