using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// The <c>oneonones</c> table: one row per pair's schedule, one partition per pair with its occurrences newest
/// first (so the latest meetings are the first rows read), and a row per online meeting seen, pointing to its
/// occurrence. Every change is a read-modify-write under the ETag.
/// </summary>
internal sealed class OneOnOneStore(CadenceTables tables)
{
    private const string Table = "oneonones";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<OneOnOneSchedule?> GetScheduleAsync(
        string tenantId,
        string managerId,
        string repId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            SchedulePartition(tenantId),
            TableKeys.Escape(OneOnOneIds.Pair(managerId, repId)),
            cancellationToken: cancellationToken);
        return row.HasValue ? ReadSchedule(row.Value!) : null;
    }

    /// <summary>The schedules a manager runs, active or stopped.</summary>
    public async Task<IReadOnlyList<OneOnOneSchedule>> ListSchedulesOfManagerAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = SchedulePartition(tenantId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and ManagerId eq {managerId}");
        var schedules = new List<OneOnOneSchedule>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            schedules.Add(ReadSchedule(row));
        }

        return schedules;
    }

    /// <summary>
    /// Saves what <paramref name="change"/> makes of the stored schedule (null when none); a null result writes
    /// nothing. Returns the schedule as stored afterwards.
    /// </summary>
    public async Task<OneOnOneSchedule?> ChangeScheduleAsync(
        string tenantId,
        string managerId,
        string repId,
        Func<OneOnOneSchedule?, OneOnOneSchedule?> change,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var saved = await table.UpdateAsync<TableEntity>(
            SchedulePartition(tenantId),
            TableKeys.Escape(OneOnOneIds.Pair(managerId, repId)),
            existing => change(existing is null ? null : ReadSchedule(existing)) is { } updated ? WriteSchedule(updated) : null,
            cancellationToken);
        return saved is null ? null : ReadSchedule(saved);
    }

    /// <summary>Stores the occurrence unless one with its id exists; returns the stored one.</summary>
    public async Task<OneOnOneOccurrence> AddOccurrenceAsync(OneOnOneOccurrence occurrence, CancellationToken cancellationToken)
    {
        var (stored, _) = await ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            existing => existing is null ? occurrence : null,
            cancellationToken);
        return stored ?? occurrence;
    }

    public async Task<OneOnOneOccurrence?> GetOccurrenceAsync(
        string tenantId,
        string occurrenceId,
        CancellationToken cancellationToken)
    {
        if (!OneOnOneIds.TryParseOccurrence(occurrenceId, out var managerId, out var repId, out var startsAt))
        {
            return null;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            OccurrencePartition(tenantId, OneOnOneIds.Pair(managerId, repId)),
            NewestFirst(startsAt),
            cancellationToken: cancellationToken);
        return row.HasValue ? ReadOccurrence(row.Value!) : null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored occurrence (null when none) under the ETag. Returns the
    /// occurrence as stored afterwards and whether this call changed it.
    /// </summary>
    public async Task<(OneOnOneOccurrence? Occurrence, bool Changed)> ChangeOccurrenceAsync(
        string tenantId,
        string occurrenceId,
        Func<OneOnOneOccurrence?, OneOnOneOccurrence?> change,
        CancellationToken cancellationToken)
    {
        if (!OneOnOneIds.TryParseOccurrence(occurrenceId, out var managerId, out var repId, out var startsAt))
        {
            return (null, false);
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var changed = false;
        var saved = await table.UpdateAsync<TableEntity>(
            OccurrencePartition(tenantId, OneOnOneIds.Pair(managerId, repId)),
            NewestFirst(startsAt),
            existing =>
            {
                var updated = change(existing is null ? null : ReadOccurrence(existing));
                changed = updated is not null;
                return updated is null ? null : WriteOccurrence(updated);
            },
            cancellationToken);
        return (saved is null ? null : ReadOccurrence(saved), changed);
    }

    /// <summary>The pair's occurrences that start before <paramref name="before"/> (all when null), newest first.</summary>
    public async Task<IReadOnlyList<OneOnOneOccurrence>> ListOccurrencesAsync(
        string tenantId,
        string managerId,
        string repId,
        DateTimeOffset? before,
        int max,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = OccurrencePartition(tenantId, OneOnOneIds.Pair(managerId, repId));
        var filter = before is { } b
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {NewestFirst(b)}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var found = new List<OneOnOneOccurrence>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            found.Add(ReadOccurrence(row));
            if (found.Count == max)
            {
                break;
            }
        }

        return found;
    }

    public async Task LinkMeetingAsync(string tenantId, string meetingId, string occurrenceId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = new TableEntity(MeetingPartition(tenantId), TableKeys.Escape(meetingId)) { ["OccurrenceId"] = occurrenceId };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<string?> FindByMeetingAsync(string tenantId, string meetingId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            MeetingPartition(tenantId),
            TableKeys.Escape(meetingId),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("OccurrenceId") : null;
    }

    private static OneOnOneSchedule ReadSchedule(TableEntity row) => new()
    {
        TenantId = row.GetString("TenantId") ?? "",
        ManagerId = row.GetString("ManagerId") ?? "",
        RepId = row.GetString("RepId") ?? "",
        Weekday = Enum.Parse<DayOfWeek>(row.GetString("Weekday") ?? nameof(DayOfWeek.Monday)),
        LocalTime = TimeOnly.ParseExact(row.GetString("LocalTime") ?? "09:00", "HH:mm", CultureInfo.InvariantCulture),
        Length = TimeSpan.FromMinutes(row.GetInt32("LengthMinutes") ?? 30),
        TimeZone = row.GetString("TimeZone") ?? "UTC",
        Frequency = Enum.Parse<OneOnOneFrequency>(row.GetString("Frequency") ?? nameof(OneOnOneFrequency.Weekly)),
        AnchorDate = DateOnly.ParseExact(row.GetString("AnchorDate") ?? "2026-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Version = row.GetInt32("Version") ?? 1,
        Active = row.GetBoolean("Active") ?? true,
    };

    private static TableEntity WriteSchedule(OneOnOneSchedule s) => new()
    {
        ["TenantId"] = s.TenantId,
        ["ManagerId"] = s.ManagerId,
        ["RepId"] = s.RepId,
        ["Weekday"] = s.Weekday.ToString(),
        ["LocalTime"] = s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["LengthMinutes"] = (int)s.Length.TotalMinutes,
        ["TimeZone"] = s.TimeZone,
        ["Frequency"] = s.Frequency.ToString(),
        ["AnchorDate"] = s.AnchorDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Version"] = s.Version,
        ["Active"] = s.Active,
    };

    private static OneOnOneOccurrence ReadOccurrence(TableEntity row) =>
        JsonSerializer.Deserialize<OneOnOneOccurrence>(row.GetString("Body") ?? "{}", Json)
        ?? throw new InvalidOperationException("An empty 1:1 occurrence row.");

    private static TableEntity WriteOccurrence(OneOnOneOccurrence occurrence) => new()
    {
        ["StartsAt"] = occurrence.StartsAt,
        ["Body"] = JsonSerializer.Serialize(occurrence, Json),
    };

    private static string SchedulePartition(string tenantId) => TableKeys.Partition(tenantId, "1on1", "schedule");

    private static string OccurrencePartition(string tenantId, string pairId) => TableKeys.Partition(tenantId, "1on1", pairId);

    private static string MeetingPartition(string tenantId) => TableKeys.Partition(tenantId, "1on1", "meeting");

    private static string NewestFirst(DateTimeOffset startsAt) =>
        (DateTimeOffset.MaxValue.UtcTicks - startsAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
