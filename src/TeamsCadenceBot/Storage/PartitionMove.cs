using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Moves the rows of one table that an older layout kept in other partitions: each row is added in its new place
/// before it is deleted from the old one, so a move cut short loses nothing and running it again finishes it.
/// A row already in its new place was written by the present version (another instance moved it, or a write
/// since) and is newer, so it is kept, and the old one is dropped.
/// </summary>
internal static class PartitionMove
{
    private const int FlushEvery = 1000;

    /// <summary>
    /// Scans <paramref name="table"/> whole (an older layout's partitions cannot be told apart by a key range),
    /// moves every row for which <paramref name="newPartitionOf"/> gives a partition, and returns how many.
    /// </summary>
    public static async Task<int> MoveAsync(
        TableClient table,
        Func<TableEntity, string?> newPartitionOf,
        CancellationToken cancellationToken)
    {
        var moves = new List<(TableEntity Row, string NewPartition)>();
        var moved = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (newPartitionOf(row) is not { } partition)
            {
                continue;
            }

            moves.Add((row, partition));
            if (moves.Count == FlushEvery)
            {
                moved += await FlushAsync(table, moves, cancellationToken);
                moves.Clear();
            }
        }

        return moved + await FlushAsync(table, moves, cancellationToken);
    }

    private static async Task<int> FlushAsync(
        TableClient table,
        List<(TableEntity Row, string NewPartition)> moves,
        CancellationToken cancellationToken)
    {
        var adds = moves.Select(move =>
        {
            var copy = new TableEntity(move.Row) { PartitionKey = move.NewPartition, ETag = default };
            copy.Remove("odata.etag");
            copy.Remove(nameof(TableEntity.Timestamp));
            return new TableTransactionAction(TableTransactionActionType.Add, copy);
        });
        await TolerantTransactions.SubmitAsync(table, adds, cancellationToken);
        var deletes = moves.Select(move => new TableTransactionAction(
            TableTransactionActionType.Delete,
            new TableEntity(move.Row.PartitionKey, move.Row.RowKey) { ETag = ETag.All }));
        await TolerantTransactions.SubmitAsync(table, deletes, cancellationToken);
        return moves.Count;
    }
}
