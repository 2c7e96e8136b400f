using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealImportEndpointTests : IAsyncLifetime
{
    private static readonly string Csv = CsvFile.Short(
        CrmLayout.Salesforce,
        new CsvRow("006A", "Contoso - renewal"),
        new CsvRow("006B", "Bad", CloseDate: "someday"));

    private AdminTestHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_NoToken_Unauthorized()
    {
        using var response = await _host.PostCsvAsync(Csv, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenWithoutTheRole_Forbidden()
    {
        using var none = await _host.PostCsvAsync(Csv, _host.Token(roles: []));
        using var other = await _host.PostCsvAsync(Csv, _host.Token(roles: ["Cadence.Reader"]));

        Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Post_TokenForAnotherAudience_Unauthorized()
    {
        using var response = await _host.PostCsvAsync(Csv, _host.Token(audience: "api://someone-else"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenSignedWithAnotherKey_Unauthorized()
    {
        using var response = await _host.PostCsvAsync(Csv, _host.Token(key: AdminTestHost.ForgedKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenOfAnotherIssuer_Unauthorized()
    {
        using var response = await _host.PostCsvAsync(Csv, _host.Token(issuer: "https://login.microsoftonline.com/evil/v2.0"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExpiredToken_Unauthorized()
    {
        var token = _host.Token();
        _host.Clock.Advance(TimeSpan.FromHours(2));

        using var response = await _host.PostCsvAsync(Csv, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdminOfAnotherTenant_Forbidden()
    {
        using var response = await _host.PostCsvAsync(Csv, _host.Token(tenant: "11111111-2222-3333-4444-555555555555"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdminTokenWithCsvBody_ImportsAndReports()
    {
        using var response = await _host.PostCsvAsync(Csv, _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = report.RootElement;
        Assert.Equal("Salesforce", root.GetProperty("layout").GetString());
        Assert.Equal((1, 1), (root.GetProperty("imported").GetInt32(), root.GetProperty("rejected").GetInt32()));
        var error = root.GetProperty("errors")[0];
        Assert.Equal((3, "006B"), (error.GetProperty("line").GetInt32(), error.GetProperty("crmId").GetString()));
    }

    [Fact]
    public async Task Post_AdminTokenWithMultipartFile_ImportsTheFile()
    {
        using var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { new StringContent("note"), "comment" }, { file, "file", "deals.csv" } };

        using var response = await _host.PostAsync(form, _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, report.RootElement.GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Post_UnreadableFile_UnprocessableWithTheReason()
    {
        using var response = await _host.PostCsvAsync("Name,Value\nx,1\n", _host.Token());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("neither a Salesforce", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_JsonBody_UnsupportedMediaType()
    {
        using var json = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        using var response = await _host.PostAsync(json, _host.Token());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdminNotConfigured_NotFoundEvenWithAToken()
    {
        await using var host = await AdminTestHost.StartAsync(configured: false);

        using var anonymous = await host.PostCsvAsync(Csv, token: null);
        using var withToken = await host.PostCsvAsync(Csv, host.Token());

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withToken.StatusCode);
    }
}
