using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class ProactiveInstallerTests
{
    private const string AppId = "b1c5353a-7aca-41b3-830f-27d5218fe0e5";
    private static readonly TestPerson Rep = TestPerson.Rep;
    private static readonly TestPerson Second = TestPerson.SecondRep;

    [Fact]
    public async Task InstallForAsync_PersonWithoutTheApp_InstallsAndReadsTheChat()
    {
        await using var bed = await StartAsync();
        var rep = await bed.KnowAsync(Rep);
        var sut = bed.Installer;

        var report = await sut.InstallForAsync(GraphTestbed.Tenant, [rep], CancellationToken.None);

        Assert.Equal(new ProactiveInstallReport(1, 0, 0, 0, AppInCatalog: true), report);
        var apps = $"/users/{Rep.Id}/teamwork/installedApps";
        Assert.Single(bed.Server.RequestsTo(apps), r => r.Method == "POST");
        Assert.Single(bed.Server.RequestsTo(apps + "/inst-rae/chat"));
    }

    [Fact]
    public async Task InstallForAsync_PersonalChatStoredOrBlocked_LeavesThemAlone()
    {
        await using var bed = await StartAsync();
        var rep = await bed.KnowAsync(Rep);
        var second = await bed.KnowAsync(Second);
        await bed.Conversations.RememberAsync(
            new ConversationReference(GraphTestbed.Tenant, "a:rae-personal", ConversationScope.Personal, "https://smba.example/", "28:bot")
            {
                UserId = "29:rae",
                UserAadObjectId = Rep.Id,
            },
            [new ConversationMember("29:rae", Rep.Id, Rep.Name)],
            CancellationToken.None);
        await bed.People.SetUnreachableAsync(GraphTestbed.Tenant, Second.Id, unreachable: true, CancellationToken.None);
        var sut = bed.Installer;

        var report = await sut.InstallForAsync(
            GraphTestbed.Tenant,
            [rep, (await bed.People.GetAsync(GraphTestbed.Tenant, second.Id, CancellationToken.None))!],
            CancellationToken.None);

        Assert.Equal(new ProactiveInstallReport(0, 0, 2, 0, AppInCatalog: true), report);
        Assert.DoesNotContain(bed.Server.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task InstallForAsync_OneRefusedByPolicy_InstallsTheOthersAndCountsTheFailure()
    {
        await using var bed = await StartAsync();
        bed.Server.On("POST", $"/users/{Second.Id}/teamwork/installedApps", GraphAnswer.Error(403, "Forbidden", "App blocked by policy."));
        var people = new List<Person> { await bed.KnowAsync(Second), await bed.KnowAsync(Rep) };
        var sut = bed.Installer;

        var report = await sut.InstallForAsync(GraphTestbed.Tenant, people, CancellationToken.None);

        Assert.Equal((1, 1), (report.Installed, report.Failed));
        Assert.Equal(1, bed.Recorder.Sum("cadence.failures", "area", "graph"));
    }

    [Fact]
    public async Task InstallForAsync_AppNotInCatalog_InstallsNobody()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", "/appCatalogs/teamsApps", GraphAnswer.Ok(GraphShapes.NoCatalogApps()));
        var rep = await bed.KnowAsync(Rep);
        var sut = bed.Installer;

        var report = await sut.InstallForAsync(GraphTestbed.Tenant, [rep], CancellationToken.None);

        Assert.False(report.AppInCatalog);
        Assert.Single(bed.Server.Requests);
    }

    private static async Task<GraphTestbed> StartAsync()
    {
        var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", "/appCatalogs/teamsApps", GraphAnswer.Ok(GraphShapes.CatalogApps(AppId, bed.Options.TeamsAppExternalId!)));
        foreach (var (person, installation) in new[] { (Rep, "inst-rae"), (Second, "inst-sam") })
        {
            var apps = $"/users/{person.Id}/teamwork/installedApps";
            bed.Server
                .On("POST", apps, GraphAnswer.Created())
                .On("GET", apps, GraphAnswer.Ok(GraphShapes.Installations(installation, AppId)))
                .On("GET", $"{apps}/{installation}/chat", GraphAnswer.Ok(GraphShapes.Chat($"19:{person.Id}_bot@unq.gbl.spaces")));
        }

        return bed;
    }
}
