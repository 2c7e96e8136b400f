using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Rebuilds the owner copies that an older version kept in a partition per owner (<c>{tenant}|owner|{owner}</c>)
/// beside each commitment in the tenant's partition, from the commitment rows themselves, and deletes the old
/// copies. A copy already beside its row is newer than anything rebuilt and is left as it is.
/// </summary>
internal sealed class CommitmentOwnerCopiesUpgrade(CadenceTables tables) : IStorageUpgrade
{
    public string Name => "commitments-owner-copies-in-partition";

    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(CommitmentStore.Table, cancellationToken);
        var rows = new List<CommitmentEntity>();
        var copies = new HashSet<(string Partition, string Row)>();
        var oldCopies = new List<(string Partition, string Row)>();
        // One scan of the whole table: the old per-owner partitions cannot be found by a key range.
        await foreach (var row in table.QueryAsync<CommitmentEntity>(cancellationToken: cancellationToken))
        {
            if (TableKeys.Split(row.PartitionKey) is [_, "owner", _])
            {
                oldCopies.Add((row.PartitionKey, row.RowKey));
            }
            else if (row.RowKey.StartsWith("owner|", StringComparison.Ordinal))
            {
                copies.Add((row.PartitionKey, row.RowKey));
            }
            else
            {
                rows.Add(row);
            }
        }

        var written = 0;
        foreach (var row in rows)
        {
            var commitment = row.ToCommitment();
            foreach (var owner in commitment.OwnerIds)
            {
                var key = (row.PartitionKey, CommitmentStore.OwnerRow(owner, commitment.Id));
                if (!copies.Contains(key) && await TryAddCopyAsync(table, commitment, key.Item2, cancellationToken))
                {
                    written++;
                }
            }
        }

        foreach (var (partition, rowKey) in oldCopies)
        {
            await DeleteAsync(table, partition, rowKey, cancellationToken);
        }

        return written;
    }

    // Added, never replaced: a copy written meanwhile by the present version is newer than this one.
    private static async Task<bool> TryAddCopyAsync(
        TableClient table,
        Commitment commitment,
        string rowKey,
        CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(
                CommitmentEntity.From(commitment, CommitmentStore.MainPartition(commitment.TenantId), rowKey),
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private static async Task DeleteAsync(TableClient table, string partition, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Another instance deleted it first.
        }
    }
}
