using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// The forecasts table. A team's period is one partition (tenant, manager, period), so a call's every view reads
/// it with one query: calls, submissions (row key by rep and time, so none replaces another), the manager's
/// calls and the snapshots. Each team's measured periods share a partition, so calibration reads them at once;
/// thresholds live in a partition of their own per tenant.
/// </summary>
internal sealed class TableForecastStore(CadenceTables tables) : IForecastStore
{
    private const string Table = "forecasts";
    private const string CallKind = "call";
    private const string SubmissionKind = "sub";
    private const string ManagerCallKind = "mgr";
    private const string SnapshotKind = "snap";
    private const string ResultKind = "result";
    private const string ThresholdsKind = "thresholds";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PeriodRecords> GetPeriodAsync(
        string tenantId,
        string managerId,
        string periodKey,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = Partition(tenantId, managerId, periodKey);
        var calls = new List<ForecastCallRecord>();
        var submissions = new List<RepSubmission>();
        var managerCalls = new Dictionary<string, ManagerCall>(StringComparer.Ordinal);
        var snapshots = new List<CallSnapshot>();
        var rows = table.QueryAsync<ForecastEntity>(
            e => e.PartitionKey == partition,
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            switch (row.Kind)
            {
                case CallKind:
                    calls.Add(Read<ForecastCallRecord>(row));
                    break;
                case SubmissionKind:
                    submissions.Add(Read<RepSubmission>(row));
                    break;
                case ManagerCallKind:
                    var call = Read<ManagerCall>(row);
                    managerCalls[call.RepId] = call;
                    break;
                case SnapshotKind:
                    snapshots.Add(Read<CallSnapshot>(row));
                    break;
                default:
                    break;
            }
        }

        return new PeriodRecords(
            [.. calls.OrderBy(c => c.LaunchedAt).ThenBy(c => c.CallId, StringComparer.Ordinal)],
            [.. submissions.OrderBy(s => s.At)],
            managerCalls,
            snapshots);
    }

    public async Task<ForecastCallRecord?> GetCallAsync(
        string tenantId,
        string managerId,
        string periodKey,
        string callId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ForecastEntity>(
            Partition(tenantId, managerId, periodKey),
            TableKeys.Row(CallKind, callId),
            cancellationToken: cancellationToken);
        return row.HasValue ? Read<ForecastCallRecord>(row.Value!) : null;
    }

    public async Task AddCallAsync(string tenantId, ForecastCallRecord call, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.AddEntityAsync(
            Entity(
                Partition(tenantId, call.ManagerId, call.PeriodKey),
                TableKeys.Row(CallKind, call.CallId),
                CallKind,
                call),
            cancellationToken);
    }

    public async Task SetActivityIdAsync(
        string tenantId,
        ForecastCallRecord call,
        string activityId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.UpdateAsync<ForecastEntity>(
            Partition(tenantId, call.ManagerId, call.PeriodKey),
            TableKeys.Row(CallKind, call.CallId),
            stored => stored is null
                ? null
                : Entity(
                    stored.PartitionKey,
                    stored.RowKey,
                    CallKind,
                    Read<ForecastCallRecord>(stored) with { ActivityId = activityId }),
            cancellationToken);
    }

    public async Task AddSubmissionAsync(
        string tenantId,
        string managerId,
        RepSubmission submission,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var ticks = submission.At.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

        // A second submission in the same tick is a double click: the first one stands.
        var row = TableKeys.Row(SubmissionKind, submission.RepId, ticks);
        try
        {
            await table.AddEntityAsync(
                Entity(Partition(tenantId, managerId, submission.PeriodKey), row, SubmissionKind, submission),
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return;
        }
    }

    public async Task SetManagerCallAsync(
        string tenantId,
        string managerId,
        string periodKey,
        ManagerCall call,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = Partition(tenantId, managerId, periodKey);
        var row = TableKeys.Row(ManagerCallKind, call.RepId);

        // Later writes win, but never an older one over a newer: two managers' tabs may race.
        await table.UpdateAsync<ForecastEntity>(
            partition,
            row,
            stored => stored is not null && Read<ManagerCall>(stored).SetAt > call.SetAt
                ? null
                : Entity(partition, row, ManagerCallKind, call),
            cancellationToken);
    }

    public async Task UpdateSnapshotAsync(
        string tenantId,
        string managerId,
        string periodKey,
        string callId,
        string repId,
        Func<CallSnapshot?, CallSnapshot> change,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = Partition(tenantId, managerId, periodKey);
        var row = TableKeys.Row(SnapshotKind, callId, repId);
        await table.UpdateAsync<ForecastEntity>(
            partition,
            row,
            stored => Entity(partition, row, SnapshotKind, change(stored is null ? null : Read<CallSnapshot>(stored))),
            cancellationToken);
    }

    public async Task<bool> AddResultAsync(
        string tenantId,
        string managerId,
        PeriodResult result,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.AddEntityAsync(
                Entity(ResultsPartition(tenantId, managerId), TableKeys.Row(result.PeriodKey), ResultKind, result),
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<PeriodResult>> ListResultsAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = ResultsPartition(tenantId, managerId);
        var results = new List<PeriodResult>();
        var rows = table.QueryAsync<ForecastEntity>(
            e => e.PartitionKey == partition,
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            results.Add(Read<PeriodResult>(row));
        }

        // Period keys (FY2027-Q1) sort as text in time order.
        return [.. results.OrderByDescending(r => r.PeriodKey, StringComparer.Ordinal)];
    }

    public async Task<ForecastThresholds> GetThresholdsAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ForecastEntity>(
            SettingsPartition(tenantId),
            TableKeys.Row(managerId),
            cancellationToken: cancellationToken);
        return row.HasValue ? Read<ForecastThresholds>(row.Value!) : ForecastThresholds.Default;
    }

    public async Task SaveThresholdsAsync(
        string tenantId,
        string managerId,
        ForecastThresholds thresholds,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.UpsertEntityAsync(
            Entity(SettingsPartition(tenantId), TableKeys.Row(managerId), ThresholdsKind, thresholds),
            TableUpdateMode.Replace,
            cancellationToken);
    }

    private static ForecastEntity Entity<T>(string partition, string row, string kind, T value) => new()
    {
        PartitionKey = partition,
        RowKey = row,
        Kind = kind,
        Json = JsonSerializer.Serialize(value, Json),
    };

    private static T Read<T>(ForecastEntity row) =>
        JsonSerializer.Deserialize<T>(row.Json, Json)
        ?? throw new InvalidDataException($"The forecasts row {row.RowKey} holds no {typeof(T).Name}.");

    private static string Partition(string tenantId, string managerId, string periodKey) =>
        TableKeys.Partition(tenantId, "forecast", managerId, periodKey);

    private static string ResultsPartition(string tenantId, string managerId) =>
        TableKeys.Partition(tenantId, "forecastresult", managerId);

    private static string SettingsPartition(string tenantId) => TableKeys.Partition(tenantId, "forecastsettings");
}
