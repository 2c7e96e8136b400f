using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// Moves deals and snapshots written in the layout before <see cref="TableDealStore"/>'s present one: a tenant's
/// deals from <c>{tenant}|deal</c> into their buckets, and a week's snapshots from <c>{tenant}|snap|{week}</c>
/// into the owners' partitions of that week. Each row is written to its new place before the old one is deleted,
/// so a run cut short loses nothing and the next start finishes it.
/// </summary>
internal sealed class DealLayoutUpgrade(CadenceTables tables) : IStorageUpgrade
{
    private const int FlushEvery = 1000;

    public string Name => "deals-spread-partitions";

    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableDealStore.TableName, cancellationToken);
        var moves = new List<(TableEntity Row, string NewPartition)>();
        var written = 0;
        // One scan of the whole table: the older layout's partitions cannot be told apart by a key range.
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (NewPartitionOf(row) is not { } partition)
            {
                continue;
            }

            moves.Add((row, partition));
            if (moves.Count == FlushEvery)
            {
                written += await MoveAsync(table, moves, cancellationToken);
                moves.Clear();
            }
        }

        return written + await MoveAsync(table, moves, cancellationToken);
    }

    /// <summary>Where a row of the older layout belongs now, or null for a row of the present one.</summary>
    internal static string? NewPartitionOf(TableEntity row)
    {
        var parts = TableKeys.Split(row.PartitionKey);
        return parts switch
        {
            [var tenant, "deal"] when row.GetString(nameof(DealEntity.CrmId)) is { } crmId =>
                TableDealStore.MainPartition(tenant, crmId),
            [var tenant, "snap", _] when row.GetString(nameof(DealSnapshotEntity.OwnerId)) is { } ownerId =>
                row.PartitionKey + "|" + TableKeys.Escape(ownerId),
            _ => null,
        };
    }

    // Adds rather than replaces: a row already in its new place was written by the present version (another
    // instance moved it, or an import since) and is newer than the old one.
    private static async Task<int> MoveAsync(
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
        await SubmitTolerantAsync(table, adds, cancellationToken);
        var deletes = moves.Select(move => new TableTransactionAction(
            TableTransactionActionType.Delete,
            new TableEntity(move.Row.PartitionKey, move.Row.RowKey) { ETag = ETag.All }));
        await SubmitTolerantAsync(table, deletes, cancellationToken);
        return moves.Count;
    }

    // A transaction fails whole when one row is already there (an add) or already gone (a delete), which is what
    // another instance running the upgrade at the same time leaves: that transaction is then done row by row.
    private static async Task SubmitTolerantAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        CancellationToken cancellationToken)
    {
        foreach (var batch in TableBatches.Split(actions))
        {
            try
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 409)
            {
                foreach (var action in batch)
                {
                    await SubmitOneAsync(table, action, cancellationToken);
                }
            }
        }
    }

    private static async Task SubmitOneAsync(TableClient table, TableTransactionAction action, CancellationToken cancellationToken)
    {
        try
        {
            if (action.ActionType == TableTransactionActionType.Add)
            {
                await table.AddEntityAsync((TableEntity)action.Entity, cancellationToken);
            }
            else
            {
                await table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409)
        {
            // Already in its new place, or already gone from the old one.
        }
    }
}
