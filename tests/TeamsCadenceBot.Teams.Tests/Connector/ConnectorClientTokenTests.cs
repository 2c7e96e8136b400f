using TeamsCadenceBot.Teams.Connector;
using static TeamsCadenceBot.Teams.Tests.Connector.ConnectorHarness;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorClientTokenTests
{
    private const string Sent = """{"id":"1:sent"}""";

    [Fact]
    public async Task SendAsync_SeveralCalls_SendOneCachedBearerToken()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, Sent), ScriptedAnswer.Json(201, Sent));
        var sut = harness.CreateClient();

        await sut.SendAsync(harness.Address, Message("one"), CancellationToken.None).Bounded();
        await sut.SendAsync(harness.Address, Message("two"), CancellationToken.None).Bounded();

        Assert.Equal(1, harness.Credential.Calls);
        Assert.Equal(["https://connector.test/.default"], harness.Credential.LastScopes);
        Assert.All(harness.Server.Requests, request => Assert.Equal("Bearer token-1", request.Authorization));
    }

    [Fact]
    public async Task SendAsync_TokenWithinRefreshMarginOfExpiry_FetchesANewToken()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(
            ScriptedAnswer.Json(201, Sent),
            ScriptedAnswer.Json(201, Sent),
            ScriptedAnswer.Json(201, Sent));
        var refreshAt = ConnectorHarness.TokenLifetime - harness.CredentialOptions.TokenRefreshMargin;
        var sut = harness.CreateClient();

        await sut.SendAsync(harness.Address, Message("one"), CancellationToken.None).Bounded();
        harness.Time.Advance(refreshAt - TimeSpan.FromSeconds(1));
        await sut.SendAsync(harness.Address, Message("two"), CancellationToken.None).Bounded();
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await sut.SendAsync(harness.Address, Message("three"), CancellationToken.None).Bounded();

        Assert.Equal(
            ["Bearer token-1", "Bearer token-1", "Bearer token-2"],
            harness.Server.Requests.Select(request => request.Authorization));
        Assert.Equal(2, harness.Credential.Calls);
    }

    [Fact]
    public async Task SendAsync_WithoutCredentials_SendsNoAuthorizationHeader()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, Sent));
        var sut = harness.CreateClient(withCredential: false);

        var result = await sut.SendAsync(harness.Address, Message("one"), CancellationToken.None).Bounded();

        Assert.True(result.Succeeded);
        Assert.Null(Assert.Single(harness.Server.Requests).Authorization);
    }

    [Theory]
    [InlineData("http://connector.example.com/")]
    [InlineData("http://10.1.2.3/_connector")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("https://user:secret@connector.example.com/")]
    [InlineData("https://connector.example.com/?next=1")]
    [InlineData("/v3/relative")]
    public async Task SendAsync_ServiceUrlThatCouldLeakTheToken_IsRefusedBeforeAnyToken(string serviceUrl)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var sut = harness.CreateClient();
        var address = harness.Address with { ServiceUrl = serviceUrl };

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(address, Message("one"), CancellationToken.None).Bounded());

        Assert.Null(exception.StatusCode);
        Assert.Equal(0, harness.Credential.Calls);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_LocalhostOverPlainHttp_IsAllowed()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, Sent));
        var port = new Uri(harness.Server.BaseUrl).Port;
        var address = harness.Address with { ServiceUrl = $"http://localhost:{port}/" };
        var sut = harness.CreateClient();

        var result = await sut.SendAsync(address, Message("one"), CancellationToken.None).Bounded();

        Assert.True(result.Succeeded);
        Assert.Equal("Bearer token-1", Assert.Single(harness.Server.Requests).Authorization);
    }
}
