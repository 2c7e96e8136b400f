using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// Moves outbox rows written when a tenant's outbox was one partition, <c>{tenant}|outbox</c>, into the buckets
/// <see cref="OutboxStore"/> reads now, sent ones too: a sent row is what keeps its key from being sent again.
/// </summary>
/// <remarks>
/// A finished row (sent, or given up) wins over a pending one found in its new place: that one was queued again
/// while the old row was not yet moved, and keeping it would send the message twice. A finished row moved without
/// <c>FinishedAt</c> (written before it was recorded) gets its last change's time, so that retention deletes it.
/// </remarks>
internal sealed class OutboxLayoutUpgrade(CadenceTables tables, TimeProvider clock) : IStorageUpgrade
{
    private const string FinishedAt = "FinishedAt";

    public string Name => "outbox-spread-partitions";

    public async Task<int> ApplyAsync(CancellationToken cancellationToken) =>
        await PartitionMove.MoveAsync(
            await tables.GetAsync(OutboxStore.Table, cancellationToken),
            NewPartitionOf,
            new PartitionMoveRules { Prepare = StampFinished, MovedWins = FinishedWins },
            cancellationToken);

    internal static string? NewPartitionOf(TableEntity row) =>
        TableKeys.Split(row.PartitionKey) is [var tenant, "outbox"] && row.GetString("Key") is { } key
            ? OutboxStore.Partition(tenant, key)
            : null;

    internal static bool FinishedWins(TableEntity found, TableEntity moved) =>
        IsFinished(moved) && found.GetString("State") is null or nameof(OutboxState.Pending);

    private static bool IsFinished(TableEntity row) => OutboxStore.IsFinished(row.GetString("State"));

    private void StampFinished(TableEntity row, TableEntity copy)
    {
        if (IsFinished(row) && row.GetDateTimeOffset(FinishedAt) is null)
        {
            copy[FinishedAt] = row.Timestamp ?? clock.GetUtcNow();
        }
    }
}
