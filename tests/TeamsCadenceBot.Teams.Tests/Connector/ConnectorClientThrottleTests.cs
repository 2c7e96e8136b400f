using TeamsCadenceBot.Teams.Connector;
using static TeamsCadenceBot.Teams.Tests.Connector.ConnectorHarness;

namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>Every 429 reaches the throttle listeners, also those after which the client gives up.</summary>
public sealed class ConnectorClientThrottleTests
{
    [Fact]
    public async Task SendAsync_ThrottledOnTheLastAttempt_TellsTheListenerAndThrowsWithTheRetryAfter()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        for (var i = 0; i < harness.Options.MaxAttempts; i++)
        {
            harness.Server.Enqueue(ScriptedAnswer.Throttled("9"));
        }

        var listener = new RecordingThrottleListener();
        var sut = harness.CreateClient(throttleListener: listener);

        var sending = sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None);
        for (var retry = 1; retry < harness.Options.MaxAttempts; retry++)
        {
            await harness.Time.WaitsStartedAsync(retry);
            harness.Time.Advance(TimeSpan.FromSeconds(9));
        }

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => sending.Bounded());

        Assert.Equal(429, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(9), exception.RetryAfter);
        Assert.Equal(harness.Options.MaxAttempts, harness.Server.Requests.Count);
        Assert.Equal(harness.Options.MaxAttempts, listener.Throttles.Count);
        Assert.All(listener.Throttles, t => Assert.Equal((TenantId, TimeSpan.FromSeconds(9)), t));
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanAllowed_TellsTheListenerTheWholeWaitAndThrowsWithIt()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Throttled("3600"));
        var listener = new RecordingThrottleListener();
        var sut = harness.CreateClient(throttleListener: listener);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded());

        Assert.Equal(TimeSpan.FromHours(1), exception.RetryAfter);
        Assert.Equal((TenantId, TimeSpan.FromHours(1)), Assert.Single(listener.Throttles));
        Assert.Empty(harness.Time.Waits);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_ThrottledWithoutRetryAfterOnTheOnlyAttempt_ReportsTheDefaultWait()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Options.MaxAttempts = 1;
        harness.Server.Enqueue(ScriptedAnswer.Throttled(null));
        var listener = new RecordingThrottleListener();
        var sut = harness.CreateClient(throttleListener: listener);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded());

        Assert.Equal(harness.Options.DefaultRetryAfter, exception.RetryAfter);
        Assert.Equal((TenantId, harness.Options.DefaultRetryAfter), Assert.Single(listener.Throttles));
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnTheLastAttempt_TellsNoListenerAndAsksNoWait()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Options.MaxAttempts = 1;
        harness.Server.Enqueue(ScriptedAnswer.Error(503, "ServiceUnavailable"));
        var listener = new RecordingThrottleListener();
        var sut = harness.CreateClient(throttleListener: listener);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded());

        Assert.Null(exception.RetryAfter);
        Assert.Empty(listener.Throttles);
    }
}
