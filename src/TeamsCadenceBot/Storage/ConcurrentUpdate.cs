using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Read-modify-write of one entity under its ETag: a concurrent writer makes the loser read again
/// and reapply its change, so no update is lost.
/// </summary>
internal static class ConcurrentUpdate
{
    /// <summary>How many times a writer reads and reapplies before the conflict reaches its caller.</summary>
    public const int MaxAttempts = 20;

    // Jitter only spreads writers apart; it need not be unpredictable.
#pragma warning disable CA5394
    private static TimeSpan Jitter(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(0, 5 * Math.Min(attempt, 10)));
#pragma warning restore CA5394

    /// <summary>
    /// Applies <paramref name="change"/> to the stored entity (null when absent) and saves the result.
    /// Returning null from <paramref name="change"/> leaves storage untouched. Returns what was saved
    /// (or the unchanged entity).
    /// </summary>
    public static async Task<T?> UpdateAsync<T>(
        this TableClient table,
        string partitionKey,
        string rowKey,
        Func<T?, T?> change,
        CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<T>(
                partitionKey,
                rowKey,
                cancellationToken: cancellationToken);
            var existing = current.HasValue ? current.Value : null;
            var updated = change(existing);
            if (updated is null)
            {
                return existing;
            }

            updated.PartitionKey = partitionKey;
            updated.RowKey = rowKey;
            try
            {
                if (existing is null)
                {
                    await table.AddEntityAsync(updated, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(updated, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return updated;
            }
            catch (RequestFailedException e) when ((e.Status is 409 or 412) && attempt < MaxAttempts)
            {
                // Someone else wrote between our read and our write: read again and reapply.
                await PauseBeforeRetryAsync(attempt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// A short random pause that grows with the attempts, so that busy writers stop colliding; for writers
    /// that run their own read-modify-write loop under the ETag.
    /// </summary>
    public static Task PauseBeforeRetryAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Jitter(attempt), TimeProvider.System, cancellationToken);
}
