using TeamsCadenceBot.Operations;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Fakes;

namespace TeamsCadenceBot.Tests.Operations;

public sealed class TracingDecoratorTests
{
    private static readonly ConversationAddress Address = new("https://smba.example/", "a:chat", "tenant");

    [Fact]
    public async Task HandleAsync_TurnSucceeds_CountsTheActivityByType()
    {
        using var recorder = new MetricRecorder();
        var sut = new TracedActivityHandler(new ScriptedHandler(), recorder.Metrics);

        await sut.HandleAsync(new Activity { Type = ActivityTypes.Message }, CancellationToken.None);
        await sut.HandleAsync(new Activity { Type = ActivityTypes.Invoke }, CancellationToken.None);

        Assert.Equal(1, recorder.Sum("cadence.activities.handled", "activity.type", "message"));
        Assert.Equal(1, recorder.Sum("cadence.activities.handled", "activity.type", "invoke"));
    }

    [Fact]
    public async Task HandleAsync_TurnThrows_CountsAFailureAndRethrows()
    {
        using var recorder = new MetricRecorder();
        var sut = new TracedActivityHandler(new ScriptedHandler { Failure = new TimeoutException() }, recorder.Metrics);

        await Assert.ThrowsAsync<TimeoutException>(
            () => sut.HandleAsync(new Activity { Type = ActivityTypes.Message }, CancellationToken.None));

        Assert.Equal(1, recorder.Sum("cadence.failures", "area", "turn"));
        Assert.Equal(0, recorder.Sum("cadence.activities.handled", "activity.type", "message"));
    }

    [Fact]
    public async Task SendAsync_CardAccepted_CountsACard()
    {
        using var recorder = new MetricRecorder();
        var sut = new TracedConnectorClient(new FakeConnector(), recorder.Metrics);
        var card = new AdaptiveCard { Body = [new TextBlock("Due today")] };

        await sut.SendAsync(Address, new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] }, CancellationToken.None);
        await sut.ReplyAsync(Address, "1", new Activity { Type = ActivityTypes.Message, Text = "plain" }, CancellationToken.None);

        Assert.Equal(1, recorder.Sum("cadence.cards.sent", "operation", "send"));
        Assert.Equal(0, recorder.Sum("cadence.cards.sent", "operation", "reply"));
    }

    [Fact]
    public async Task SendAsync_RecipientBlocked_CountsNoCard()
    {
        using var recorder = new MetricRecorder();
        var connector = new FakeConnector { OnSend = (_, _) => ConnectorOutcome.RecipientBlocked };
        var sut = new TracedConnectorClient(connector, recorder.Metrics);
        var card = new AdaptiveCard { Body = [new TextBlock("Due today")] };
        var message = new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };

        var result = await sut.SendAsync(Address, message, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.RecipientBlocked, result.Outcome);
        Assert.DoesNotContain(recorder.Measurements, m => m.Instrument == "cadence.cards.sent");
    }

    [Fact]
    public void OnThrottled_TeamsAnswered429_CountsATeamsThrottle()
    {
        using var recorder = new MetricRecorder();
        var sut = new ThrottleMetricsListener(recorder.Metrics);

        sut.OnThrottled("tenant", TimeSpan.FromSeconds(3));

        Assert.Equal(1, recorder.Sum("cadence.throttles", "service", "teams"));
    }

    private sealed class ScriptedHandler : IActivityHandler
    {
        public Exception? Failure { get; init; }

        public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken) =>
            Failure is null ? Task.FromResult<InvokeResponse?>(null) : Task.FromException<InvokeResponse?>(Failure);
    }
}
