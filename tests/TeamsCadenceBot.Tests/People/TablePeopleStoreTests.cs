using TeamsCadenceBot.People;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.People;

public sealed class TablePeopleStoreTests
{
    private const string Tenant = PeopleTestbed.Tenant;
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly PeopleTestbed _bed = new();
    private readonly TestUser _dana = new("Dana Lee");

    private TablePeopleStore Sut => _bed.Store;

    [Fact]
    public async Task UpsertAsync_ObjectIdFirstThenTeamsTurn_MergesIntoOnePerson()
    {
        await Sut.UpsertAsync(Tenant, new PersonSighting(_dana.AadObjectId, "Dana Lee", Email: _dana.Email), None);

        await Sut.UpsertAsync(Tenant, new PersonSighting(_dana.AadObjectId, "Dana L.", _dana.TeamsId, ClientTimeZone: "Europe/Paris"), None);

        var all = await _bed.AllAsync();
        var person = Assert.Single(all);
        Assert.Equal("Dana L.", person.Name);
        Assert.Equal(_dana.TeamsId, person.TeamsUserId);
        Assert.Equal(_dana.Email, person.Email);
        Assert.Equal("Europe/Paris", person.TimeZone);
        Assert.Equal(person, await Sut.FindByTeamsIdAsync(Tenant, _dana.TeamsId, None));
    }

    [Fact]
    public async Task UpsertAsync_TeamsTurnFirstThenDirectoryOnly_KeepsTeamsIdAndZone()
    {
        await Sut.UpsertAsync(Tenant, new PersonSighting(_dana.AadObjectId, "Dana Lee", _dana.TeamsId, ClientTimeZone: "Asia/Tokyo"), None);

        await Sut.UpsertAsync(Tenant, new PersonSighting(_dana.AadObjectId, null, UserPrincipalName: "dana@contoso.example"), None);

        var person = await Sut.FindByTeamsIdAsync(Tenant, _dana.TeamsId, None);
        Assert.NotNull(person);
        Assert.Equal("Dana Lee", person.Name);
        Assert.Equal("Asia/Tokyo", person.TimeZone);
        Assert.Equal(TimeZoneSource.Client, person.TimeZoneSource);
        Assert.Equal("dana@contoso.example", person.UserPrincipalName);
        Assert.Single(await _bed.AllAsync());
    }

    [Fact]
    public async Task UpsertAsync_NoClientZone_UsesTenantDefault()
    {
        var bed = new PeopleTestbed(defaultTimeZone: "W. Europe Standard Time");

        var person = await bed.Store.UpsertAsync(Tenant, _dana.Sighting, None);

        Assert.Equal("Europe/Berlin", person.TimeZone);
        Assert.Equal(TimeZoneSource.TenantDefault, person.TimeZoneSource);
    }

    [Fact]
    public async Task UpsertAsync_ClientZoneAfterDefault_ReplacesDefault()
    {
        await Sut.UpsertAsync(Tenant, _dana.Sighting, None);

        var person = await Sut.UpsertAsync(Tenant, _dana.Sighting with { ClientTimeZone = "America/Chicago" }, None);

        Assert.Equal("America/Chicago", person.TimeZone);
        Assert.Equal(TimeZoneSource.Client, person.TimeZoneSource);
    }

    [Fact]
    public async Task UpsertAsync_PersonChoseZone_LaterClientZoneDoesNotReplaceIt()
    {
        await Sut.UpsertAsync(Tenant, _dana.Sighting with { ClientTimeZone = "America/Chicago" }, None);
        await Sut.SetOwnTimeZoneAsync(Tenant, _dana.AadObjectId, "Europe/Lisbon", None);

        var person = await Sut.UpsertAsync(Tenant, _dana.Sighting with { ClientTimeZone = "America/Denver" }, None);

        Assert.Equal("Europe/Lisbon", person.TimeZone);
        Assert.True(person.TimeZoneSetByPerson);
    }

    [Fact]
    public async Task UpsertAsync_InvalidClientZone_KeepsDefault()
    {
        var person = await Sut.UpsertAsync(Tenant, _dana.Sighting with { ClientTimeZone = "Mars/Olympus_Mons" }, None);

        Assert.Equal("UTC", person.TimeZone);
        Assert.Equal(TimeZoneSource.TenantDefault, person.TimeZoneSource);
    }

