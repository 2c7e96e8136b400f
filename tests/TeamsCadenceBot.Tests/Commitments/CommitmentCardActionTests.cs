using System.Net;
using System.Text.Json.Nodes;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Tests.Builders;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class CommitmentCardActionTests : IDisposable
{
    private static readonly DateTimeOffset Due = new(2027, 3, 4, 16, 0, 0, TimeSpan.Zero);
    private static readonly TeamsUser Rep = TeamsUser.Bob;
    private static readonly TeamsUser Manager = TeamsUser.Alice;

    private readonly CommitmentCardHost _sut = new();

    public void Dispose() => _sut.Dispose();

    private static ActivityBuilder Block(Commitment item, TeamsUser by, string reason = "legal is out") =>
        ActivityBuilder.Execute(
            CommitmentVerbs.Block,
            new JsonObject { ["id"] = item.Id, ["reason-" + item.Id] = reason })
            .InPersonalChat(by);

    private static ActivityBuilder Reschedule(Commitment item, TeamsUser by, string date, string time = "09:30") =>
        ActivityBuilder.Execute(
            CommitmentVerbs.Reschedule,
            new JsonObject { ["id"] = item.Id, ["newDate-" + item.Id] = date, ["newTime-" + item.Id] = time })
            .InPersonalChat(by);

    [Fact]
    public async Task Block_WarmTurn_ReadsTheItemOnceAndWritesItWithItsOwnerCopyInOneTransaction()
    {
        var item = await _sut.CommitAsync(Rep, Due);
        await _sut.PostAsync(Block(item, Rep, "first").ToJson());
        _sut.Counter.Reset();

        var (status, body) = await _sut.PostAsync(Block(item, Rep, "second").ToJson());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(["GET commitments", "POST $batch"], _sut.Counter.Requests);
        Assert.Equal("second", (await _sut.GetAsync(item.Id))!.BlockedReason);
    }

    [Fact]
    public async Task Block_AfterwardsMyCommitments_ShowsItBlocked()
    {
        var item = await _sut.CommitAsync(Rep, Due);

        await _sut.PostAsync(Block(item, Rep).ToJson());

        var owned = await _sut.Store.ListOwnedAsync(ActivityBuilder.TenantId, Rep.AadObjectId, dueAfter: null, default);
        var copy = Assert.Single(owned);
        Assert.Equal((item.Id, CommitmentState.Blocked, "legal is out"), (copy.Id, copy.State, copy.BlockedReason));
    }

    [Fact]
    public async Task Reschedule_SameActivityDeliveredTwice_MovesTheDateOnce()
    {
        var item = await _sut.CommitAsync(Rep, Due);
        var press = Reschedule(item, Rep, "2027-03-11").ToJson();

        var first = await _sut.PostAsync(press);
        var again = await _sut.PostAsync(press);

        var stored = await _sut.GetAsync(item.Id);
        Assert.Equal(1, stored!.RescheduleCount);
        Assert.Equal(200, first.Body.GetProperty("statusCode").GetInt32());
        Assert.Equal(200, again.Body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", again.Body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Reschedule_SameActivityOnTwoInstancesAtOnce_MovesTheDateOnce()
    {
        using var other = new CommitmentCardHost(_sut.Prefix);
        var item = await _sut.CommitAsync(Rep, Due);
        await Task.WhenAll(_sut.PostAsync(Block(item, Rep).ToJson()), other.PostAsync(Block(item, Rep).ToJson()));
        var press = Reschedule(item, Rep, "2027-03-11").ToJson();

        await Task.WhenAll(_sut.PostAsync(press), other.PostAsync(press));

        Assert.Equal(1, (await _sut.GetAsync(item.Id))!.RescheduleCount);
    }

    [Fact]
    public async Task Reschedule_TwoDifferentPressesAtOnce_BothCount()
    {
        var item = await _sut.CommitAsync(Rep, Due);

        await Task.WhenAll(
            _sut.PostAsync(Reschedule(item, Rep, "2027-03-11").ToJson()),
            _sut.PostAsync(Reschedule(item, Rep, "2027-03-12").ToJson()));

        Assert.Equal(2, (await _sut.GetAsync(item.Id))!.RescheduleCount);
    }

    [Fact]
    public async Task Block_ByAManagerWhoWasReplacedOnAnotherInstance_IsRefusedAndChangesNothing()
    {
        using var other = new CommitmentCardHost(_sut.Prefix);
        var item = await _sut.CommitAsync(Rep, Due);
        await _sut.PostAsync(Block(item, Rep, "by the rep").ToJson());
        await _sut.PostAsync(Block(item, Manager, "by the manager").ToJson());
        await _sut.People.SetManagerAsync(
            ActivityBuilder.TenantId, Rep.AadObjectId, Manager.AadObjectId, null, default);
        var allowed = await _sut.PostAsync(Block(item, Manager, "while managing").ToJson());
        await _sut.PostAsync(Block(item, Rep, "the rep again").ToJson());

        await other.People.SetManagerAsync(
            ActivityBuilder.TenantId, Rep.AadObjectId, null, Manager.AadObjectId, default);
        var refused = await _sut.PostAsync(Block(item, Manager, "after leaving").ToJson());

        Assert.Equal(200, allowed.Body.GetProperty("statusCode").GetInt32());
        Assert.Equal(403, refused.Body.GetProperty("statusCode").GetInt32());
        Assert.Equal("the rep again", (await _sut.GetAsync(item.Id))!.BlockedReason);
    }

    [Fact]
    public async Task Reschedule_AfterTheZoneChangedOnAnotherInstance_ReadsTheDateInTheNewZone()
    {
        using var other = new CommitmentCardHost(_sut.Prefix);
        var item = await _sut.CommitAsync(Rep, Due);
        await _sut.PostAsync(Block(item, Rep).ToJson());
        await _sut.People.SetOwnTimeZoneAsync(ActivityBuilder.TenantId, Rep.AadObjectId, "Europe/Berlin", default);
        await _sut.PostAsync(Block(item, Rep, "again").ToJson());

        await other.People.SetOwnTimeZoneAsync(ActivityBuilder.TenantId, Rep.AadObjectId, "Asia/Tokyo", default);
        await _sut.PostAsync(Reschedule(item, Rep, "2027-03-11", "09:30").ToJson());

        // 09:30 in Tokyo (UTC+9) is 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2027, 3, 11, 0, 30, 0, TimeSpan.Zero), (await _sut.GetAsync(item.Id))!.DueAt);
    }
}
