using Microsoft.Graph.Models.ODataErrors;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class GraphRetryTests
{
    private static readonly TestPerson Manager = TestPerson.Manager;

    [Fact]
    public async Task GetUserAsync_429ThenSuccess_WaitsRetryAfterOnTheClockThenSucceeds()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On("GET", $"/users/{Manager.Id}", GraphAnswer.Throttled(7), GraphAnswer.Ok(Manager.AsUser()));
        var sut = bed.Directory;

        var call = sut.GetUserAsync(Manager.Id, CancellationToken.None);
        await bed.Clock.WaitsStartedAsync(1);
        var sentWhileWaiting = bed.Server.Requests.Count;
        bed.Clock.Advance(TimeSpan.FromSeconds(7));
        var user = await call;

        Assert.Equal(1, sentWhileWaiting);
        Assert.Equal([TimeSpan.FromSeconds(7)], bed.Clock.Waits);
        Assert.Equal("Mia Manager", user?.DisplayName);
        Assert.Equal(2, bed.Server.Requests.Count);
        Assert.Equal(1, bed.Recorder.Sum("cadence.throttles", "service", "graph"));
    }

    [Fact]
    public async Task GetUserAsync_RetryAfterBeyondTheCap_FailsAtOnceWithoutWaiting()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.MaxRetryWait = TimeSpan.FromSeconds(30));
        bed.Server.On("GET", $"/users/{Manager.Id}", GraphAnswer.Throttled(120), GraphAnswer.Ok(Manager.AsUser()));
        var sut = bed.Directory;

        var error = await Assert.ThrowsAsync<ODataError>(() => sut.GetUserAsync(Manager.Id, CancellationToken.None));

        Assert.Equal(429, error.ResponseStatusCode);
        Assert.Empty(bed.Clock.Waits);
        Assert.Single(bed.Server.Requests);
        Assert.Equal(1, bed.Recorder.Sum("cadence.throttles", "service", "graph"));
    }

    [Fact]
    public async Task ListDirectReportsAsync_503Then504WithoutRetryAfter_BacksOffOneThenTwoSeconds()
    {
        await using var bed = await GraphTestbed.StartAsync();
        bed.Server.On(
            "GET",
            $"/users/{Manager.Id}/directReports",
            GraphAnswer.Error(503, "serviceNotAvailable", "Try later."),
            GraphAnswer.Error(504, "UnknownError", "Gateway timeout."),
            GraphAnswer.Ok(GraphShapes.DirectReports(null, TestPerson.Rep.AsReport())));
        var sut = bed.Directory;

        var call = sut.ListDirectReportsAsync(Manager.Id, CancellationToken.None);
        await bed.Clock.WaitsStartedAsync(1);
        bed.Clock.Advance(TimeSpan.FromSeconds(1));
        await bed.Clock.WaitsStartedAsync(2);
        bed.Clock.Advance(TimeSpan.FromSeconds(2));
        var reports = await call;

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], bed.Clock.Waits);
        Assert.Equal(TestPerson.Rep.Id, Assert.Single(reports).Id);
        Assert.Equal(0, bed.Recorder.Sum("cadence.throttles", "service", "graph"));
    }

    [Fact]
    public async Task InstallAppForUserAsync_ThrottledPost_SendsTheWholeBodyAgain()
    {
        await using var bed = await GraphTestbed.StartAsync();
        var path = $"/users/{TestPerson.Rep.Id}/teamwork/installedApps";
        bed.Server.On("POST", path, GraphAnswer.Throttled(2), GraphAnswer.Created());
        var sut = bed.Directory;

        var call = sut.InstallAppForUserAsync(TestPerson.Rep.Id, "app-1", CancellationToken.None);
        await bed.Clock.WaitsStartedAsync(1);
        bed.Clock.Advance(TimeSpan.FromSeconds(2));
        await call;

        var bodies = bed.Server.RequestsTo(path).Select(r => r.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Contains("teamsApp@odata.bind", bodies[1], StringComparison.Ordinal);
        Assert.Equal(bodies[0], bodies[1]);
    }

    [Fact]
    public async Task GetUserAsync_AlwaysThrottled_GivesUpAfterMaxRetries()
    {
        await using var bed = await GraphTestbed.StartAsync(o => o.MaxRetries = 2);
        bed.Server.On("GET", $"/users/{Manager.Id}", GraphAnswer.Throttled(1));
        var sut = bed.Directory;

        var call = sut.GetUserAsync(Manager.Id, CancellationToken.None);
        for (var wait = 1; wait <= 2; wait++)
        {
            await bed.Clock.WaitsStartedAsync(wait);
            bed.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<ODataError>(() => call);

        Assert.Equal(429, error.ResponseStatusCode);
        Assert.Equal(3, bed.Server.Requests.Count);
        Assert.Equal(3, bed.Recorder.Sum("cadence.throttles", "service", "graph"));
    }
}
