using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// The table of due work. Each tenant's work sits in its own partition ordered by due time; a
/// registry of tenants lets a sweep visit each partition. A sweep's cost grows with the number of
/// tenants and of due items, never with the number of commitments or people stored. A row is keyed by the time it
/// is next to be looked at: its due time, then the end of its claim, or the end of its backoff after a failure, so
/// the due range holds only work that may be done now.
/// </summary>
internal sealed class WorkSchedule(CadenceTables tables)
{
    private const string WorkTable = "schedule";
    private const string TenantTable = "tenants";
    private readonly ConcurrentDictionary<string, bool> _knownTenants = new(StringComparer.Ordinal);

    /// <summary>
    /// Stores the work; scheduling the same id for the same time again, while it waits for that time, changes
    /// nothing. Once claimed (moved to its lease) or done it would be stored again, which its handler's
    /// idempotency (messages keyed by the work id) makes harmless.
    /// </summary>
    public async Task ScheduleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        await RegisterTenantAsync(work.TenantId, cancellationToken);
        var table = await tables.GetAsync(WorkTable, cancellationToken);
        var entity = new ScheduledWorkEntity
        {
            PartitionKey = Partition(work.TenantId),
            RowKey = Row(work.DueAt, work.Id),
            TenantId = work.TenantId,
            WorkId = work.Id,
            Kind = work.Kind,
            DueAt = work.DueAt,
            StaleAt = work.StaleAt,
            Payload = work.Payload,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already scheduled: the id and time say it is the same work.
        }
    }

    /// <summary>The tenants that ever had work scheduled.</summary>
    public async Task<IReadOnlyList<string>> ListTenantsAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TenantTable, cancellationToken);
        var tenants = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (row.GetString("TenantId") is { Length: > 0 } tenantId)
            {
                tenants.Add(tenantId);
            }
        }

        return tenants;
    }

    /// <summary>
    /// Up to <paramref name="max"/> pieces of the tenant's work that may be done at <paramref name="now"/>, oldest
    /// first: due, and neither claimed by an instance nor waiting out a backoff (those rows are keyed later).
    /// </summary>
    public async Task<IReadOnlyList<ScheduledWorkEntity>> ReadDueAsync(
        string tenantId,
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(WorkTable, cancellationToken);
        var partition = Partition(tenantId);
        var upTo = DueKey(now.AddTicks(1));
        var due = new List<ScheduledWorkEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {upTo}");
        var query = table.QueryAsync<ScheduledWorkEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken);
        await foreach (var entity in query)
        {
            due.Add(entity);
            if (due.Count == max)
            {
                break;
            }
        }

        return due;
    }

    /// <summary>
    /// Claims the work for this instance until <paramref name="leaseUntil"/>. False when another
    /// instance claimed it first, or when the row holds a claim or backoff that has not ended (written by a version
    /// that kept such rows at their due time): that row is moved to the end of its lease instead, so that it no
    /// longer stands in the due range before newer work.
    /// </summary>
    /// <remarks>
    /// The claim moves the row to the end of its lease in the key order (the old row deleted under the ETag that
    /// was read, the new one added, in one partition transaction), so claimed work leaves the due range: another
    /// instance's read goes on to the next due pieces instead of re-reading these, and a claim that dies with its
    /// process falls due again when its lease ends.
    /// </remarks>
    public async Task<bool> TryClaimAsync(
        ScheduledWorkEntity entity,
        string owner,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken)
    {
        if (entity.LeaseUntil is { } held && held > now)
        {
            await MoveAsync(entity, held, entity.LeaseOwner, entity.Attempts, entity.LastError, cancellationToken);
            return false;
        }

        return await MoveAsync(entity, leaseUntil, owner, entity.Attempts + 1, entity.LastError, cancellationToken);
    }

    /// <summary>Removes work that is done (or dropped). Work another instance already removed is fine.</summary>
    public async Task RemoveAsync(ScheduledWorkEntity entity, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(WorkTable, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // 412: our claim expired and another instance took it; it will finish the work.
        }
    }

    /// <summary>
    /// Keeps failed work for another try after <paramref name="retryAt"/>, with the reason: the row moves to
    /// <paramref name="retryAt"/> in the key order, so work in backoff never stands before newer due work.
    /// </summary>
    public async Task ReleaseAsync(
        ScheduledWorkEntity entity,
        DateTimeOffset retryAt,
        string reason,
        CancellationToken cancellationToken) =>
        await MoveAsync(
            entity,
            retryAt,
            owner: null,
            entity.Attempts,
            reason.Length > 1000 ? reason[..1000] : reason,
            cancellationToken);

    // Deletes the row as read (under its ETag) and adds it again keyed at `until`, in one transaction: either both
    // happen or neither. False when the row changed or went since it was read (another instance has it).
    private async Task<bool> MoveAsync(
        ScheduledWorkEntity entity,
        DateTimeOffset until,
        string? owner,
        int attempts,
        string? lastError,
        CancellationToken cancellationToken)
    {
        var moved = new ScheduledWorkEntity
        {
            PartitionKey = entity.PartitionKey,
            RowKey = Row(until, entity.WorkId),
            TenantId = entity.TenantId,
            WorkId = entity.WorkId,
            Kind = entity.Kind,
            DueAt = entity.DueAt,
            StaleAt = entity.StaleAt,
            Payload = entity.Payload,
            Attempts = attempts,
            LeaseUntil = until,
            LeaseOwner = owner,
            LastError = lastError,
        };
        var table = await tables.GetAsync(WorkTable, cancellationToken);
        try
        {
            if (moved.RowKey == entity.RowKey)
            {
                // Already keyed at that time (a backoff ending when the claim would): one row, changed in place.
                moved.ETag = entity.ETag;
                var updated = await table.UpdateEntityAsync(
                    moved,
                    entity.ETag,
                    TableUpdateMode.Replace,
                    cancellationToken);
                Keep(entity, moved.RowKey, updated.Headers.ETag, attempts, until, owner, lastError);
                return true;
            }

            var response = await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, entity, entity.ETag),
                    new TableTransactionAction(TableTransactionActionType.Add, moved),
                ],
                cancellationToken);
            Keep(entity, moved.RowKey, response.Value[1].Headers.ETag, attempts, until, owner, lastError);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // 404, 412: another instance moved or removed it first. 409: a row of the same work already sits at that
            // time (scheduled again for it); this one stays due and is tried again by a later sweep.
            return false;
        }
    }

    private static void Keep(
        ScheduledWorkEntity entity,
        string rowKey,
        ETag? etag,
        int attempts,
        DateTimeOffset until,
        string? owner,
        string? lastError)
    {
        entity.RowKey = rowKey;
        entity.ETag = etag ?? throw new InvalidOperationException("Storage returned no ETag.");
        entity.Attempts = attempts;
        entity.LeaseUntil = until;
        entity.LeaseOwner = owner;
        entity.LastError = lastError;
    }

    private async Task RegisterTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_knownTenants.ContainsKey(tenantId))
        {
            return;
        }

        var table = await tables.GetAsync(TenantTable, cancellationToken);
        var row = new TableEntity(TableKeys.Partition(tenantId), "tenant") { ["TenantId"] = tenantId };
        await table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
        _knownTenants.TryAdd(tenantId, true);
    }

    private static string Partition(string tenantId) => TableKeys.Partition(tenantId, "due");

    private static string Row(DateTimeOffset dueAt, string id) => DueKey(dueAt) + "|" + TableKeys.Escape(id);

    private static string DueKey(DateTimeOffset at) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
