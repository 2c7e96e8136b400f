using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.PipelineReviews.Settings;
using TeamsCadenceBot.Tests.Deals;

namespace TeamsCadenceBot.Tests.PipelineReviews.Settings;

public sealed class PipelineSettingsApiTests : IAsyncLifetime
{
    private static readonly string Path =
        $"/admin/teams/{TestPeople.MeganId}/pipeline-settings?tenant={TestPeople.Tenant}";

    private AdminTestHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminTestHost.StartAsync(
        services: services =>
        {
            services.AddSingleton(Org());
            services.AddOptions<GraphOptions>();
            services.AddSingleton<TeamSettingsStore>();
            services.AddSingleton<PipelineSettingsService>();
        },
        map: app => app.MapPipelineSettings());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Get_AdminToken_EveryThresholdWithItsValueDefaultAndRange()
    {
        using var response = await _host.GetAsync(Path, _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Megan Bowen", ""), (Text(body, "managerName"), Text(body, "version")));
        var settings = body.GetProperty("settings").EnumerateArray().ToList();
        Assert.Equal(ThresholdSettings.All.Select(s => s.Id), settings.Select(s => s.GetProperty("id").GetString()));
        var stalled = settings[0];
        Assert.Equal(
            ["21", "21", "1", "365", "Days"],
            new[] { "value", "default", "min", "max", "unit" }.Select(name => Text(stalled, name)));
    }

    [Fact]
    public async Task Put_ValidValuesOverTheVersionRead_SavedAndTheVersionMoves()
    {
        using var response = await PutAsync("", new { stalledAfterDays = 28, earlyStageShareLimit = "60" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual("", body.GetProperty("version").GetString());
        var stored = await Store.GetAsync(TestPeople.Tenant, TestPeople.MeganId, default);
        Assert.Equal((28, 0.60m), (stored.Thresholds.StalledAfterDays, stored.Thresholds.EarlyStageShareLimit));
    }

    [Fact]
    public async Task Put_BadValue_400NamingItAndNothingSaved()
    {
        using var response = await PutAsync("", new { stalledAfterDays = 28, closeDatePushLimit = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "**Close date pushed at least this many times** must be a whole number from 1 to 20",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal("", (await Store.GetVersionedAsync(TestPeople.Tenant, TestPeople.MeganId, default)).Version);
    }

    [Fact]
    public async Task Put_VersionOlderThanTheStoredOne_409AndNothingSaved()
    {
        (await PutAsync("", new { stalledAfterDays = 28 })).Dispose();

        using var response = await PutAsync("", new { stalledAfterDays = 35 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var stored = await Store.GetAsync(TestPeople.Tenant, TestPeople.MeganId, default);
        Assert.Equal(28, stored.Thresholds.StalledAfterDays);
    }

    [Fact]
    public async Task Put_UnknownSetting_400ListingIt()
    {
        using var response = await PutAsync("", new { stalledAfterDays = 28, stalledAfterWeeks = 4 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("Unknown settings: stalledAfterWeeks.", problem, StringComparison.Ordinal);
        Assert.Equal("", (await Store.GetVersionedAsync(TestPeople.Tenant, TestPeople.MeganId, default)).Version);
    }

    [Fact]
    public async Task Get_ManagerWithoutReps_404()
    {
        using var response = await _host.GetAsync(
            $"/admin/teams/{TestPeople.AlexId}/pipeline-settings?tenant={TestPeople.Tenant}",
            _host.Token());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_NoTokenNoRoleOrAnotherTenant_RefusedAndNothingRead()
    {
        using var none = await _host.GetAsync(Path, token: null);
        using var noRole = await _host.GetAsync(Path, _host.Token(roles: []));
        using var otherTenant = await _host.GetAsync(
            $"/admin/teams/{TestPeople.MeganId}/pipeline-settings?tenant=3b5e1c2d-7f8a-4b9c-a0d1-e2f3a4b5c6d7",
            _host.Token());

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (none.StatusCode, noRole.StatusCode, otherTenant.StatusCode));
    }

    private TeamSettingsStore Store => _host.Services.GetRequiredService<TeamSettingsStore>();

    private Task<HttpResponseMessage> PutAsync(string version, object values) =>
        _host.SendAsync(HttpMethod.Put, Path, _host.Token(), JsonContent.Create(new { version, values }));

    private static string? Text(JsonElement setting, string name) => setting.GetProperty(name).GetString();

    // Megan manages Alex; Alex manages no one.
    private static IPeopleStore Org()
    {
        var megan = TestPeople.All[1];
        var alex = TestPeople.All[0];
        var store = new Mock<IPeopleStore>(MockBehavior.Strict);
        store.Setup(s => s.GetManagementChainAsync(TestPeople.Tenant, megan.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([megan]);
        store.Setup(s => s.GetManagementChainAsync(TestPeople.Tenant, alex.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([alex, megan]);
        store.Setup(s => s.ListReportsAsync(TestPeople.Tenant, megan.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([alex]);
        store.Setup(s => s.ListReportsAsync(TestPeople.Tenant, alex.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        return store.Object;
    }
}
