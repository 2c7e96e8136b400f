using System.Globalization;
using TeamsCadenceBot.Teams.Connector;
using static TeamsCadenceBot.Teams.Tests.Connector.ConnectorHarness;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorClientRetryTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Throttled("7"), ScriptedAnswer.Json(201, """{"id":"1:sent"}"""));
        var sut = harness.CreateClient();

        var sending = sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None);
        await harness.Time.WaitsStartedAsync(1);
        harness.Time.Advance(TimeSpan.FromSeconds(7) - Tick);
        var requestsBeforeDue = harness.Server.Requests.Count;
        var completedBeforeDue = sending.IsCompleted;
        harness.Time.Advance(Tick);
        var result = await sending.Bounded();

        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Time.Waits);
        Assert.Equal(1, requestsBeforeDue);
        Assert.False(completedBeforeDue);
        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        Assert.Equal("1:sent", result.Value);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfterDate_WaitsUntilThatDate()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var retryAt = harness.Time.GetUtcNow().AddSeconds(12).ToString("R", CultureInfo.InvariantCulture);
        harness.Server.Enqueue(ScriptedAnswer.Throttled(retryAt), ScriptedAnswer.Json(201, """{"id":"1:sent"}"""));
        var sut = harness.CreateClient();

        var sending = sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None);
        await harness.Time.WaitsStartedAsync(1);
        harness.Time.Advance(TimeSpan.FromSeconds(12));
        var result = await sending.Bounded();

        Assert.Equal([TimeSpan.FromSeconds(12)], harness.Time.Waits);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task SendAsync_ThrottledWithoutRetryAfter_WaitsTheDefault()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Throttled(null), ScriptedAnswer.Json(201, """{"id":"1:sent"}"""));
        var sut = harness.CreateClient();

        var sending = sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None);
        await harness.Time.WaitsStartedAsync(1);
        harness.Time.Advance(harness.Options.DefaultRetryAfter);
        var result = await sending.Bounded();

        Assert.Equal([harness.Options.DefaultRetryAfter], harness.Time.Waits);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanAllowed_ThrowsWithoutWaiting()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Throttled("3600"));
        var sut = harness.CreateClient();

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded());

        Assert.Equal(429, exception.StatusCode);
        Assert.Empty(harness.Time.Waits);
        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendAsync_TransientStatusThenSuccess_RetriesAfterJitteredBackoff(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(
            ScriptedAnswer.Error(status, "ServiceError"),
            ScriptedAnswer.Json(201, """{"id":"1:b"}"""));
        var sut = harness.CreateClient();

        var sending = sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None);
        await harness.Time.WaitsStartedAsync(1);
        var requestsWhileWaiting = harness.Server.Requests.Count;
        harness.Time.Advance(harness.Options.BaseDelay);
        var result = await sending.Bounded();

        var delay = Assert.Single(harness.Time.Waits);
        Assert.InRange(delay, harness.Options.BaseDelay / 2, harness.Options.BaseDelay);
        Assert.Equal(1, requestsWhileWaiting);
        Assert.Equal("1:b", result.Value);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedThenSuccess_Retries()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Abort(), ScriptedAnswer.Json(201, """{"id":"1:c"}"""));
        var sut = harness.CreateClient();

        var sending = sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None);
        await harness.Time.WaitsStartedAsync(1);
        harness.Time.Advance(harness.Options.BaseDelay);
        var result = await sending.Bounded();

        Assert.Equal("1:c", result.Value);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_TransientFailuresUntilAttemptsRunOut_ThrowsWithLastStatus()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        for (var i = 0; i < harness.Options.MaxAttempts; i++)
        {
            harness.Server.Enqueue(ScriptedAnswer.Error(503, "ServiceUnavailable"));
        }

        var sut = harness.CreateClient();

        var sending = sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None);
        for (var retry = 1; retry < harness.Options.MaxAttempts; retry++)
        {
            await harness.Time.WaitsStartedAsync(retry);
            harness.Time.Advance(harness.Options.MaxDelay);
        }

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => sending.Bounded());

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal("ServiceUnavailable", exception.ErrorCode);
        Assert.Equal(harness.Options.MaxAttempts, harness.Server.Requests.Count);
        var delays = harness.Time.Waits;
        Assert.InRange(delays[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(delays[2], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaiting_StopsWithoutAnotherTry()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Throttled("7"));
        using var cancellation = new CancellationTokenSource();
        var sut = harness.CreateClient();

        var sending = sut.SendAsync(harness.Address, Message("hi"), cancellation.Token);
        await harness.Time.WaitsStartedAsync(1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.Bounded());
        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData("MessageWritesBlocked")]
    [InlineData("ConversationBlockedByUser")]
    public async Task SendAsync_ForbiddenBecauseBlocked_ReturnsRecipientBlocked(string code)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Error(403, code));
        var sut = harness.CreateClient();

        var result = await sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded();

        Assert.Equal(ConnectorOutcome.RecipientBlocked, result.Outcome);
        Assert.Null(result.Value);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_ForbiddenForAnotherReason_ThrowsWithStatusAndCodeButNoBodyText()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Error(403, "BotNotInConversationRoster"));
        var sut = harness.CreateClient();

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded());

        Assert.Equal(403, exception.StatusCode);
        Assert.Equal("BotNotInConversationRoster", exception.ErrorCode);
        Assert.DoesNotContain("Alice", exception.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_BadRequest_ThrowsWithoutRetrying()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Error(400, "BadSyntax"));
        var sut = harness.CreateClient();

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded());

        Assert.Equal(400, exception.StatusCode);
        Assert.Equal("BadSyntax", exception.ErrorCode);
        Assert.Empty(harness.Time.Waits);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task UpdateAsync_ActivityGone_ReturnsNotFound()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Error(404, "ActivityNotFoundInConversation"));
        var sut = harness.CreateClient();

        var result = await sut.UpdateAsync(harness.Address, "1:old", Message("hi"), CancellationToken.None).Bounded();

        Assert.Equal(ConnectorOutcome.NotFound, result.Outcome);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task GetMemberAsync_MemberGone_ReturnsNotFound()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Error(404, "MemberNotFoundInConversation"));
        var sut = harness.CreateClient();

        var result = await sut.GetMemberAsync(harness.Address, "29:gone", CancellationToken.None).Bounded();

        Assert.Equal(ConnectorOutcome.NotFound, result.Outcome);
        Assert.Null(result.Value);
    }
}