    [Fact]
    public async Task UpsertAsync_NothingChanged_DoesNotWrite()
    {
        await Sut.UpsertAsync(Tenant, _dana.Sighting, None);
        var before = await RowAsync(_dana);

        await Sut.UpsertAsync(Tenant, _dana.Sighting, None);

        Assert.Equal(before.ETag, (await RowAsync(_dana)).ETag);
    }

    [Fact]
    public async Task UpsertAsync_SameObjectIdInTwoTenants_KeepsThemApart()
    {
        await Sut.UpsertAsync(Tenant, _dana.Sighting, None);

        await Sut.UpsertAsync("tenant-b", _dana.Sighting with { Name = "Other Dana" }, None);

        Assert.Equal("Dana Lee", (await Sut.GetAsync(Tenant, _dana.AadObjectId, None))!.Name);
        Assert.Equal("Other Dana", (await Sut.GetAsync("tenant-b", _dana.AadObjectId, None))!.Name);
    }

    [Fact]
    public async Task SetOwnTimeZoneAsync_UnknownZone_ThrowsAndChangesNothing()
    {
        await Sut.UpsertAsync(Tenant, _dana.Sighting with { ClientTimeZone = "Asia/Tokyo" }, None);

        await Assert.ThrowsAsync<ArgumentException>(() => Sut.SetOwnTimeZoneAsync(Tenant, _dana.AadObjectId, "Nowhere/Land", None));

        var person = await Sut.GetAsync(Tenant, _dana.AadObjectId, None);
        Assert.Equal("Asia/Tokyo", person!.TimeZone);
        Assert.Equal(TimeZoneSource.Client, person.TimeZoneSource);
    }

    [Fact]
    public async Task SetUnreachableAsync_ThenPersonalChatTurn_ClearsFlag()
    {
        await Sut.UpsertAsync(Tenant, _dana.Sighting, None);
        await Sut.SetUnreachableAsync(Tenant, _dana.AadObjectId, unreachable: true, None);
        Assert.True((await Sut.GetAsync(Tenant, _dana.AadObjectId, None))!.Unreachable);

        await Sut.UpsertAsync(Tenant, _dana.Sighting with { InPersonalChat = false }, None);
        Assert.True((await Sut.GetAsync(Tenant, _dana.AadObjectId, None))!.Unreachable);

        var person = await Sut.UpsertAsync(Tenant, _dana.Sighting with { InPersonalChat = true }, None);
        Assert.False(person.Unreachable);
    }

    [Fact]
    public async Task SetManagerAsync_NewManager_ListsRepUnderManager()
    {
        var sam = new TestUser("Sam Chen");
        await _bed.AddAsync(sam);
        await _bed.AddAsync(_dana);

        var change = await Sut.SetManagerAsync(Tenant, _dana.AadObjectId, sam.AadObjectId, null, None);

        Assert.Equal(ManagerChange.Changed, change);
        Assert.Equal(["Dana Lee"], await _bed.RepNamesAsync(sam));
        Assert.Equal(sam.AadObjectId, (await Sut.GetAsync(Tenant, _dana.AadObjectId, None))!.ManagerId);
    }

    [Fact]
    public async Task SetManagerAsync_Move_LeavesOldManagerWithoutRep()
    {
        var sam = new TestUser("Sam Chen");
        var kim = new TestUser("Kim Park");
        await _bed.AddAsync(sam);
        await _bed.AddAsync(kim);
        await _bed.AddAsync(_dana, sam);

        var change = await Sut.SetManagerAsync(Tenant, _dana.AadObjectId, kim.AadObjectId, sam.AadObjectId, None);

        Assert.Equal(ManagerChange.Changed, change);
        Assert.Empty(await _bed.RepNamesAsync(sam));
        Assert.Equal(["Dana Lee"], await _bed.RepNamesAsync(kim));
    }

    [Fact]
    public async Task SetManagerAsync_ManagerChangedMeanwhile_ConflictAndStalePointerIgnored()
    {
        var sam = new TestUser("Sam Chen");
        var kim = new TestUser("Kim Park");
        await _bed.AddAsync(sam);
        await _bed.AddAsync(kim);
        await _bed.AddAsync(_dana, sam);

        var change = await Sut.SetManagerAsync(Tenant, _dana.AadObjectId, kim.AadObjectId, expectedManagerId: null, None);

        Assert.Equal(ManagerChange.Conflict, change);
        Assert.Empty(await _bed.RepNamesAsync(kim));
        Assert.Equal(["Dana Lee"], await _bed.RepNamesAsync(sam));
    }

