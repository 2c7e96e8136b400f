using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// The table of due work. Each tenant's work sits in its own partition ordered by due time; a
/// registry of tenants lets a sweep visit each partition. A sweep's cost grows with the number of
/// tenants and of due items, never with the number of commitments or people stored.
/// </summary>
internal sealed class WorkSchedule(CadenceTables tables)
{
    private const string WorkTable = "schedule";
    private const string TenantTable = "tenants";
    private readonly ConcurrentDictionary<string, bool> _knownTenants = new(StringComparer.Ordinal);

    /// <summary>Stores the work; scheduling the same id for the same time again changes nothing.</summary>
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

    /// <summary>Up to <paramref name="max"/> pieces of the tenant's work due at <paramref name="now"/>, oldest first.</summary>
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
    /// instance holds an unexpired claim or claimed it first.
    /// </summary>
    public async Task<bool> TryClaimAsync(
        ScheduledWorkEntity entity,
        string owner,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken)
    {
        if (entity.LeaseUntil > now)
        {
            return false;
        }

        entity.LeaseOwner = owner;
        entity.LeaseUntil = leaseUntil;
        entity.Attempts++;
        var table = await tables.GetAsync(WorkTable, cancellationToken);
        try
        {
            var response = await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            entity.ETag = response.Headers.ETag ?? entity.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
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

    /// <summary>Keeps failed work for another try after <paramref name="retryAt"/>, with the reason.</summary>
    public async Task ReleaseAsync(
        ScheduledWorkEntity entity,
        DateTimeOffset retryAt,
        string reason,
        CancellationToken cancellationToken)
    {
        entity.LeaseUntil = retryAt;
        entity.LeaseOwner = null;
        entity.LastError = reason.Length > 1000 ? reason[..1000] : reason;
        var table = await tables.GetAsync(WorkTable, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Another instance holds it now.
        }
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
