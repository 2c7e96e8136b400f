using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// Per-team pipeline settings and the review reminder schedule, keyed by tenant and manager id in the
/// teamsettings table. A team without a row gets the documented defaults.
/// </summary>
internal sealed class TeamSettingsStore(CadenceTables tables)
{
    private const string Table = "teamsettings";
    private const string SettingsRow = "pipeline";
    private const string ScheduleRow = "reviewschedule";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<TeamSettings> GetAsync(string tenantId, string managerId, CancellationToken cancellationToken) =>
        (await GetVersionedAsync(tenantId, managerId, cancellationToken)).Settings;

    /// <summary>The team's settings and the stored row's ETag; an empty version when the team has no row.</summary>
    public async Task<(TeamSettings Settings, string Version)> GetVersionedAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TeamSettingsEntity>(
            Partition(tenantId), TableKeys.Row(managerId, SettingsRow), cancellationToken: cancellationToken);
        return row.HasValue ? (ToSettings(row.Value!), row.Value!.ETag.ToString()) : (TeamSettings.Default, "");
    }

    /// <summary>
    /// Replaces the team's thresholds, keeping its quota, if the stored row is still at
    /// <paramref name="expectedVersion"/> (empty: no row yet); false, with nothing written, when it moved on.
    /// </summary>
    public async Task<bool> TrySaveThresholdsAsync(
        string tenantId,
        string managerId,
        PipelineThresholds thresholds,
        string expectedVersion,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var outdated = false;
        await table.UpdateAsync<TeamSettingsEntity>(
            Partition(tenantId),
            TableKeys.Row(managerId, SettingsRow),
            existing =>
            {
                // Re-evaluated on every attempt: a write that slipped in between makes the card's version stale.
                outdated = (existing?.ETag.ToString() ?? "") != expectedVersion;
                return outdated
                    ? null
                    : new TeamSettingsEntity
                    {
                        ThresholdsJson = JsonSerializer.Serialize(thresholds, Json),
                        QuotaQuarterStart = existing?.QuotaQuarterStart,
                        QuotaAmount = existing?.QuotaAmount,
                    };
            },
            cancellationToken);
        return !outdated;
    }

    /// <summary>Replaces the team's settings unconditionally; for the demo seed and tests.</summary>
    public async Task SaveAsync(
        string tenantId,
        string managerId,
        TeamSettings settings,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TeamSettingsEntity
        {
            PartitionKey = Partition(tenantId),
            RowKey = TableKeys.Row(managerId, SettingsRow),
            ThresholdsJson = JsonSerializer.Serialize(settings.Thresholds, Json),
            QuotaQuarterStart = settings.Quota is { } q ? Format.IsoDate(q.QuarterStart) : null,
            QuotaAmount = settings.Quota?.Amount.ToString(CultureInfo.InvariantCulture),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ReviewSchedule?> GetScheduleAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ReviewScheduleEntity>(
            Partition(tenantId), TableKeys.Row(managerId, ScheduleRow), cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        var e = row.Value!;
        return new ReviewSchedule(
            e.TenantId,
            e.ManagerId,
            Enum.Parse<DayOfWeek>(e.Day),
            TimeOnly.ParseExact(e.LocalTime, "HH:mm", CultureInfo.InvariantCulture),
            e.IntervalWeeks,
            e.TimeZone,
            DateOnly.ParseExact(e.FirstDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.ChannelId,
            e.ConversationId,
            e.Version);
    }

    /// <summary>Stores the manager's schedule, replacing any earlier one.</summary>
    public async Task SaveScheduleAsync(ReviewSchedule schedule, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new ReviewScheduleEntity
        {
            PartitionKey = Partition(schedule.TenantId),
            RowKey = TableKeys.Row(schedule.ManagerId, ScheduleRow),
            TenantId = schedule.TenantId,
            ManagerId = schedule.ManagerId,
            Day = schedule.Day.ToString(),
            LocalTime = schedule.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            IntervalWeeks = schedule.IntervalWeeks,
            TimeZone = schedule.TimeZone,
            FirstDate = Format.IsoDate(schedule.FirstDate),
            ChannelId = schedule.ChannelId,
            ConversationId = schedule.ConversationId,
            Version = schedule.Version,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the manager's schedule; false when there was none.</summary>
    public async Task<bool> DeleteScheduleAsync(string tenantId, string managerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);

        // The client answers a missing entity with a 404 response rather than an exception.
        var response = await table.DeleteEntityAsync(
            Partition(tenantId),
            TableKeys.Row(managerId, ScheduleRow),
            ETag.All,
            cancellationToken);
        return response.Status != 404;
    }

    private static TeamSettings ToSettings(TeamSettingsEntity entity)
    {
        var thresholds = JsonSerializer.Deserialize<PipelineThresholds>(entity.ThresholdsJson, Json)
            ?? PipelineThresholds.Default;
        var quota = entity.QuotaQuarterStart is { } start && entity.QuotaAmount is { } amount
            ? new TeamQuota(
                DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture))
            : null;
        return new TeamSettings(thresholds, quota);
    }

    private static string Partition(string tenantId) => TableKeys.Partition(tenantId, "team");
}
