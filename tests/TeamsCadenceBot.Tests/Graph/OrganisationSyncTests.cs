using TeamsCadenceBot.Graph;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class OrganisationSyncTests
{
    private static readonly TestPerson Leader = TestPerson.Leader;
    private static readonly TestPerson Manager = TestPerson.Manager;
    private static readonly TestPerson Other = TestPerson.OtherManager;
    private static readonly TestPerson Rep = TestPerson.Rep;
    private static readonly TestPerson Second = TestPerson.SecondRep;

    [Fact]
    public async Task SyncAsync_FromARoot_RecordsEveryoneBelowWithTheirManagers()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.OrganisationSync.RootUserIds.Add(Leader.Id));
        OrgChart.Serve(bed.Server, (Leader, [Manager, Other]), (Manager, [Rep, Second]));
        var sut = bed.Sync;

        var report = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.Equal(new OrganisationSyncReport(5, 4, 0, 0, 0, false), report);
        Assert.Null(await bed.ManagerOfAsync(Leader));
        Assert.Equal(Leader.Id, await bed.ManagerOfAsync(Manager));
        Assert.Equal(Leader.Id, await bed.ManagerOfAsync(Other));
        Assert.Equal(Manager.Id, await bed.ManagerOfAsync(Rep));
        Assert.Equal(Manager.Id, await bed.ManagerOfAsync(Second));
        var rep = await bed.People.GetAsync(GraphTestbed.Tenant, Rep.Id, CancellationToken.None);
        Assert.Equal(("Rae Rep", "rae@contoso.com"), (rep!.Name, rep.Email));
    }

    [Fact]
    public async Task SyncAsync_NoRoots_SyncsTheKnownManagersAndTheirReports()
    {
        await using var bed = await GraphTestbed.StartAsync();
        await bed.KnowAsync(Manager);
        await bed.KnowAsync(Rep, managerId: Manager.Id);
        OrgChart.Serve(bed.Server, (Leader, [Manager]), (Manager, [Rep, Second]));
        var sut = bed.Sync;

        var report = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.Equal(Leader.Id, await bed.ManagerOfAsync(Manager));
        Assert.Equal(Manager.Id, await bed.ManagerOfAsync(Second));
        Assert.Equal(Manager.Id, await bed.ManagerOfAsync(Rep));
        Assert.Equal(2, report.ManagersChanged);
        Assert.Empty(bed.Server.RequestsTo($"/users/{Rep.Id}/directReports"));
    }

    [Fact]
    public async Task SyncAsync_ManagerChosenInTheBotBeforeAnySync_KeepsTheChoice()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.OrganisationSync.RootUserIds.Add(Manager.Id));
        await bed.KnowAsync(Other);
        await bed.KnowAsync(Rep, managerId: Other.Id);
        OrgChart.Serve(bed.Server, (Manager, [Rep]));
        var sut = bed.Sync;

        var report = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.Equal(Other.Id, await bed.ManagerOfAsync(Rep));
        Assert.Equal(1, report.ChoicesKept);
        Assert.Equal(0, report.ManagersChanged);
    }

    [Fact]
    public async Task SyncAsync_DirectoryChangedAndNobodyChoseOtherwise_DirectoryWins()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.OrganisationSync.RootUserIds.Add(Leader.Id));
        OrgChart.Serve(bed.Server, (Leader, [Manager, Other]), (Manager, [Rep]));
        await bed.Sync.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);
        OrgChart.Serve(bed.Server, (Leader, [Manager, Other]), (Other, [Rep]));
        var sut = bed.Sync;

        var report = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.Equal(Other.Id, await bed.ManagerOfAsync(Rep));
        Assert.Equal(1, report.ManagersChanged);
        Assert.Empty(await bed.People.ListReportsAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None));
    }

    [Fact]
    public async Task SyncAsync_ChangedInTheBotAfterTheLastSync_KeptUntilTheDirectoryChanges()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.OrganisationSync.RootUserIds.Add(Leader.Id));
        OrgChart.Serve(bed.Server, (Leader, [Manager, Other]), (Manager, [Rep]));
        await bed.Sync.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);
        await bed.People.SetManagerAsync(GraphTestbed.Tenant, Rep.Id, Other.Id, Manager.Id, CancellationToken.None);
        var sut = bed.Sync;

        var unchangedDirectory = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);
        var keptAgain = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);
        var managerWhileKept = await bed.ManagerOfAsync(Rep);
        OrgChart.Serve(bed.Server, (Leader, [Manager, Other, Rep]));
        await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.Equal((1, 1), (unchangedDirectory.ChoicesKept, keptAgain.ChoicesKept));
        Assert.Equal(Other.Id, managerWhileKept);
        Assert.Equal(Leader.Id, await bed.ManagerOfAsync(Rep));
    }

    [Fact]
    public async Task SyncAsync_DirectoryWouldMakeALoopWithAChoiceInTheBot_RefusesThatChange()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.OrganisationSync.RootUserIds.Add(Manager.Id));
        await bed.KnowAsync(Rep);
        await bed.KnowAsync(Manager, managerId: Rep.Id);
        OrgChart.Serve(bed.Server, (Manager, [Rep]));
        var sut = bed.Sync;

        var report = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.Equal(1, report.CyclesRefused);
        Assert.Null(await bed.ManagerOfAsync(Rep));
        Assert.Equal(Rep.Id, await bed.ManagerOfAsync(Manager));
    }

    [Fact]
    public async Task SyncAsync_MorePeopleThanTheLimit_StopsAndSaysSo()
    {
        await using var bed = await GraphTestbed.StartAsync(o =>
        {
            o.OrganisationSync.RootUserIds.Add(Leader.Id);
            o.OrganisationSync.MaxPeople = 3;
        });
        OrgChart.Serve(bed.Server, (Leader, [Manager, Other]), (Manager, [Rep, Second]));
        var sut = bed.Sync;

        var report = await sut.SyncAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.True(report.Truncated);
        Assert.Equal(3, report.PeopleSeen);
        Assert.Null(await bed.People.GetAsync(GraphTestbed.Tenant, Rep.Id, CancellationToken.None));
    }
}
