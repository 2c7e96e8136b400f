using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.People;

public sealed class PersonCacheTests
{
    private const string Tenant = PeopleTestbed.Tenant;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly PersonCache _sut;

    public PersonCacheTests() => _sut = new PersonCache(_clock);

    private static Person Dana(string zone = "UTC") =>
        new(Tenant, "d1", "Dana Lee", "29:d1", null, null, zone, TimeZoneSource.Client, null, Unreachable: false);

    [Fact]
    public void TryGet_WithinTheLifetime_GivesWhatWasRead()
    {
        _sut.Remember(Tenant, Dana(), _sut.Stamp);
        _clock.Advance(PersonCache.Lifetime - TimeSpan.FromSeconds(1));

        Assert.True(_sut.TryGet(Tenant, "d1", out var person));
        Assert.Equal(Dana(), person);
    }

    [Fact]
    public void TryGet_AfterTheLifetime_Misses()
    {
        _sut.Remember(Tenant, Dana(), _sut.Stamp);
        _clock.Advance(PersonCache.Lifetime);

        Assert.False(_sut.TryGet(Tenant, "d1", out _));
    }

    [Fact]
    public void Remember_AWriteOvertookTheRead_KeepsNothing()
    {
        var stamp = _sut.Stamp;
        _sut.Forget(Tenant, "d1");

        _sut.Remember(Tenant, Dana("Europe/Berlin"), stamp);

        Assert.False(_sut.TryGet(Tenant, "d1", out _));
    }

    [Fact]
    public void TryGet_OtherTenant_Misses()
    {
        _sut.Remember(Tenant, Dana(), _sut.Stamp);

        Assert.False(_sut.TryGet("tenant-b", "d1", out _));
    }

    [Fact]
    public async Task GetRecentAsync_ZoneSetInThisInstance_SeenAtOnce()
    {
        var bed = new PeopleTestbed();
        var sut = new TablePeopleStore(
            bed.Tables,
            Microsoft.Extensions.Options.Options.Create(new PeopleOptions()),
            new RecentSightings(bed.Clock),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<TablePeopleStore>.Instance,
            new PersonCache(bed.Clock));
        await sut.UpsertAsync(Tenant, new PersonSighting("d1", "Dana Lee", "29:d1"), default);
        await sut.GetRecentAsync(Tenant, "d1", default);

        await sut.SetOwnTimeZoneAsync(Tenant, "d1", "Asia/Tokyo", default);

        Assert.Equal("Asia/Tokyo", (await sut.GetRecentAsync(Tenant, "d1", default))!.TimeZone);
    }
}
