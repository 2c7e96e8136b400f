using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.People;

public sealed class PeopleObserverTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly PeopleTestbed _bed = new();
    private readonly TestUser _dana = new("Dana Lee");

    [Fact]
    public async Task ObserveAsync_NewSender_RecordsNameObjectIdTeamsIdAndClientZone()
    {
        var sut = new PeopleObserver(_bed.Store, _bed.Sightings, NullLogger<PeopleObserver>.Instance);

        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help", clientTimeZone: "Europe/Madrid"), None);

        var person = await _bed.Store.FindByTeamsIdAsync(PeopleTestbed.Tenant, _dana.TeamsId, None);
        Assert.NotNull(person);
        Assert.Equal(_dana.AadObjectId, person.AadObjectId);
        Assert.Equal("Dana Lee", person.Name);
        Assert.Equal("Europe/Madrid", person.TimeZone);
        Assert.Equal(TimeZoneSource.Client, person.TimeZoneSource);
    }

    [Fact]
    public async Task ObserveAsync_NoClientZone_TenantDefault()
    {
        var bed = new PeopleTestbed(defaultTimeZone: "Australia/Sydney");
        var sut = new PeopleObserver(bed.Store, bed.Sightings, NullLogger<PeopleObserver>.Instance);

        await sut.ObserveAsync(bed.PersonalTurn(_dana, "help"), None);

        var person = await bed.Store.GetAsync(PeopleTestbed.Tenant, _dana.AadObjectId, None);
        Assert.Equal("Australia/Sydney", person!.TimeZone);
        Assert.Equal(TimeZoneSource.TenantDefault, person.TimeZoneSource);
    }

    [Fact]
    public async Task ObserveAsync_PersonSetOwnZone_LaterClientZoneKeepsTheirs()
    {
        var sut = new PeopleObserver(_bed.Store, _bed.Sightings, NullLogger<PeopleObserver>.Instance);
        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help", clientTimeZone: "Europe/Madrid"), None);
        await _bed.Store.SetOwnTimeZoneAsync(PeopleTestbed.Tenant, _dana.AadObjectId, "Asia/Kolkata", None);

        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help", clientTimeZone: "America/Denver"), None);

        var person = await _bed.Store.GetAsync(PeopleTestbed.Tenant, _dana.AadObjectId, None);
        Assert.Equal("Asia/Kolkata", person!.TimeZone);
        Assert.True(person.TimeZoneSetByPerson);
    }

    [Fact]
    public async Task ObserveAsync_SameSightingAgain_DoesNotTouchStorage()
    {
        var store = new Mock<IPeopleStore>();
        var sut = new PeopleObserver(store.Object, _bed.Sightings, NullLogger<PeopleObserver>.Instance);

        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help", clientTimeZone: "Europe/Madrid"), None);
        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "my team", clientTimeZone: "Europe/Madrid"), None);

        store.Verify(s => s.UpsertAsync(PeopleTestbed.Tenant, It.IsAny<PersonSighting>(), None), Times.Once);
    }

    [Fact]
    public async Task ObserveAsync_ClientZoneChanged_RecordsAgain()
    {
        var store = new Mock<IPeopleStore>();
        var sut = new PeopleObserver(store.Object, _bed.Sightings, NullLogger<PeopleObserver>.Instance);

        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help", clientTimeZone: "Europe/Madrid"), None);
        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help", clientTimeZone: "Europe/London"), None);

        store.Verify(s => s.UpsertAsync(PeopleTestbed.Tenant, It.IsAny<PersonSighting>(), None), Times.Exactly(2));
    }

    [Fact]
    public async Task ObserveAsync_CachedLongAgo_RecordsAgain()
    {
        var store = new Mock<IPeopleStore>();
        var sut = new PeopleObserver(store.Object, _bed.Sightings, NullLogger<PeopleObserver>.Instance);
        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help"), None);

        _bed.Clock.Advance(RecentSightings.Lifetime + TimeSpan.FromSeconds(1));
        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help"), None);

        store.Verify(s => s.UpsertAsync(PeopleTestbed.Tenant, It.IsAny<PersonSighting>(), None), Times.Exactly(2));
    }

    [Fact]
    public async Task ObserveAsync_AfterMarkedUnreachable_NextPersonalTurnClearsIt()
    {
        var sut = new PeopleObserver(_bed.Store, _bed.Sightings, NullLogger<PeopleObserver>.Instance);
        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help"), None);
        await _bed.Store.SetUnreachableAsync(PeopleTestbed.Tenant, _dana.AadObjectId, unreachable: true, None);

        await sut.ObserveAsync(_bed.PersonalTurn(_dana, "help"), None);

        Assert.False((await _bed.Store.GetAsync(PeopleTestbed.Tenant, _dana.AadObjectId, None))!.Unreachable);
    }

    [Fact]
    public async Task ObserveAsync_SenderWithoutObjectId_RecordsNothing()
    {
        var store = new Mock<IPeopleStore>(MockBehavior.Strict);
        var sut = new PeopleObserver(store.Object, _bed.Sightings, NullLogger<PeopleObserver>.Instance);
        var turn = _bed.PersonalTurn(_dana, "help");
        var anonymous = turn with { Activity = turn.Activity with { From = new ChannelAccount("29:x", "X") } };

        await sut.ObserveAsync(anonymous, None);

        store.VerifyNoOtherCalls();
    }

    [Fact]
    public void Remember_BeyondCapacity_StaysBounded()
    {
        var sut = _bed.Sightings;

        for (var i = 0; i <= RecentSightings.Capacity; i++)
        {
            sut.Remember(PeopleTestbed.Tenant, new PersonSighting("id-" + i, "N"));
        }

        Assert.True(sut.Count <= RecentSightings.Capacity);
    }
}
