using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Tests.People;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

public sealed class PeopleRecipientStatusTests
{
    private const string Tenant = PeopleTestbed.Tenant;
    private const string Dana = "d1";

    private readonly PeopleTestbed _bed = new();
    private readonly TablePeopleStore _cached;
    private readonly PeopleRecipientStatus _sut;

    public PeopleRecipientStatusTests()
    {
        _cached = new TablePeopleStore(
            _bed.Tables,
            Options.Create(new PeopleOptions()),
            new RecentSightings(_bed.Clock),
            NullLogger<TablePeopleStore>.Instance,
            new PersonCache(_bed.Clock));
        var queues = TestTables.CreateQueues(AzuriteStorage.UniquePrefix());
        var outbound = new OutboundQueue(new OutboxStore(_bed.Tables), queues);
        _sut = new PeopleRecipientStatus(_cached, outbound);
    }

    [Fact]
    public async Task IsUnreachableAsync_CameBackOnAnotherInstanceWhileCachedUnreachable_IsReachable()
    {
        await _cached.UpsertAsync(Tenant, new PersonSighting(Dana, "Dana Lee", "29:d1"), default);
        await _cached.SetUnreachableAsync(Tenant, Dana, unreachable: true, default);
        var before = await _sut.IsUnreachableAsync(Tenant, Dana, default);

        await _bed.Store.SetUnreachableAsync(Tenant, Dana, unreachable: false, default);

        Assert.True(before);
        Assert.False(await _sut.IsUnreachableAsync(Tenant, Dana, default));
    }

    [Fact]
    public async Task IsUnreachableAsync_MarkedInThisInstanceWhileCachedReachable_IsUnreachable()
    {
        await _cached.UpsertAsync(Tenant, new PersonSighting(Dana, "Dana Lee", "29:d1"), default);
        var before = await _sut.IsUnreachableAsync(Tenant, Dana, default);

        await _sut.MarkUnreachableAsync(Tenant, Dana, "k1", default);

        Assert.False(before);
        Assert.True(await _sut.IsUnreachableAsync(Tenant, Dana, default));
    }
}
