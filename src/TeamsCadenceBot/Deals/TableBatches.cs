using Azure.Data.Tables;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// Splits table writes into transactions: one partition each and at most <see cref="MaxActions"/> actions, the
/// Table service's limits for an entity group transaction.
/// </summary>
internal static class TableBatches
{
    public const int MaxActions = 100;

    private const int MaxParallelBatches = 4;

    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> Split(IEnumerable<TableTransactionAction> actions) =>
        [.. actions
            .GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxActions))];

    /// <summary>Submits <paramref name="actions"/> as transactions, a few at a time; all of them or an exception.</summary>
    public static async Task SubmitAsync(
        TableClient table,
        IEnumerable<TableTransactionAction> actions,
        CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            Split(actions),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelBatches, CancellationToken = cancellationToken },
            async (batch, token) => await table.SubmitTransactionAsync(batch, token));
    }
}