    [Fact]
    public async Task SetManagerAsync_Self_RefusedAsCycle()
    {
        await _bed.AddAsync(_dana);

        var change = await Sut.SetManagerAsync(Tenant, _dana.AadObjectId, _dana.AadObjectId, null, None);

        Assert.Equal(ManagerChange.Cycle, change);
        Assert.Null((await Sut.GetAsync(Tenant, _dana.AadObjectId, None))!.ManagerId);
    }

    [Fact]
    public async Task SetManagerAsync_ManagerReportsToPerson_RefusedAsCycle()
    {
        var sam = new TestUser("Sam Chen");
        var lee = new TestUser("Lee Jones");
        await _bed.AddAsync(lee);
        await _bed.AddAsync(sam, lee);
        await _bed.AddAsync(_dana, sam);

        var change = await Sut.SetManagerAsync(Tenant, lee.AadObjectId, _dana.AadObjectId, null, None);

        Assert.Equal(ManagerChange.Cycle, change);
        Assert.Null((await Sut.GetAsync(Tenant, lee.AadObjectId, None))!.ManagerId);
        Assert.Empty(await _bed.RepNamesAsync(_dana));
    }

    [Fact]
    public async Task SetManagerAsync_UnknownManager_NotFound()
    {
        await _bed.AddAsync(_dana);

        var change = await Sut.SetManagerAsync(Tenant, _dana.AadObjectId, Guid.NewGuid().ToString(), null, None);

        Assert.Equal(ManagerChange.NotFound, change);
    }

    [Fact]
    public async Task ListManagersOfLeaderAsync_LeaderWithManagersAndOneDirectRep_ReturnsOnlyManagers()
    {
        var lee = new TestUser("Lee Jones");
        var sam = new TestUser("Sam Chen");
        var kim = new TestUser("Kim Park");
        var solo = new TestUser("Solo Rep");
        await _bed.AddAsync(lee);
        await _bed.AddAsync(sam, lee);
        await _bed.AddAsync(kim, lee);
        await _bed.AddAsync(solo, lee);
        await _bed.AddAsync(_dana, sam);
        await _bed.AddAsync(new TestUser("Rob Roy"), kim);

        var managers = await Sut.ListManagersOfLeaderAsync(Tenant, lee.AadObjectId, None);

        Assert.Equal(["Kim Park", "Sam Chen"], managers.Select(m => m.Name));
    }

    [Fact]
    public async Task GetPositionAsync_ThreeLevels_DerivesRoles()
    {
        var lee = new TestUser("Lee Jones");
        var sam = new TestUser("Sam Chen");
        await _bed.AddAsync(lee);
        await _bed.AddAsync(sam, lee);
        await _bed.AddAsync(_dana, sam);

        var leader = await Sut.GetPositionAsync(Tenant, lee.AadObjectId, None);
        var manager = await Sut.GetPositionAsync(Tenant, sam.AadObjectId, None);
        var rep = await Sut.GetPositionAsync(Tenant, _dana.AadObjectId, None);

        Assert.Equal(PersonRoles.Manager | PersonRoles.Leader, leader!.Roles);
        Assert.Equal(PersonRoles.Rep | PersonRoles.Manager, manager!.Roles);
        Assert.Equal("Lee Jones", manager.Manager!.Name);
        Assert.Equal(PersonRoles.Rep, rep!.Roles);
        Assert.Equal(1, Assert.Single(leader.Reports).ReportCount);
    }

    [Fact]
    public async Task GetManagementChainAsync_ThreeLevels_NearestFirst()
    {
        var lee = new TestUser("Lee Jones");
        var sam = new TestUser("Sam Chen");
        await _bed.AddAsync(lee);
        await _bed.AddAsync(sam, lee);
        await _bed.AddAsync(_dana, sam);

        var chain = await Sut.GetManagementChainAsync(Tenant, _dana.AadObjectId, None);

        Assert.Equal(["Dana Lee", "Sam Chen", "Lee Jones"], chain.Select(p => p.Name));
    }

    private async Task<PersonEntity> RowAsync(TestUser user)
    {
        var table = await _bed.Tables.GetAsync("people", None);
        return (await table.GetEntityAsync<PersonEntity>(
            TableKeys.Partition(Tenant, "person"),
            TableKeys.Row(user.AadObjectId))).Value;
    }
}
