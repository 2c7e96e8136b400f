namespace TeamsCadenceBot.Tests.Operations;

public sealed class CadenceMetricsTests
{
    [Fact]
    public void ActivityHandled_TwoTypes_CountsEachTypeApart()
    {
        using var recorder = new MetricRecorder();
        var sut = recorder.Metrics;

        sut.ActivityHandled("message");
        sut.ActivityHandled("message");
        sut.ActivityHandled("invoke");

        Assert.Equal(2, recorder.Sum("cadence.activities.handled", "activity.type", "message"));
        Assert.Equal(1, recorder.Sum("cadence.activities.handled", "activity.type", "invoke"));
    }

    [Fact]
    public void ReminderSent_ByKind_TagsTheKind()
    {
        using var recorder = new MetricRecorder();
        var sut = recorder.Metrics;

        sut.ReminderSent("commitment.due");
        sut.ReminderSent("commitment.daybefore");

        Assert.Equal(1, recorder.Sum("cadence.reminders.sent", "kind", "commitment.due"));
        Assert.Equal(1, recorder.Sum("cadence.reminders.sent", "kind", "commitment.daybefore"));
    }

    [Fact]
    public void ThrottledDeadLetteredFailed_Recorded_EachOnItsOwnInstrument()
    {
        using var recorder = new MetricRecorder();
        var sut = recorder.Metrics;

        sut.Throttled("graph");
        sut.DeadLettered("delivery");
        sut.Failed("scheduler", "TimeoutException");

        Assert.Equal(1, recorder.Sum("cadence.throttles", "service", "graph"));
        Assert.Equal(1, recorder.Sum("cadence.deadletters", "source", "delivery"));
        var failure = Assert.Single(recorder.Measurements, m => m.Instrument == "cadence.failures");
        Assert.Equal("scheduler", failure.Tags["area"]);
        Assert.Equal("TimeoutException", failure.Tags["error.type"]);
    }

    [Fact]
    public void CardSent_TwoInstances_ListenerSeesOnlyItsOwn()
    {
        using var recorder = new MetricRecorder();
        using var other = new MetricRecorder();

        other.Metrics.CardSent("send");
        recorder.Metrics.CardSent("reply");

        Assert.Equal(0, recorder.Sum("cadence.cards.sent", "operation", "send"));
        Assert.Equal(1, recorder.Sum("cadence.cards.sent", "operation", "reply"));
    }
}
