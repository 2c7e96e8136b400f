using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Stores commitments: the full row is the truth; each owner's copy sits beside it in the same partition and
/// is written with it in one entity-group transaction, so the copies never disagree with the row.
/// </summary>
/// <remarks>
/// Owner copies written before the copies moved into the commitments partition (they were in a partition per
/// owner) are rebuilt from the rows by <see cref="CommitmentOwnerCopiesUpgrade"/>.
/// </remarks>
internal sealed class CommitmentStore(CadenceTables tables)
{
    internal const string Table = "commitments";

    // Enough for the redeliveries Teams makes within minutes of an action on the same item. Gaps: a redelivery
    // arriving after 16 later actions on the same commitment is applied again.
    private const int RememberedActivities = 16;

    public async Task AddAsync(Commitment commitment, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = CommitmentEntity.From(commitment, MainPartition(commitment.TenantId));
        await table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, row), .. OwnerCopies(commitment)],
            cancellationToken);
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
    public Task<CommitmentChange> ChangeAsync(
        string tenantId,
        string id,
        Func<Commitment, CommitmentChange> change,
        CancellationToken cancellationToken) =>
        ChangeAsync(tenantId, id, activityId: null, c => Task.FromResult(change(c)), cancellationToken);

    /// <summary>
    /// Reads the item once and writes the change with its owner copies in one transaction under the ETag of
    /// what was read; a concurrent writer makes this read again and reapply. The change may refuse (then
    /// nothing is written). With <paramref name="activityId"/> the card action's id is stored with the change,
    /// and an action the row already records is not applied again: <see cref="CommitmentChange.Repeated"/>.
    /// </summary>
    public async Task<CommitmentChange> ChangeAsync(
        string tenantId,
        string id,
        string? activityId,
        Func<Commitment, Task<CommitmentChange>> change,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = MainPartition(tenantId);
        for (var attempt = 1; ; attempt++)
        {
            var read = await table.GetEntityIfExistsAsync<CommitmentEntity>(
                partition, id, cancellationToken: cancellationToken);
            if (!read.HasValue)
            {
                return CommitmentChange.Refused("That commitment no longer exists.");
            }

            var current = read.Value!;
            if (activityId is not null && Handled(current).Contains(activityId, StringComparer.Ordinal))
            {
                return CommitmentChange.Repeated(current.ToCommitment());
            }

            var outcome = await change(current.ToCommitment());
            if (outcome.Updated is not { } updated)
            {
                return outcome;
            }

            var row = CommitmentEntity.From(updated, partition);
            row.RecentActivityIds = activityId is null
                ? current.RecentActivityIds
                : string.Join(' ', Handled(current).TakeLast(RememberedActivities - 1).Append(activityId));
            try
            {
                await table.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, current.ETag),
                        .. OwnerCopies(updated),
                    ],
                    cancellationToken);
                return outcome;
            }
            catch (RequestFailedException e) when (e.Status is 412 && attempt < ConcurrentUpdate.MaxAttempts)
            {
                await ConcurrentUpdate.PauseBeforeRetryAsync(attempt, cancellationToken);
            }
        }
    }

    /// <summary>The person's commitments, optionally only those due after <paramref name="dueAfter"/>.</summary>
    public async Task<IReadOnlyList<Commitment>> ListOwnedAsync(
        string tenantId,
        string ownerId,
        DateTimeOffset? dueAfter,
        CancellationToken cancellationToken)
    {
        var partition = MainPartition(tenantId);
        var (first, end) = OwnerRange(ownerId);
        var filter = dueAfter is { } after
            ? TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and RowKey ge {first} and RowKey lt {end} and DueAt gt {after}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {first} and RowKey lt {end}");
        return await QueryAsync(filter, cancellationToken);
    }

    /// <summary>
    /// The person's commitments that are not done (open, rescheduled, blocked, missed): done ones, which pile up
    /// over the years, are left on the server.
    /// </summary>
    public async Task<IReadOnlyList<Commitment>> ListOwnedNotDoneAsync(
        string tenantId,
        string ownerId,
        CancellationToken cancellationToken)
    {
        var partition = MainPartition(tenantId);
        var (first, end) = OwnerRange(ownerId);
        var done = nameof(CommitmentState.Done);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {first} and RowKey lt {end} and State ne {done}");
        return await QueryAsync(filter, cancellationToken);
    }

    /// <summary>
    /// The person's commitments that are missed and were found missed in [<paramref name="from"/>,
    /// <paramref name="until"/>): one key range with the state and the time filtered by storage, whatever the due
    /// date (an item found missed after a long outage was due long before).
    /// </summary>
    public async Task<IReadOnlyList<Commitment>> ListMissedAsync(
        string tenantId,
        string ownerId,
        DateTimeOffset from,
        DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        var partition = MainPartition(tenantId);
        var (first, end) = OwnerRange(ownerId);
        var missed = nameof(CommitmentState.Missed);
        var owned = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {first} and RowKey lt {end}");
        var window = TableClient.CreateQueryFilter(
            $"State eq {missed} and ClosedAt ge {from} and ClosedAt lt {until}");
        var items = await QueryAsync(owned + " and " + window, cancellationToken);

        // Checked again to the tick, whatever precision storage compares times at.
        return [.. items.Where(c => c.ClosedAt >= from && c.ClosedAt < until)];
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
        var partition = MainPartition(tenantId);
        var (first, end) = OwnerRange(ownerId);
        var kindName = kind.ToString();
        var referenceEnd = After(referencePrefix);
        var owned = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {first} and RowKey lt {end}");
        var origin = TableClient.CreateQueryFilter(
            $"OriginKind eq {kindName} and OriginReference ge {referencePrefix} and OriginReference lt {referenceEnd}");
        var filter = owned + " and " + origin;
        return await QueryAsync(filter, cancellationToken);
    }

    private async Task<IReadOnlyList<Commitment>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var items = new List<Commitment>();
        await foreach (var row in table.QueryAsync<CommitmentEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(row.ToCommitment());
        }

        return items;
    }

    internal static IEnumerable<TableTransactionAction> OwnerCopies(Commitment commitment) =>
        commitment.OwnerIds.Select(owner => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            CommitmentEntity.From(commitment, MainPartition(commitment.TenantId), OwnerRow(owner, commitment.Id))));

    private static string[] Handled(CommitmentEntity row) =>
        row.RecentActivityIds?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    internal static string MainPartition(string tenantId) => TableKeys.Partition(tenantId, "commitment");

    internal static string OwnerRow(string ownerId, string id) => TableKeys.Row("owner", ownerId, id);

    // Every owner row of the person: from "owner|{owner}|" up to the next possible separator.
    private static (string First, string End) OwnerRange(string ownerId)
    {
        var first = TableKeys.Row("owner", ownerId) + "|";
        return (first, After(first));
    }

    private static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
