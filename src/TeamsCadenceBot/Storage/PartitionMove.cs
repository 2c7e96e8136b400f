using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Moves the rows of one table that an older layout kept in other partitions: each row is added in its new place
/// before it is deleted from the old one, so a move cut short loses nothing and running it again finishes it.
/// A row already in its new place was written by the present version (another instance moved it, or a write
/// since) and is normally newer, so it is kept and the old one is dropped, unless the table's
/// <see cref="PartitionMoveRules.MovedWins"/> says otherwise.
/// </summary>
internal static class PartitionMove
{
    private const int FlushEvery = 1000;

    // Rows are held until written; large rows (outbox cards) flush sooner, so memory stays bounded.
    private const long FlushBytes = 32L * 1024 * 1024;

    // A row found in the new place that changes under the move this many times in a row fails the move, which
    // StorageUpgrades runs again from the start (and logs an error after repeated failures).
    private const int MaxResolveAttempts = 10;

    /// <summary>
    /// Scans <paramref name="table"/> whole (an older layout's partitions cannot be told apart by a key range),
    /// moves every row for which <paramref name="newPartitionOf"/> gives a partition, and returns how many.
    /// </summary>
    public static Task<int> MoveAsync(
        TableClient table,
        Func<TableEntity, string?> newPartitionOf,
        CancellationToken cancellationToken) =>
        MoveAsync(table, newPartitionOf, PartitionMoveRules.None, cancellationToken);

    /// <summary>As <see cref="MoveAsync(TableClient, Func{TableEntity, string?}, CancellationToken)"/>, by the
    /// table's <paramref name="rules"/>.</summary>
    public static async Task<int> MoveAsync(
        TableClient table,
        Func<TableEntity, string?> newPartitionOf,
        PartitionMoveRules rules,
        CancellationToken cancellationToken)
    {
        var moves = new List<(TableEntity Row, TableEntity Copy)>();
        var bytes = 0L;
        var moved = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (newPartitionOf(row) is not { } partition)
            {
                continue;
            }

            var copy = new TableEntity(row) { PartitionKey = partition, ETag = default };
            copy.Remove("odata.etag");
            copy.Remove(nameof(TableEntity.Timestamp));
            rules.Prepare?.Invoke(row, copy);
            moves.Add((row, copy));
            bytes += TolerantTransactions.EstimateBytes(
                new TableTransactionAction(TableTransactionActionType.Add, copy));
            if (moves.Count == FlushEvery || bytes >= FlushBytes)
            {
                moved += await FlushAsync(table, moves, rules, cancellationToken);
                moves.Clear();
                bytes = 0;
            }
        }

        return moved + await FlushAsync(table, moves, rules, cancellationToken);
    }

    private static async Task<int> FlushAsync(
        TableClient table,
        List<(TableEntity Row, TableEntity Copy)> moves,
        PartitionMoveRules rules,
        CancellationToken cancellationToken)
    {
        var found = await TolerantTransactions.SubmitAsync(
            table,
            moves.Select(move => new TableTransactionAction(TableTransactionActionType.Add, move.Copy)),
            cancellationToken);
        if (rules.MovedWins is { } movedWins)
        {
            foreach (var action in found)
            {
                await ResolveAsync(table, (TableEntity)action.Entity, movedWins, cancellationToken);
            }
        }

        var deletes = moves.Select(move => new TableTransactionAction(
            TableTransactionActionType.Delete,
            new TableEntity(move.Row.PartitionKey, move.Row.RowKey) { ETag = ETag.All }));
        await TolerantTransactions.SubmitAsync(table, deletes, cancellationToken);
        return moves.Count;
    }

    // The copy replaces the row found in its place when the rule says so, under that row's ETag: a row changed
    // meanwhile is looked at again.
    private static async Task ResolveAsync(
        TableClient table,
        TableEntity copy,
        Func<TableEntity, TableEntity, bool> movedWins,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(
                copy.PartitionKey,
                copy.RowKey,
                cancellationToken: cancellationToken);
            try
            {
                if (!found.HasValue)
                {
                    await table.AddEntityAsync(copy, cancellationToken);
                }
                else if (movedWins(found.Value!, copy))
                {
                    await table.UpdateEntityAsync(copy, found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 or 404 && attempt < MaxResolveAttempts)
            {
                // Written, changed or deleted since it was read: look again.
            }
        }
    }
}
