using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Adds and deletes in entity-group transactions (one partition, at most 100 actions and 4 MiB each) where a row
/// that is already there (an add) or already gone (a delete) is the state wanted, as another instance doing the same
/// work leaves it: such a transaction is then done row by row, and those rows are passed over.
/// </summary>
internal static class TolerantTransactions
{
    /// <summary>The Table service refuses a transaction of more actions than this.</summary>
    public const int MaxActions = 100;

    /// <summary>
    /// How large (estimated) the entities of one transaction may be together: the Table service refuses a request
    /// over 4 MiB, and the estimate leaves room for the multipart framing, the URLs and the estimate's own error.
    /// </summary>
    public const int MaxBatchBytes = 3 * 1024 * 1024;

    // The multipart headers and request line of one action, generously (a long key is counted in full besides).
    private const int ActionOverhead = 1024;

    /// <summary>
    /// Submits adds and deletes (no other kind; an add's entity a <see cref="TableEntity"/>), tolerating rows already
    /// added or already gone; returns the actions passed over for that reason, so that the caller can tell what it
    /// did itself from what another instance had done.
    /// </summary>
    public static async Task<IReadOnlyList<TableTransactionAction>> SubmitAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        CancellationToken cancellationToken)
    {
        var passedOver = new List<TableTransactionAction>();
        foreach (var batch in Batches(actions, MaxBatchBytes))
        {
            try
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 409)
            {
                foreach (var action in batch)
                {
                    if (!await SubmitOneAsync(table, action, cancellationToken))
                    {
                        passedOver.Add(action);
                    }
                }
            }
        }

        return passedOver;
    }

    /// <summary>
    /// Cuts <paramref name="actions"/> into transactions: one partition each, at most <see cref="MaxActions"/>
    /// actions, and entities of at most <paramref name="maxBytes"/> together by <see cref="EstimateBytes"/> (an
    /// action larger than that alone goes alone).
    /// </summary>
    internal static IEnumerable<List<TableTransactionAction>> Batches(
        IEnumerable<TableTransactionAction> actions,
        int maxBytes)
    {
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            var bytes = 0L;
            foreach (var action in partition)
            {
                var size = EstimateBytes(action);
                if (batch.Count > 0 && (batch.Count == MaxActions || bytes + size > maxBytes))
                {
                    yield return batch;
                    batch = [];
                    bytes = 0;
                }

                batch.Add(action);
                bytes += size;
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }
        }
    }

    /// <summary>
    /// An upper estimate of the bytes an action adds to a transaction's request: its keys (twice: in the URL and the
    /// body), and for an add every property's name and value as JSON escapes them (a character outside ASCII, or
    /// one such as '&lt;', takes six bytes), with room for its type annotation.
    /// </summary>
    internal static long EstimateBytes(TableTransactionAction action)
    {
        var entity = action.Entity;
        var bytes = ActionOverhead + (2L * (JsonBytes(entity.PartitionKey) + JsonBytes(entity.RowKey)));
        if (action.ActionType == TableTransactionActionType.Delete || entity is not TableEntity properties)
        {
            return bytes;
        }

        foreach (var (name, value) in properties)
        {
            bytes += JsonBytes(name) + 64 + value switch
            {
                string text => JsonBytes(text),
                byte[] binary => (binary.Length + 2) / 3 * 4,
                BinaryData binary => (binary.ToMemory().Length + 2) / 3 * 4,
                _ => 64,
            };
        }

        return bytes;
    }

    // The bytes of a string as a JSON value with the default (strict) escaping, which the Table client uses.
    private static long JsonBytes(string? text) =>
        text is null ? 4 : JsonEncodedText.Encode(text, JavaScriptEncoder.Default).EncodedUtf8Bytes.Length + 2;

    // Done row by row: false when it was passed over, the row being already there or already gone.
    private static async Task<bool> SubmitOneAsync(
        TableClient table,
        TableTransactionAction action,
        CancellationToken cancellationToken)
    {
        try
        {
            if (action.ActionType == TableTransactionActionType.Add)
            {
                await table.AddEntityAsync((TableEntity)action.Entity, cancellationToken);
            }
            else
            {
                // The client answers a row already gone with its 404 rather than an exception.
                var response = await table.DeleteEntityAsync(
                    action.Entity.PartitionKey,
                    action.Entity.RowKey,
                    ETag.All,
                    cancellationToken);
                return response.Status != 404;
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409)
        {
            return false;
        }
    }
}
