using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

public sealed class TableActivityDeduplicatorTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string OtherTenant = "3b5e1c2d-7f8a-4b9c-a0d1-e2f3a4b5c6d7";
    private const string ActivityId = "1733217302123";

    private readonly CadenceTables _tables = TestTables.Create();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero));
    private readonly TableActivityDeduplicator _sut;

    public TableActivityDeduplicatorTests()
    {
        _sut = new TableActivityDeduplicator(_tables, _time, NullLogger<TableActivityDeduplicator>.Instance);
    }

    [Fact]
    public async Task TryClaimAsync_FirstClaim_ReturnsTrue()
    {
        Assert.True(await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_SecondClaim_ReturnsFalse()
    {
        await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None);

        Assert.False(await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_SameIdInAnotherTenant_ReturnsTrue()
    {
        await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None);

        Assert.True(await _sut.TryClaimAsync(OtherTenant, ActivityId, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_IdWithCharactersForbiddenInKeys_ClaimsOnce()
    {
        const string Id = "f:a/b#c?d|e";

        Assert.True(await _sut.TryClaimAsync(Tenant, Id, CancellationToken.None));
        Assert.False(await _sut.TryClaimAsync(Tenant, Id, CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseAsync_ThenClaimAgain_ReturnsTrue()
    {
        await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None);

        await _sut.ReleaseAsync(Tenant, ActivityId, CancellationToken.None);

        Assert.True(await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseAsync_NothingClaimed_DoesNotThrow()
    {
        await _sut.ReleaseAsync(Tenant, ActivityId, CancellationToken.None);

        Assert.True(await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentClaims_ExactlyOneWins()
    {
        var claims = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None)));

        var results = await Task.WhenAll(claims);

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task TryClaimAsync_RedeliveredJustAfterMidnight_ReturnsFalse()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 3, 23, 58, 0, TimeSpan.Zero));
        await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(4));

        var again = await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None);

        Assert.False(again);
    }

    [Fact]
    public async Task ReleaseAsync_ClaimedBeforeMidnight_ReleasedAfter_ClaimsAgain()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 3, 23, 59, 50, TimeSpan.Zero));
        await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(20));

        await _sut.ReleaseAsync(Tenant, ActivityId, CancellationToken.None);

        Assert.True(await _sut.TryClaimAsync(Tenant, ActivityId, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_FirstClaimOfADay_DeletesClaimsOlderThanYesterday()
    {
        await _sut.TryClaimAsync(Tenant, "old-1", CancellationToken.None);
        await _sut.TryClaimAsync(Tenant, "old-2", CancellationToken.None);
        await _sut.TryClaimAsync(OtherTenant, "other-tenant", CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        await _sut.TryClaimAsync(Tenant, "yesterday", CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));

        await _sut.TryClaimAsync(Tenant, "today", CancellationToken.None);

        var table = await _tables.GetAsync("activities", CancellationToken.None);
        var left = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: CancellationToken.None))
        {
            left.Add(row.RowKey);
        }

        Assert.Equal(["other-tenant", "today", "yesterday"], left.Order(StringComparer.Ordinal));
    }
}
