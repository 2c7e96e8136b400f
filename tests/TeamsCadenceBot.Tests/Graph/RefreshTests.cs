using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Fakes;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class RefreshTests
{
    private static readonly TestPerson Leader = TestPerson.Leader;
    private static readonly TestPerson Manager = TestPerson.Manager;
    private static readonly TestPerson Rep = TestPerson.Rep;

    [Fact]
    public void NextDailyRefresh_BeforeOrAfterTheTime_IsTodayOrTomorrow()
    {
        var twoAm = new TimeSpan(2, 0, 0);

        var early = GraphWork.NextDailyRefresh(GraphTestbed.Tenant, Utc(2026, 12, 3, 1), twoAm);
        var late = GraphWork.NextDailyRefresh(GraphTestbed.Tenant, Utc(2026, 12, 3, 2), twoAm);

        Assert.Equal(("graph.refresh:2026-12-03", Utc(2026, 12, 3, 2)), (early.Id, early.DueAt));
        Assert.Equal(("graph.refresh:2026-12-04", Utc(2026, 12, 4, 2)), (late.Id, late.DueAt));
    }

    [Fact]
    public async Task RefreshTenantAsync_EverythingOn_SyncsInstallsAndProposesInOrder()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.OrganisationSync.RootUserIds.Add(Leader.Id));
        ServeOrganisationAppsAndCalendars(bed);
        var sut = bed.Refresh;

        var summary = await sut.RefreshTenantAsync(GraphTestbed.Tenant, CancellationToken.None);

        Assert.Equal(3, summary.Organisation!.PeopleSeen);
        Assert.Equal(3, summary.Installs!.Installed);
        Assert.Equal(1, summary.OneOnOnesProposed);
        Assert.Contains("3 people read, 2 managers updated", summary.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyRefreshHandler_Runs_PlansTomorrowsRefreshFirst()
    {
        await using var bed = await GraphTestbed.StartAsync(o =>
        {
            o.OrganisationSync.Enabled = false;
            o.CalendarDiscovery.Enabled = false;
            o.ProactiveInstall.Enabled = false;
        });
        bed.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 2, 0, 5, TimeSpan.Zero));
        var sut = new DailyRefreshHandler(bed.Refresh, bed.Schedule, Options.Create(bed.Options), bed.Clock);
        var today = GraphWork.NextDailyRefresh(GraphTestbed.Tenant, Utc(2026, 12, 4, 1), bed.Options.RefreshTime);

        await sut.HandleAsync(today, CancellationToken.None);

        var due = await bed.Schedule.ReadDueAsync(GraphTestbed.Tenant, Utc(2026, 12, 5, 2), 10, CancellationToken.None);
        Assert.Equal(["graph.refresh:2026-12-05"], due.Select(w => w.WorkId));
        Assert.Empty(bed.Server.Requests);
    }

    [Fact]
    public async Task RequestedRefreshHandler_Done_QueuesTheReportToWhoeverAsked()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.OrganisationSync.RootUserIds.Add(Leader.Id));
        ServeOrganisationAppsAndCalendars(bed);
        var work = GraphWork.Requested(GraphTestbed.Tenant, Manager.Id, bed.Clock.GetUtcNow());
        var sut = new RequestedRefreshHandler(bed.Refresh, bed.Outbound);

        await sut.HandleAsync(work, CancellationToken.None);

        var report = await bed.Outbox.GetAsync(GraphTestbed.Tenant, work.Id + ":report", CancellationToken.None);
        Assert.NotNull(report);
        Assert.Equal(Manager.Id, report.Message.Target.PersonId);
        Assert.Contains("1 recurring 1:1s found", report.Message.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("Installed for 1 people", report.Message.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncOrgCommand_SomeoneWhoManagesNobody_IsRefusedAndNothingScheduled()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", $"/users/{Rep.Id}/directReports", GraphAnswer.Ok(GraphShapes.DirectReports(null)));
        var connector = new FakeConnector();
        var sut = Command(bed);

        await sut.HandleAsync(PersonalTurn(Rep, connector), "", CancellationToken.None);

        Assert.Contains("Only managers and admins", Assert.Single(connector.Sent).Text, StringComparison.Ordinal);
        Assert.Empty(await bed.Schedule.ListTenantsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SyncOrgCommand_ManagerInTheDirectory_SchedulesTheRefreshNow()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", $"/users/{Manager.Id}/directReports", GraphAnswer.Ok(GraphShapes.DirectReports(null, Rep.AsReport())));
        var connector = new FakeConnector();
        var sut = Command(bed);

        await sut.HandleAsync(PersonalTurn(Manager, connector), "", CancellationToken.None);

        Assert.Contains("I'll message you here", Assert.Single(connector.Sent).Text, StringComparison.Ordinal);
        var due = await bed.Schedule.ReadDueAsync(GraphTestbed.Tenant, bed.Clock.GetUtcNow(), 10, CancellationToken.None);
        Assert.Equal(GraphWork.RequestedRefresh, Assert.Single(due).Kind);
    }

    private static SyncOrgCommand Command(GraphTestbed bed) =>
        new(bed.People, bed.Directory, bed.Schedule, Options.Create(bed.Options), bed.Clock);

    // Leader manages Manager, who manages Rep; nobody has the app; Manager meets Rae weekly.
    private static void ServeOrganisationAppsAndCalendars(GraphTestbed bed)
    {
        OrgChart.Serve(bed.Server, (Leader, [Manager]), (Manager, [Rep]));
        bed.Server.On("GET", "/appCatalogs/teamsApps", GraphAnswer.Ok(GraphShapes.CatalogApps("app-1", bed.Options.TeamsAppExternalId!)));
        foreach (var person in new[] { Leader, Manager, Rep })
        {
            var apps = $"/users/{person.Id}/teamwork/installedApps";
            bed.Server
                .On("POST", apps, GraphAnswer.Created())
                .On("GET", apps, GraphAnswer.Ok(GraphShapes.Installations("inst-" + person.Name[..3], "app-1")))
                .On("GET", $"{apps}/inst-{person.Name[..3]}/chat", GraphAnswer.Ok(GraphShapes.Chat("19:chat@unq.gbl.spaces")))
                .On("GET", $"/users/{person.Id}/calendarView", GraphAnswer.Ok(GraphShapes.Events()));
        }

        bed.Server
            .On("GET", $"/users/{Manager.Id}/calendarView", GraphAnswer.Ok(GraphShapes.Events(
                GraphShapes.Event("occ-1", "occurrence", "master-1", "2026-12-08T09:00:00", "2026-12-08T09:30:00", Manager.Mail, [GraphShapes.Attendee(Rep.Mail)]))))
            .On("GET", $"/users/{Manager.Id}/events/master-1", GraphAnswer.Ok(GraphShapes.Event(
                "master-1", "seriesMaster", null, "2026-01-06T09:00:00", "2026-01-06T09:30:00", Manager.Mail,
                [GraphShapes.Attendee(Rep.Mail)], GraphShapes.Weekly("tuesday"))));
    }

    private static Turn PersonalTurn(TestPerson from, IConnectorClient connector)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Text = "sync org",
            From = new ChannelAccount("29:" + from.Id, from.Name, from.Id),
            Recipient = new ChannelAccount("28:bot", "Cadence"),
            Conversation = new ConversationAccount("a:personal-" + from.Id, "personal", GraphTestbed.Tenant),
            ServiceUrl = "https://smba.example/emea/",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(GraphTestbed.Tenant) },
        };
        var address = new ConversationAddress(activity.ServiceUrl, activity.Conversation.Id, GraphTestbed.Tenant);
        return new Turn(activity, GraphTestbed.Tenant, address, connector);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
