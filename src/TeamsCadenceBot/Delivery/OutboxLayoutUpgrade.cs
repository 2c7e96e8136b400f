using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Moves outbox rows written when a tenant's outbox was one partition, <c>{tenant}|outbox</c>, into the buckets
/// <see cref="OutboxStore"/> reads now, sent ones too: a sent row is what keeps its key from being sent again.
/// </summary>
internal sealed class OutboxLayoutUpgrade(CadenceTables tables) : IStorageUpgrade
{
    public string Name => "outbox-spread-partitions";

    public async Task<int> ApplyAsync(CancellationToken cancellationToken) =>
        await PartitionMove.MoveAsync(
            await tables.GetAsync(OutboxStore.Table, cancellationToken),
            NewPartitionOf,
            cancellationToken);

    internal static string? NewPartitionOf(TableEntity row) =>
        TableKeys.Split(row.PartitionKey) is [var tenant, "outbox"] && row.GetString("Key") is { } key
            ? OutboxStore.Partition(tenant, key)
            : null;
}
