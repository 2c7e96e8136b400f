using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Rebuilds the owner copies that an older version kept in a partition per owner (<c>{tenant}|owner|{owner}</c>)
/// beside each commitment in the tenant's partition, from the commitment rows themselves, and deletes the old
/// copies. A copy already beside its row is newer than anything rebuilt and is left as it is.
/// </summary>
/// <remarks>
/// The table is read a page at a time and each page written before the next is read, so memory does not grow with
/// the table. A commitment row that cannot be read is passed over with a warning naming its keys: it stays as it
/// is (without copies beside it), and the upgrade goes on.
/// </remarks>
internal sealed partial class CommitmentOwnerCopiesUpgrade(
    CadenceTables tables,
    ILogger<CommitmentOwnerCopiesUpgrade> logger) : IStorageUpgrade
{
    public string Name => "commitments-owner-copies-in-partition";

    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(CommitmentStore.Table, cancellationToken);
        var written = 0;
        // One scan of the whole table: the old per-owner partitions cannot be found by a key range.
        var pages = table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).AsPages();
        await foreach (var page in pages)
        {
            var adds = new List<TableTransactionAction>();
            var deletes = new List<TableTransactionAction>();
            foreach (var row in page.Values)
            {
                if (TableKeys.Split(row.PartitionKey) is [_, "owner", _])
                {
                    deletes.Add(new TableTransactionAction(
                        TableTransactionActionType.Delete,
                        new TableEntity(row.PartitionKey, row.RowKey) { ETag = ETag.All }));
                }
                else if (!row.RowKey.StartsWith("owner|", StringComparison.Ordinal))
                {
                    adds.AddRange(CopiesOf(row));
                }
            }

            // Added, never replaced: a copy already there was written by the present version and is newer.
            var found = await TolerantTransactions.SubmitAsync(table, adds, cancellationToken);
            written += adds.Count - found.Count;
            await TolerantTransactions.SubmitAsync(table, deletes, cancellationToken);
        }

        return written;
    }

    private IEnumerable<TableTransactionAction> CopiesOf(TableEntity row)
    {
        Commitment commitment;
        try
        {
            commitment = Read(row).ToCommitment();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            LogUnreadable(logger, row.PartitionKey, row.RowKey, e.GetType().Name);
            return [];
        }

        return commitment.OwnerIds.Select(owner => new TableTransactionAction(
            TableTransactionActionType.Add,
            ToTableEntity(CommitmentEntity.From(
                commitment,
                CommitmentStore.MainPartition(commitment.TenantId),
                CommitmentStore.OwnerRow(owner, commitment.Id)))));
    }

    // The typed read, property by property, so that one malformed row fails alone rather than the whole scan.
    private static CommitmentEntity Read(TableEntity row) => new()
    {
        PartitionKey = row.PartitionKey,
        RowKey = row.RowKey,
        TenantId = Required(row, nameof(CommitmentEntity.TenantId)),
        Id = Required(row, nameof(CommitmentEntity.Id)),
        Text = row.GetString(nameof(CommitmentEntity.Text)) ?? "",
        OwnerIds = row.GetString(nameof(CommitmentEntity.OwnerIds)) ?? "",
        DueAt = row.GetDateTimeOffset(nameof(CommitmentEntity.DueAt))
            ?? throw new InvalidOperationException("No due time."),
        SuccessCriterion = row.GetString(nameof(CommitmentEntity.SuccessCriterion)),
        CreatedBy = row.GetString(nameof(CommitmentEntity.CreatedBy)) ?? "",
        OriginKind = row.GetString(nameof(CommitmentEntity.OriginKind)) ?? "",
        OriginReference = row.GetString(nameof(CommitmentEntity.OriginReference)) ?? "",
        CreatedAt = row.GetDateTimeOffset(nameof(CommitmentEntity.CreatedAt)) ?? default,
        State = row.GetString(nameof(CommitmentEntity.State)) ?? "",
        RescheduleCount = row.GetInt32(nameof(CommitmentEntity.RescheduleCount)) ?? 0,
        BlockedReason = row.GetString(nameof(CommitmentEntity.BlockedReason)),
        ClosedAt = row.GetDateTimeOffset(nameof(CommitmentEntity.ClosedAt)),
    };

    private static string Required(TableEntity row, string name) =>
        row.GetString(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"No {name}.");

    // As the typed entity is written: a null property is left out.
    private static TableEntity ToTableEntity(CommitmentEntity copy)
    {
        var entity = new TableEntity(copy.PartitionKey, copy.RowKey)
        {
            [nameof(CommitmentEntity.TenantId)] = copy.TenantId,
            [nameof(CommitmentEntity.Id)] = copy.Id,
            [nameof(CommitmentEntity.Text)] = copy.Text,
            [nameof(CommitmentEntity.OwnerIds)] = copy.OwnerIds,
            [nameof(CommitmentEntity.DueAt)] = copy.DueAt,
            [nameof(CommitmentEntity.SuccessCriterion)] = copy.SuccessCriterion,
            [nameof(CommitmentEntity.CreatedBy)] = copy.CreatedBy,
            [nameof(CommitmentEntity.OriginKind)] = copy.OriginKind,
            [nameof(CommitmentEntity.OriginReference)] = copy.OriginReference,
            [nameof(CommitmentEntity.CreatedAt)] = copy.CreatedAt,
            [nameof(CommitmentEntity.State)] = copy.State,
            [nameof(CommitmentEntity.RescheduleCount)] = copy.RescheduleCount,
            [nameof(CommitmentEntity.BlockedReason)] = copy.BlockedReason,
            [nameof(CommitmentEntity.ClosedAt)] = copy.ClosedAt,
        };
        foreach (var name in entity.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            entity.Remove(name);
        }

        return entity;
    }

    [LoggerMessage(EventId = 1312, EventName = "CommitmentRowUnreadable", Level = LogLevel.Warning,
        Message = "The commitment row {PartitionKey} / {RowKey} cannot be read ({ErrorType}); its owner copies are "
            + "not rebuilt")]
    private static partial void LogUnreadable(ILogger logger, string partitionKey, string rowKey, string errorType);
}
