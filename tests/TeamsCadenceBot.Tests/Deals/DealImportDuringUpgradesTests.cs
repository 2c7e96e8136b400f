using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealImportDuringUpgradesTests : IAsyncLifetime
{
    private static readonly string Csv = CsvFile.Short(CrmLayout.Salesforce, new CsvRow("006A", "Contoso - renewal"));

    private readonly HeldUpgrade _held = new();
    private AdminTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await AdminTestHost.StartAsync(
            services: s => s.AddSingleton<IStorageUpgrade>(_held),
            waitForUpgrades: false);

    public async Task DisposeAsync()
    {
        _held.Release();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Post_WhileTheStorageUpgradesRun_Answers503WithRetryAfterAndImportsNothing()
    {
        using var response = await _host.PostCsvAsync(Csv, _host.Token());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Contains(
            "storage upgrades",
            await response.Content.ReadAsStringAsync(),
            StringComparison.OrdinalIgnoreCase);
        Assert.Null(await _host.Services.GetRequiredService<TeamsCadenceBot.Deals.IDealStore>()
            .GetAsync(TestPeople.Tenant, "006A", default));
    }

    [Fact]
    public async Task Post_OnceTheStorageUpgradesAreDone_Imports()
    {
        _held.Release();
        await _host.Services.GetRequiredService<StorageUpgrades>().WhenCompleted.WaitAsync(TimeSpan.FromSeconds(20));

        using var response = await _host.PostCsvAsync(Csv, _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostQuotas_WhileTheStorageUpgradesRun_Answers503()
    {
        using var response = await _host.PostAsync(
            "/admin/quotas/import",
            new StringContent("Rep,Quota\nalex@contoso.com,100000\n", System.Text.Encoding.UTF8, "text/csv"),
            _host.Token(),
            TestPeople.Tenant);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoTokenWhileTheStorageUpgradesRun_StillUnauthorized()
    {
        using var response = await _host.PostCsvAsync(Csv, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
