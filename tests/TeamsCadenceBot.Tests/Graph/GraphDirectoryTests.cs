using Azure.Core;
using TeamsCadenceBot.Graph;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class GraphDirectoryTests
{
    private static readonly TestPerson Manager = TestPerson.Manager;

    [Fact]
    public async Task ListDirectReportsAsync_TwoPagesWithAContact_ReturnsTheUsersOfBothPages()
    {
        await using var bed = await GraphTestbed.StartAsync();
        var path = $"/users/{Manager.Id}/directReports";
        bed.Server
            .On("GET", path, GraphAnswer.Ok(GraphShapes.DirectReports(
                "{base}" + path + "?$skiptoken=page2",
                TestPerson.Rep.AsReport(),
                GraphShapes.ReportContact("c0000000-0000-4000-8000-000000000009", "Vendor Contact"))))
            .On("GET", path, "$skiptoken=page2", GraphAnswer.Ok(GraphShapes.DirectReports(null, TestPerson.SecondRep.AsReport())));
        var sut = bed.Directory;

        var reports = await sut.ListDirectReportsAsync(Manager.Id, CancellationToken.None);

        Assert.Equal([TestPerson.Rep.Id, TestPerson.SecondRep.Id], reports.Select(r => r.Id));
        Assert.Equal("rae@contoso.com", reports[0].Mail);
        Assert.Equal(2, bed.Server.RequestsTo(path).Count);
    }

    [Fact]
    public async Task GetManagerAsync_DirectoryAnswers404_ReturnsNull()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On(
            "GET",
            $"/users/{Manager.Id}/manager",
            GraphAnswer.Error(404, "Request_ResourceNotFound", "Resource 'manager' does not exist."));
        var sut = bed.Directory;

        var manager = await sut.GetManagerAsync(Manager.Id, CancellationToken.None);

        Assert.Null(manager);
    }

    [Fact]
    public async Task GetManagerAsync_UserManager_ReadsTheUserAndSelectsOnlyWhatIsUsed()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", $"/users/{Manager.Id}/manager", GraphAnswer.Ok(TestPerson.Leader.AsManager()));
        var sut = bed.Directory;

        var manager = await sut.GetManagerAsync(Manager.Id, CancellationToken.None);

        Assert.Equal(new DirectoryUser(TestPerson.Leader.Id, "Lee Leader", "lee@contoso.com", "lee@contoso.com"), manager);
        var query = Assert.Single(bed.Server.Requests).Query;
        Assert.Contains("$select=id,displayName,mail,userPrincipalName", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListCalendarViewAsync_RecurringMeeting_ReadsKindSeriesTimesAndPeopleButNotRooms()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", $"/users/{Manager.Id}/calendarView", GraphAnswer.Ok(GraphShapes.Events(
            GraphShapes.Event(
                "occ-1",
                "occurrence",
                "master-1",
                "2026-12-08T09:00:00",
                "2026-12-08T09:30:00",
                Manager.Mail,
                [GraphShapes.Attendee("Rae@Contoso.com"), GraphShapes.Attendee("room-4@contoso.com", "resource")]))));
        var sut = bed.Directory;
        var from = bed.Clock.GetUtcNow();

        var events = await sut.ListCalendarViewAsync(Manager.Id, from, from.AddDays(14), CancellationToken.None);

        var occurrence = Assert.Single(events);
        Assert.Equal(CalendarEventKind.Occurrence, occurrence.Kind);
        Assert.Equal("master-1", occurrence.SeriesMasterId);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero), occurrence.Start);
        Assert.Equal(TimeSpan.FromMinutes(30), occurrence.End - occurrence.Start);
        Assert.Equal(["mia@contoso.com", "rae@contoso.com"], occurrence.Participants);
        var request = Assert.Single(bed.Server.Requests);
        Assert.Contains("startDateTime=2026-12-03T09:00:00", request.Query, StringComparison.Ordinal);
        Assert.Contains("endDateTime=2026-12-17T09:00:00", request.Query, StringComparison.Ordinal);
        Assert.Equal("outlook.timezone=\"UTC\"", request.Prefer);
    }

    [Fact]
    public async Task GetEventAsync_SeriesMaster_ReadsTheWeeklyPattern()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", $"/users/{Manager.Id}/events/master-1", GraphAnswer.Ok(GraphShapes.Event(
            "master-1",
            "seriesMaster",
            null,
            "2026-01-06T09:00:00",
            "2026-01-06T09:30:00",
            Manager.Mail,
            [GraphShapes.Attendee(TestPerson.Rep.Mail)],
            GraphShapes.Weekly("tuesday", interval: 2))));
        var sut = bed.Directory;

        var master = await sut.GetEventAsync(Manager.Id, "master-1", CancellationToken.None);

        Assert.NotNull(master);
        Assert.Equal(CalendarEventKind.SeriesMaster, master.Kind);
        Assert.NotNull(master.Recurrence);
        Assert.Equal(("Weekly", 2), (master.Recurrence.PatternType, master.Recurrence.Interval));
        Assert.Equal([DayOfWeek.Tuesday], master.Recurrence.DaysOfWeek);
        Assert.Equal("W. Europe Standard Time", master.OriginalStartTimeZone);
    }

    [Fact]
    public async Task InstallAppForUserAsync_Installs_BindsTheCatalogAppByUrl()
    {
        await using var bed = await GraphTestbed.StartAsync();
        var path = $"/users/{TestPerson.Rep.Id}/teamwork/installedApps";
        bed.Server.On("POST", path, GraphAnswer.Created());
        var sut = bed.Directory;

        var result = await sut.InstallAppForUserAsync(TestPerson.Rep.Id, "app-1", CancellationToken.None);

        Assert.Equal(AppInstallResult.Installed, result);
        var body = Assert.Single(bed.Server.RequestsTo(path)).Body;
        Assert.Contains($"\"teamsApp@odata.bind\":\"{bed.Server.BaseUrl}/appCatalogs/teamsApps/app-1\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAppForUserAsync_AlreadyInstalled409_SaysSo()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On(
            "POST",
            $"/users/{TestPerson.Rep.Id}/teamwork/installedApps",
            GraphAnswer.Error(409, "Conflict", "App is already installed."));
        var sut = bed.Directory;

        var result = await sut.InstallAppForUserAsync(TestPerson.Rep.Id, "app-1", CancellationToken.None);

        Assert.Equal(AppInstallResult.AlreadyInstalled, result);
    }

    [Fact]
    public async Task FindTeamsAppAsync_FiltersByExternalId_ReturnsTheCatalogId()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", "/appCatalogs/teamsApps", GraphAnswer.Ok(GraphShapes.CatalogApps("b1c5353a-7aca-41b3-830f-27d5218fe0e5", "ext-1")));
        var sut = bed.Directory;

        var appId = await sut.FindTeamsAppAsync("ext-1", CancellationToken.None);

        Assert.Equal("b1c5353a-7aca-41b3-830f-27d5218fe0e5", appId);
        Assert.Contains("$filter=externalId eq 'ext-1'", Assert.Single(bed.Server.Requests).Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetInstallationChatIdAsync_Installed_ReturnsTheChatId()
    {
        await using var bed = await GraphTestbed.StartAsync();
        var apps = $"/users/{TestPerson.Rep.Id}/teamwork/installedApps";
        bed.Server
            .On("GET", apps, GraphAnswer.Ok(GraphShapes.Installations("inst-1", "app-1")))
            .On("GET", apps + "/inst-1/chat", GraphAnswer.Ok(GraphShapes.Chat("19:rae_bot@unq.gbl.spaces")));
        var sut = bed.Directory;

        var installation = await sut.FindInstallationAsync(TestPerson.Rep.Id, "app-1", CancellationToken.None);
        var chatId = await sut.GetInstallationChatIdAsync(TestPerson.Rep.Id, installation!, CancellationToken.None);

        Assert.Equal("inst-1", installation);
        Assert.Equal("19:rae_bot@unq.gbl.spaces", chatId);
        Assert.Contains("$filter=teamsApp/id eq 'app-1'", bed.Server.RequestsTo(apps)[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUserAsync_WithCredential_SendsTheAppTokenAsBearer()
    {
        await using var bed = await GraphTestbed.StartAsync(credential: new StaticCredential("app-only-token"));
        bed.Server.On("GET", $"/users/{Manager.Id}", GraphAnswer.Ok(Manager.AsUser()));
        var sut = bed.Directory;

        var user = await sut.GetUserAsync(Manager.Id, CancellationToken.None);

        Assert.Equal("Mia Manager", user?.DisplayName);
        Assert.Equal("Bearer app-only-token", Assert.Single(bed.Server.Requests).Authorization);
    }

    private sealed class StaticCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
