using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.People;

/// <summary>
/// People in Azure Table Storage, table <c>people</c>. Rows: the person in <c>{tenant}|person</c> keyed by
/// object id (the one place a person's manager is written); a pointer from each Teams id in
/// <c>{tenant}|teams</c>; a pointer from each manager to each report in <c>{tenant}|reports|{manager}</c>.
/// A report pointer is written before the person's manager changes and removed after, so pointers never miss
/// a report; a pointer left over by a crash or a lost race is dropped on read because the person's own row
/// names another manager.
/// </summary>
internal sealed partial class TablePeopleStore(
    CadenceTables tables,
    IOptions<PeopleOptions> options,
    RecentSightings recentSightings,
    ILogger<TablePeopleStore> logger,
    PersonCache? cache = null) : IPeopleStore
{
    private const string TableName = "people";

    // Deeper than any sales organisation; stops a walk up the chain should stored data ever loop.
    private const int MaxChainLength = 32;

    private const int MaxParallelReads = 16;

    private readonly string _defaultTimeZone =
        TimeZones.TryNormalize(options.Value.DefaultTimeZone, out var zone) ? zone : "UTC";

    public async Task<Person?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(await TableAsync(cancellationToken), tenantId, aadObjectId, cancellationToken);
        return entity?.ToPerson(tenantId, _defaultTimeZone);
    }

    public async Task<Person?> GetRecentAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        if (cache is null)
        {
            return await GetAsync(tenantId, aadObjectId, cancellationToken);
        }

        if (cache.TryGet(tenantId, aadObjectId, out var recent))
        {
            return recent;
        }

        var stamp = cache.Stamp;
        var person = await GetAsync(tenantId, aadObjectId, cancellationToken);
        if (person is not null)
        {
            cache.Remember(tenantId, person, stamp);
        }

        return person;
    }

    public async Task<Person?> FindByTeamsIdAsync(
        string tenantId,
        string teamsUserId,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var pointer = await table.GetEntityIfExistsAsync<PersonPointerEntity>(
            TeamsPartition(tenantId),
            TableKeys.Row(teamsUserId),
            cancellationToken: cancellationToken);
        return pointer.HasValue ? await GetAsync(tenantId, pointer.Value!.PersonId, cancellationToken) : null;
    }

    public async Task<Person> UpsertAsync(string tenantId, PersonSighting sighting, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sighting.AadObjectId);
        var clientTimeZone = TimeZones.TryNormalize(sighting.ClientTimeZone, out var zone) ? zone : null;
        var table = await TableAsync(cancellationToken);
        var existing = await ReadAsync(table, tenantId, sighting.AadObjectId, cancellationToken);
        if (existing is not null && PersonMerge.Apply(existing, sighting, clientTimeZone) is null)
        {
            return existing.ToPerson(tenantId, _defaultTimeZone);
        }

        // The pointer goes first: a person row naming a Teams id that no pointer finds would never be repaired.
        if (sighting.TeamsUserId is { Length: > 0 } teamsUserId && existing?.TeamsUserId != teamsUserId)
        {
            await table.UpsertEntityAsync(
                new PersonPointerEntity
                {
                    PartitionKey = TeamsPartition(tenantId),
                    RowKey = TableKeys.Row(teamsUserId),
                    PersonId = sighting.AadObjectId,
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        var saved = await table.UpdateAsync<PersonEntity>(
            PersonPartition(tenantId),
            TableKeys.Row(sighting.AadObjectId),
            current => PersonMerge.Apply(current, sighting, clientTimeZone),
            cancellationToken);
        cache?.Forget(tenantId, sighting.AadObjectId);
        if (existing is null)
        {
            LogPersonAdded(logger, tenantId);
        }

        return saved!.ToPerson(tenantId, _defaultTimeZone);
    }

    public async Task<Person?> SetOwnTimeZoneAsync(
        string tenantId,
        string aadObjectId,
        string timeZone,
        CancellationToken cancellationToken)
    {
        if (!TimeZones.TryNormalize(timeZone, out var iana))
        {
            throw new ArgumentException($"'{timeZone}' is not a known time zone.", nameof(timeZone));
        }

        var saved = await UpdatePersonAsync(
            tenantId,
            aadObjectId,
            current => current.TimeZone == iana && current.TimeZoneSource == nameof(TimeZoneSource.Person)
                ? null
                : With(current, p =>
                {
                    p.TimeZone = iana;
                    p.TimeZoneSource = nameof(TimeZoneSource.Person);
                }),
            cancellationToken);
        return saved?.ToPerson(tenantId, _defaultTimeZone);
    }

    public async Task<bool> SetUnreachableAsync(
        string tenantId,
        string aadObjectId,
        bool unreachable,
        CancellationToken cancellationToken)
    {
        // Set on every read of the row: a writer that lost the ETag race reads again and may find nothing to change.
        var changed = false;
        await UpdatePersonAsync(
            tenantId,
            aadObjectId,
            current =>
            {
                changed = current.Unreachable != unreachable;
                return changed ? With(current, p => p.Unreachable = unreachable) : null;
            },
            cancellationToken);
        return changed;
    }

    // Gaps: the cycle check and the write are not one transaction, so two people made each other's manager at the
    // same instant could both pass; walks up the chain stop at a repeat, so such a loop cannot hang a reader.
    public async Task<ManagerChange> SetManagerAsync(
        string tenantId,
        string aadObjectId,
        string? newManagerId,
        string? expectedManagerId,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        if (newManagerId is not null)
        {
            var chain = await GetManagementChainAsync(tenantId, newManagerId, cancellationToken);
            if (chain.Count == 0)
            {
                return ManagerChange.NotFound;
            }

            if (chain.Any(p => p.Id == aadObjectId))
            {
                LogCycleRefused(logger, tenantId);
                return ManagerChange.Cycle;
            }

            await table.UpsertEntityAsync(
                new PersonPointerEntity
                {
                    PartitionKey = ReportsPartition(tenantId, newManagerId),
                    RowKey = TableKeys.Row(aadObjectId),
                    PersonId = aadObjectId,
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        var outcome = ManagerChange.NotFound;
        string? previousManagerId = null;
        await table.UpdateAsync<PersonEntity>(
            PersonPartition(tenantId),
            TableKeys.Row(aadObjectId),
            current =>
            {
                previousManagerId = current?.ManagerId;
                outcome = current switch
                {
                    null => ManagerChange.NotFound,
                    _ when current.ManagerId == newManagerId => ManagerChange.Unchanged,
                    _ when current.ManagerId != expectedManagerId => ManagerChange.Conflict,
                    _ => ManagerChange.Changed,
                };
                return outcome == ManagerChange.Changed ? With(current!, p => p.ManagerId = newManagerId) : null;
            },
            cancellationToken);

        if (outcome == ManagerChange.Changed)
        {
            recentSightings.Forget(tenantId, aadObjectId);
            cache?.Forget(tenantId, aadObjectId);
            if (previousManagerId is not null)
            {
                await DeleteReportPointerAsync(table, tenantId, previousManagerId, aadObjectId, cancellationToken);
            }
        }

        return outcome;
    }

    // Gaps: report pointers left by a crash or a lost race are skipped on every read but never deleted.
    public async Task<IReadOnlyList<Person>> ListReportsAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var ids = new List<string>();
        var partition = ReportsPartition(tenantId, managerId);
        var pointers = table.QueryAsync<PersonPointerEntity>(
            e => e.PartitionKey == partition,
            select: [nameof(PersonPointerEntity.PersonId)],
            cancellationToken: cancellationToken);
        await foreach (var pointer in pointers)
        {
            ids.Add(pointer.PersonId);
        }

        var people = await ReadManyAsync(tenantId, ids, cancellationToken);
        return [.. people.Where(p => p.ManagerId == managerId).OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<IReadOnlyList<Person>> ListManagersOfLeaderAsync(
        string tenantId,
        string leaderId,
        CancellationToken cancellationToken)
    {
        var position = await GetPositionAsync(tenantId, leaderId, cancellationToken);
        return position is null ? [] : [.. position.Reports.Where(r => r.ReportCount > 0).Select(r => r.Person)];
    }

    public async Task<IReadOnlyList<Person>> GetManagementChainAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken)
    {
        var chain = new List<Person>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? next = aadObjectId;
        while (next is not null && chain.Count < MaxChainLength && seen.Add(next)
            && await GetAsync(tenantId, next, cancellationToken) is { } person)
        {
            chain.Add(person);
            next = person.ManagerId;
        }

        return chain;
    }

    public async Task<OrgPosition?> GetPositionAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken)
    {
        if (await GetAsync(tenantId, aadObjectId, cancellationToken) is not { } person)
        {
            return null;
        }

        var managerTask = person.ManagerId is { } managerId
            ? GetAsync(tenantId, managerId, cancellationToken)
            : Task.FromResult<Person?>(null);
        var reports = await ListReportsAsync(tenantId, aadObjectId, cancellationToken);
        var counts = await Task.WhenAll(reports.Select(async r => (await ListReportsAsync(tenantId, r.Id, cancellationToken)).Count));
        return new OrgPosition(person, await managerTask, [.. reports.Select((r, i) => new DirectReport(r, counts[i]))]);
    }

    public async IAsyncEnumerable<Person> ListAsync(
        string tenantId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var partition = PersonPartition(tenantId);
        await foreach (var entity in table.QueryAsync<PersonEntity>(
            e => e.PartitionKey == partition,
            cancellationToken: cancellationToken))
        {
            yield return entity.ToPerson(tenantId, _defaultTimeZone);
        }
    }

    private static string PersonPartition(string tenantId) => TableKeys.Partition(tenantId, "person");

    private static string TeamsPartition(string tenantId) => TableKeys.Partition(tenantId, "teams");

    private static string ReportsPartition(string tenantId, string managerId) =>
        TableKeys.Partition(tenantId, "reports", managerId);

    private static PersonEntity With(PersonEntity current, Action<PersonEntity> change)
    {
        var next = current.Copy();
        change(next);
        return next;
    }

    private static async Task<PersonEntity?> ReadAsync(
        TableClient table,
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<PersonEntity>(
            PersonPartition(tenantId),
            TableKeys.Row(aadObjectId),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    private static async Task DeleteReportPointerAsync(
        TableClient table,
        string tenantId,
        string managerId,
        string reportId,
        CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(
                ReportsPartition(tenantId, managerId),
                TableKeys.Row(reportId),
                ETag.All,
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone: another writer removed it, which is the state wanted.
        }
    }

    private async Task<IReadOnlyList<Person>> ReadManyAsync(
        string tenantId,
        List<string> ids,
        CancellationToken cancellationToken)
    {
        var found = new Person?[ids.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelReads, CancellationToken = cancellationToken },
            async (i, token) => found[i] = await GetAsync(tenantId, ids[i], token));
        return [.. found.OfType<Person>()];
    }

    private async Task<PersonEntity?> UpdatePersonAsync(
        string tenantId,
        string aadObjectId,
        Func<PersonEntity, PersonEntity?> change,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var saved = await table.UpdateAsync<PersonEntity>(
            PersonPartition(tenantId),
            TableKeys.Row(aadObjectId),
            current => current is null ? null : change(current),
            cancellationToken);
        recentSightings.Forget(tenantId, aadObjectId);
        cache?.Forget(tenantId, aadObjectId);
        return saved;
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        tables.GetAsync(TableName, cancellationToken);

    [LoggerMessage(EventId = 1500, EventName = "PersonAdded", Level = LogLevel.Information,
        Message = "Recorded a new person in tenant {TenantId}")]
    private static partial void LogPersonAdded(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 1501, EventName = "ManagerCycleRefused", Level = LogLevel.Warning,
        Message = "Refused a manager change in tenant {TenantId} that would make someone their own manager")]
    private static partial void LogCycleRefused(ILogger logger, string tenantId);
}
