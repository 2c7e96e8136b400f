using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Storage;
using static TeamsCadenceBot.Tests.Builders.ActivityBuilder;

namespace TeamsCadenceBot.Tests.Conversations;

public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero));
    private readonly ConversationStore _sut;

    public ConversationStoreTests()
    {
        _sut = new ConversationStore(TestTables.Create(), _time, NullLogger<ConversationStore>.Instance);
    }

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task MarkInstalledAsync_PersonalChat_FindableByTeamsIdAndByAadObjectId()
    {
        var alice = TeamsUser.Alice;

        await _sut.MarkInstalledAsync(Personal(alice), [Member(alice)], None);

        var byTeamsId = await _sut.FindPersonalAsync(TenantId, alice.Id, None);
        var byAadId = await _sut.FindPersonalByAadObjectIdAsync(TenantId, alice.AadObjectId, None);
        Assert.NotNull(byTeamsId);
        Assert.Equal(alice.PersonalConversationId, byTeamsId.ConversationId);
        Assert.Equal(ConversationScope.Personal, byTeamsId.Scope);
        Assert.Equal(ServiceUrl, byTeamsId.ServiceUrl);
        Assert.Equal(alice.AadObjectId, byTeamsId.UserAadObjectId);
        Assert.True(byTeamsId.Installed);
        Assert.Equal(_time.GetUtcNow(), byTeamsId.InstalledAt);
        Assert.Equal(byTeamsId, byAadId);
        Assert.Equal(ServiceUrl, await _sut.GetServiceUrlAsync(TenantId, None));
    }

    [Fact]
    public async Task FindPersonalByAadObjectIdAsync_ReadAgainSoon_AsksStorageOnceUntilItExpires()
    {
        var counter = new TableRequestCounter("");
        var tables = new TeamsCadenceBot.Storage.CadenceTables(TestTables.Options(AzuriteStorage.UniquePrefix()), counter.ClientOptions());
        var store = new ConversationStore(tables, _time, NullLogger<ConversationStore>.Instance);
        await store.MarkInstalledAsync(Personal(TeamsUser.Alice), [Member(TeamsUser.Alice)], None);
        counter.Reset();

        var first = await store.FindPersonalByAadObjectIdAsync(TenantId, TeamsUser.Alice.AadObjectId, None);
        var readsOfTheFirst = counter.Requests.Count;
        var again = await store.FindPersonalByAadObjectIdAsync(TenantId, TeamsUser.Alice.AadObjectId, None);
        var readsOfBoth = counter.Requests.Count;
        _time.Advance(ConversationStore.PersonalLifetime);
        await store.FindPersonalByAadObjectIdAsync(TenantId, TeamsUser.Alice.AadObjectId, None);

        Assert.Equal(first, again);
        Assert.Equal(3, readsOfTheFirst);
        Assert.Equal(readsOfTheFirst, readsOfBoth);
        Assert.Equal(2 * readsOfTheFirst, counter.Requests.Count);
    }

    [Fact]
    public async Task FindPersonalByAadObjectIdAsync_AfterAnUninstallHere_SeesItAtOnce()
    {
        await _sut.MarkInstalledAsync(Personal(TeamsUser.Alice), [Member(TeamsUser.Alice)], None);
        Assert.True((await _sut.FindPersonalByAadObjectIdAsync(TenantId, TeamsUser.Alice.AadObjectId, None))!.Installed);

        await _sut.MarkUninstalledAsync(TenantId, TeamsUser.Alice.PersonalConversationId, None);

        Assert.False((await _sut.FindPersonalByAadObjectIdAsync(TenantId, TeamsUser.Alice.AadObjectId, None))!.Installed);
    }

    [Fact]
    public async Task FindPersonalAsync_OtherTenant_ReturnsNull()
    {
        await _sut.MarkInstalledAsync(Personal(TeamsUser.Alice), [Member(TeamsUser.Alice)], None);

        Assert.Null(await _sut.FindPersonalAsync(OtherTenantId, TeamsUser.Alice.Id, None));
        Assert.Null(await _sut.GetAsync(OtherTenantId, TeamsUser.Alice.PersonalConversationId, None));
        Assert.Null(await _sut.GetServiceUrlAsync(OtherTenantId, None));
    }

    [Fact]
    public async Task FindPersonalAsync_PersonOnlySeenInAGroupChat_ReturnsNullButKnowsTheirTeamsId()
    {
        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Bob)], None);

        Assert.Null(await _sut.FindPersonalAsync(TenantId, TeamsUser.Bob.Id, None));
        Assert.Equal(TeamsUser.Bob.Id, await _sut.FindTeamsUserIdAsync(TenantId, TeamsUser.Bob.AadObjectId, None));
    }

    [Fact]
    public async Task RememberAsync_PersonLaterSeenInAGroupChatWithoutAadId_KeepsTheirPersonalChat()
    {
        await _sut.MarkInstalledAsync(Personal(TeamsUser.Alice), [Member(TeamsUser.Alice)], None);

        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Alice) with { AadObjectId = null }], None);

        Assert.Equal(
            TeamsUser.Alice.PersonalConversationId,
            (await _sut.FindPersonalByAadObjectIdAsync(TenantId, TeamsUser.Alice.AadObjectId, None))?.ConversationId);
    }

    [Fact]
    public async Task MarkInstalledAsync_ReportedTwice_TrueOnlyTheFirstTime()
    {
        var first = await _sut.MarkInstalledAsync(GroupChat(), [Member(TeamsUser.Alice)], None);
        var second = await _sut.MarkInstalledAsync(GroupChat(), [Member(TeamsUser.Alice)], None);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task MarkInstalledAsync_ConcurrentReports_ExactlyOneIsNew()
    {
        var reports = Enumerable.Range(0, 6)
            .Select(_ => Task.Run(() => _sut.MarkInstalledAsync(GroupChat(), [Member(TeamsUser.Alice)], None)));

        var results = await Task.WhenAll(reports);

        Assert.Single(results, isNew => isNew);
    }

    [Fact]
    public async Task MarkInstalledAsync_AfterUninstall_IsNewAgain()
    {
        await _sut.MarkInstalledAsync(GroupChat(), [], None);
        _time.Advance(TimeSpan.FromDays(1));
        var removed = await _sut.MarkUninstalledAsync(TenantId, GroupChatId, None);
        var uninstalled = await _sut.GetAsync(TenantId, GroupChatId, None);
        _time.Advance(TimeSpan.FromDays(1));

        var reinstalled = await _sut.MarkInstalledAsync(GroupChat(), [], None);

        var stored = await _sut.GetAsync(TenantId, GroupChatId, None);
        Assert.True(removed);
        Assert.False(uninstalled!.Installed);
        Assert.True(reinstalled);
        Assert.True(stored!.Installed);
        Assert.Equal(_time.GetUtcNow(), stored.InstalledAt);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromDays(1), stored.UninstalledAt);
    }

    [Fact]
    public async Task MarkUninstalledAsync_UnknownOrAlreadyUninstalled_ReturnsFalse()
    {
        await _sut.MarkInstalledAsync(GroupChat(), [], None);
        await _sut.MarkUninstalledAsync(TenantId, GroupChatId, None);

        Assert.False(await _sut.MarkUninstalledAsync(TenantId, GroupChatId, None));
        Assert.False(await _sut.MarkUninstalledAsync(TenantId, "19:unknown@thread.v2", None));
    }

    [Fact]
    public async Task RememberAsync_NewServiceUrl_KeepsTheLatest()
    {
        const string Moved = "https://smba.trafficmanager.net/emea/";
        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Alice)], None);

        await _sut.RememberAsync(GroupChat() with { ServiceUrl = Moved }, [Member(TeamsUser.Alice)], None);

        Assert.Equal(Moved, (await _sut.GetAsync(TenantId, GroupChatId, None))!.ServiceUrl);
        Assert.Equal(Moved, await _sut.GetServiceUrlAsync(TenantId, None));
    }

    [Fact]
    public async Task RememberAsync_UninstalledConversation_StaysUninstalled()
    {
        await _sut.MarkInstalledAsync(GroupChat(), [], None);
        await _sut.MarkUninstalledAsync(TenantId, GroupChatId, None);

        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Alice)], None);

        Assert.False((await _sut.GetAsync(TenantId, GroupChatId, None))!.Installed);
    }

    [Fact]
    public async Task RememberAsync_NewConversation_IsInstalledWithoutAnInstallTime()
    {
        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Alice)], None);

        var stored = await _sut.GetAsync(TenantId, GroupChatId, None);
        Assert.True(stored!.Installed);
        Assert.Null(stored.InstalledAt);
    }

    [Fact]
    public async Task RememberAsync_LaterActivityWithoutNames_KeepsTheStoredNames()
    {
        await _sut.RememberAsync(TeamChannel(PipelineChannelId, PipelineChannelName), [], None);

        await _sut.RememberAsync(TeamChannel(PipelineChannelId, channelName: null) with { TeamName = null }, [], None);

        var stored = await _sut.GetAsync(TenantId, PipelineChannelId, None);
        Assert.Equal(TeamName, stored!.TeamName);
        Assert.Equal(PipelineChannelName, stored.ChannelName);
        Assert.Equal(TeamId, stored.TeamId);
    }

    [Fact]
    public async Task MarkUninstalledAsync_TeamId_MarksEveryChannelOfTheTeam()
    {
        await _sut.MarkInstalledAsync(TeamChannel(TeamId, channelName: null), [], None);
        await _sut.RememberAsync(TeamChannel(PipelineChannelId, PipelineChannelName), [], None);

        var removed = await _sut.MarkUninstalledAsync(TenantId, TeamId, None);

        Assert.True(removed);
        Assert.False((await _sut.GetAsync(TenantId, TeamId, None))!.Installed);
        Assert.False((await _sut.GetAsync(TenantId, PipelineChannelId, None))!.Installed);
    }

    [Fact]
    public async Task MarkInstalledAsync_TeamReinstalled_MarksItsKnownChannelsInstalled()
    {
        await _sut.MarkInstalledAsync(TeamChannel(TeamId, channelName: null), [], None);
        await _sut.RememberAsync(TeamChannel(PipelineChannelId, PipelineChannelName), [], None);
        await _sut.MarkUninstalledAsync(TenantId, PipelineChannelId, None);

        var reinstalled = await _sut.MarkInstalledAsync(TeamChannel(TeamId, channelName: null), [], None);

        Assert.True(reinstalled);
        Assert.True((await _sut.GetAsync(TenantId, PipelineChannelId, None))!.Installed);
    }

    [Fact]
    public async Task ListInstalledTeamsAndChatsAsync_MixedConversations_OneReferencePerTeamAndEachInstalledChat()
    {
        const string OtherChat = "19:c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3@thread.v2";
        await _sut.MarkInstalledAsync(Personal(TeamsUser.Alice), [Member(TeamsUser.Alice)], None);
        await _sut.MarkInstalledAsync(GroupChat(), [], None);
        await _sut.MarkInstalledAsync(GroupChat() with { ConversationId = OtherChat }, [], None);
        await _sut.MarkUninstalledAsync(TenantId, OtherChat, None);
        await _sut.MarkInstalledAsync(TeamChannel(TeamId, channelName: null), [], None);
        await _sut.RememberAsync(TeamChannel(PipelineChannelId, PipelineChannelName), [], None);
        await _sut.MarkInstalledAsync(GroupChat() with { TenantId = OtherTenantId }, [], None);

        var installed = await _sut.ListInstalledTeamsAndChatsAsync(TenantId, None);

        Assert.Equal(
            [(GroupChatId, ConversationScope.GroupChat), (TeamId, ConversationScope.Team)],
            installed.Select(c => (c.ConversationId, c.Scope)).Order());
    }

    [Fact]
    public async Task GetMembersAsync_PeopleSeenRepeatedly_ListsEachOnceWithTheirLatestName()
    {
        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Alice), Member(TeamsUser.Bob)], None);
        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Bob) with { Name = "Bob Chen (Sales)" }], None);

        var members = await _sut.GetMembersAsync(TenantId, GroupChatId, None);

        Assert.Equal(
            [Member(TeamsUser.Alice), Member(TeamsUser.Bob) with { Name = "Bob Chen (Sales)" }],
            members.OrderBy(m => m.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task RemoveMemberAsync_PersonLeft_NoLongerListed()
    {
        await _sut.RememberAsync(GroupChat(), [Member(TeamsUser.Alice), Member(TeamsUser.Bob)], None);

        await _sut.RemoveMemberAsync(TenantId, GroupChatId, TeamsUser.Bob.Id, None);

        Assert.Equal([Member(TeamsUser.Alice)], await _sut.GetMembersAsync(TenantId, GroupChatId, None));
    }

    [Fact]
    public async Task RememberAsync_ManyMembers_EachStoredAsItsOwnRow()
    {
        var people = Enumerable.Range(0, 250)
            .Select(i => new ConversationMember($"29:1member{i:D4}", Guid.NewGuid().ToString(), new string('n', 200)))
            .ToList();

        await _sut.RememberAsync(TeamChannel(TeamId, channelName: null), people, None);

        Assert.Equal(250, (await _sut.GetMembersAsync(TenantId, TeamId, None)).Count);
    }

    private static ConversationMember Member(TeamsUser user) => new(user.Id, user.AadObjectId, user.Name);

    private static ConversationReference Personal(TeamsUser user) =>
        new(TenantId, user.PersonalConversationId, ConversationScope.Personal, ServiceUrl, BotId)
        {
            UserId = user.Id,
            UserAadObjectId = user.AadObjectId,
        };

    private static ConversationReference GroupChat() =>
        new(TenantId, GroupChatId, ConversationScope.GroupChat, ServiceUrl, BotId) { ConversationName = GroupChatName };

    private static ConversationReference TeamChannel(string channelId, string? channelName) =>
        new(TenantId, channelId, ConversationScope.Team, ServiceUrl, BotId)
        {
            TeamId = TeamId,
            TeamName = TeamName,
            TeamAadGroupId = TeamAadGroupId,
            ChannelId = channelId,
            ChannelName = channelName,
        };
}
