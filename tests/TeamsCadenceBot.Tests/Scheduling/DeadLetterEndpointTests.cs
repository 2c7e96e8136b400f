using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Tests.Deals;

namespace TeamsCadenceBot.Tests.Scheduling;

public sealed class DeadLetterEndpointTests : IAsyncLifetime
{
    private AdminTestHost _host = null!;

    public async Task InitializeAsync() => _host = await AdminTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Path(string tenant = TestPeople.Tenant) => $"{DeadLetterEndpoint.Route}?tenant={tenant}";

    [Fact]
    public async Task Get_NoToken_Unauthorized()
    {
        using var response = await _host.GetAsync(Path(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutTheAdminRole_Forbidden()
    {
        using var response = await _host.GetAsync(Path(), _host.Token(roles: ["Cadence.Reader"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_AdminOfTheTenant_ListsWhatFailedWithTheReason()
    {
        var store = _host.Services.GetRequiredService<DeadLetterStore>();
        await store.AddAsync(
            new DeadLetter(TestPeople.Tenant, "delivery", "commitment.due", "k1", "Teams answered 500 InternalError", 5, _host.Clock.GetUtcNow()),
            default);

        using var response = await _host.GetAsync(Path(), _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var letter = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal("k1", letter.GetProperty("key").GetString());
        Assert.Contains("500", letter.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AdminOfAnotherTenant_Forbidden()
    {
        using var response = await _host.GetAsync(Path("11111111-1111-1111-1111-111111111111"), _host.Token());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
