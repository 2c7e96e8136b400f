using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Adds and deletes in entity-group transactions (one partition, at most 100 each) where a row that is already
/// there (an add) or already gone (a delete) is the state wanted, as another instance doing the same work leaves
/// it: such a transaction is then done row by row, and those rows are passed over.
/// </summary>
internal static class TolerantTransactions
{
    private const int MaxActions = 100;

    /// <summary>Submits adds and deletes (no other kind), tolerating rows already added or already gone.</summary>
    public static async Task SubmitAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        CancellationToken cancellationToken)
    {
        var batches = actions
            .GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxActions));
        foreach (var batch in batches)
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
