using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.Tests.Deals;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class QuotaImportEndpointTests : IAsyncLifetime
{
    private const string Route = "/admin/quotas/import";

    private static readonly string Csv =
        $"Rep,Period,Quota\n{TestPeople.MeganEmail},FY2027-Q1,\"250,000\"\nnobody@contoso.com,FY2027-Q1,1\n";

    private AdminTestHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_NoToken_UnauthorizedAndNothingWritten()
    {
        using var response = await PostAsync(Csv, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Post_TokenWithoutTheAdminRole_ForbiddenAndNothingWritten()
    {
        using var none = await PostAsync(Csv, _host.Token(roles: []));
        using var other = await PostAsync(Csv, _host.Token(roles: ["Cadence.Reader"]));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (none.StatusCode, other.StatusCode));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Post_AdminOfAnotherTenant_Forbidden()
    {
        using var response = await PostAsync(Csv, _host.Token(tenant: "11111111-2222-3333-4444-555555555555"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdminWithCsvBody_ImportsAndReportsTheRejectedRow()
    {
        using var response = await PostAsync(Csv, _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = report.RootElement;
        Assert.Equal((1, 1), (root.GetProperty("imported").GetInt32(), root.GetProperty("rejected").GetInt32()));
        var error = root.GetProperty("errors")[0];
        Assert.Equal(
            (3, "nobody@contoso.com"),
            (error.GetProperty("line").GetInt32(), error.GetProperty("rep").GetString()));
        Assert.Equal(250_000m, (await StoredAsync())[TestPeople.MeganId].Amount);
    }

    [Fact]
    public async Task Post_AdminWithMultipartFile_ImportsTheFile()
    {
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { file, "file", "quotas.csv" } };

        using var response = await _host.PostAsync(Route, form, _host.Token(), TestPeople.Tenant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await StoredAsync());
    }

    [Fact]
    public async Task Post_NotAQuotaFile_UnprocessableWithTheReason()
    {
        using var response = await PostAsync("Name,Value\nx,1\n", _host.Token());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("has no rep column", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AdminNotConfigured_NotFound()
    {
        await using var host = await AdminTestHost.StartAsync(configured: false);
        using var content = new StringContent(Csv, Encoding.UTF8, "text/csv");

        using var response = await host.PostAsync(Route, content, host.Token(), TestPeople.Tenant);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string csv, string? token)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await _host.PostAsync(Route, content, token, TestPeople.Tenant);
    }

    private async Task<IReadOnlyDictionary<string, RepQuota>> StoredAsync() =>
        await _host.Services.GetRequiredService<IQuotaStore>().GetQuotasAsync(
            TestPeople.Tenant,
            ForecastPeriod.Of(2027, 1, 1),
            [TestPeople.MeganId],
            default);
}
