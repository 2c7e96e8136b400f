using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Authentication;
using TeamsCadenceBot.Teams.Tests.Hosting;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

public sealed class LocalDevelopmentModeTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> LocalSettings = new()
    {
        ["Bot:Authentication:AllowUnauthenticatedLocalRequests"] = "true",
    };

    private BotTestHost _sut = null!;

    public async Task InitializeAsync() => _sut = await BotTestHost.StartAsync(LocalSettings);

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Post_NoHeaderFromLoopback_ReachesHandlerWithWarning(string address)
    {
        var context = await _sut.PostAsync(MessageJson(), remote: IPAddress.Parse(address));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(_sut.Handler.Received);
        var warning = Assert.Single(_sut.Logs.WithEvent("UnauthenticatedLocalRequestAccepted"));
        Assert.Equal(LogLevel.Warning, warning.Level);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.1.20")]
    [InlineData("52.112.0.10")]
    public async Task Post_NoHeaderFromOtherAddress_Refused(string address)
    {
        var context = await _sut.PostAsync(MessageJson(), remote: IPAddress.Parse(address));

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Empty(_sut.Handler.Received);
        var refusal = Assert.Single(_sut.Logs.WithEvent("InboundRequestRefused"));
        Assert.Equal(AuthenticationFailure.NotLoopback, refusal.Properties["Reason"]);
    }

    [Fact]
    public async Task Post_HeaderFromLoopback_IsStillValidated()
    {
        var context = await _sut.PostAsync(MessageJson(), "Bearer abc", IPAddress.Loopback);

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Empty(_sut.Handler.Received);
    }

    [Fact]
    public void Start_InDevelopment_LogsWarning()
    {
        var warning = Assert.Single(_sut.Logs.WithEvent("LocalDevelopmentModeOn"));

        Assert.Equal(LogLevel.Warning, warning.Level);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_OutsideDevelopment_Fails(string environment)
    {
        await using var app = BotTestHost.Build(LocalSettings, environment, new RecordingLoggerProvider());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("AllowUnauthenticatedLocalRequests", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Development", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ModeOffWithoutAppId_Fails()
    {
        await using var app = BotTestHost.Build(new Dictionary<string, string?>(), "Development", new RecordingLoggerProvider());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Bot:AppId", failure.Message, StringComparison.Ordinal);
    }

    private static string MessageJson() => TestActivities.Json(TestActivities.Message());
}
