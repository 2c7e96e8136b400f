using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Stores commitments: the full row is the truth; each owner's copy is refreshed after every change and
/// is only used to find candidates, which are then read from the full row.
/// </summary>
internal sealed class CommitmentStore(CadenceTables tables)
{
    private const string Table = "commitments";

    public async Task AddAsync(Commitment commitment, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.AddEntityAsync(CommitmentEntity.From(commitment, MainPartition(commitment.TenantId)), cancellationToken);
        await RefreshOwnerCopiesAsync(table, commitment, cancellationToken);
    }

    public async Task<Commitment?> GetAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<CommitmentEntity>(MainPartition(tenantId), id, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToCommitment() : null;
    }

    /// <summary>
    /// Applies a change under the ETag; the change sees the latest stored version and may refuse.
    /// Returns the change's result (the saved item, or the refusal).
    /// </summary>
    public async Task<CommitmentChange> ChangeAsync(
        string tenantId,
        string id,
        Func<Commitment, CommitmentChange> change,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        CommitmentChange? outcome = null;
        var saved = await table.UpdateAsync<CommitmentEntity>(
            MainPartition(tenantId),
            id,
            existing =>
            {
                if (existing is null)
                {
                    outcome = CommitmentChange.Refused("That commitment no longer exists.");
                    return null;
                }

                outcome = change(existing.ToCommitment());
                return outcome.Updated is { } updated ? CommitmentEntity.From(updated, MainPartition(tenantId)) : null;
            },
            cancellationToken);
        if (outcome?.Updated is { } result && saved is not null)
        {
            await RefreshOwnerCopiesAsync(table, result, cancellationToken);
        }

        return outcome!;
    }

    /// <summary>The person's commitments, optionally only those due after <paramref name="dueAfter"/>.</summary>
    public async Task<IReadOnlyList<Commitment>> ListOwnedAsync(
        string tenantId,
        string ownerId,
        DateTimeOffset? dueAfter,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = Owner(tenantId, ownerId);
        var filter = dueAfter is { } after
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and DueAt gt {after}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var items = new List<Commitment>();
        await foreach (var row in table.QueryAsync<CommitmentEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(row.ToCommitment());
        }

        return items;
    }

    /// <summary>
    /// The person's commitments made in meetings of <paramref name="kind"/> whose origin reference starts with
    /// <paramref name="referencePrefix"/>, such as every item of one 1:1 pair.
    /// </summary>
    public async Task<IReadOnlyList<Commitment>> ListOwnedFromOriginAsync(
        string tenantId,
        string ownerId,
        CommitmentOriginKind kind,
        string referencePrefix,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(referencePrefix);
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = Owner(tenantId, ownerId);
        var kindName = kind.ToString();
        var end = referencePrefix[..^1] + (char)(referencePrefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and OriginKind eq {kindName} and OriginReference ge {referencePrefix} and OriginReference lt {end}");
        var items = new List<Commitment>();
        await foreach (var row in table.QueryAsync<CommitmentEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(row.ToCommitment());
        }

        return items;
    }

    private static async Task RefreshOwnerCopiesAsync(TableClient table, Commitment commitment, CancellationToken cancellationToken)
    {
        foreach (var owner in commitment.OwnerIds)
        {
            var copy = CommitmentEntity.From(commitment, Owner(commitment.TenantId, owner));
            copy.ETag = ETag.All;
            await table.UpsertEntityAsync(copy, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private static string MainPartition(string tenantId) => TableKeys.Partition(tenantId, "commitment");

    private static string Owner(string tenantId, string ownerId) => TableKeys.Partition(tenantId, "owner", ownerId);
}
