using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>
/// Each team's forecast-call reminder schedule in the forecastcallreminders table, keyed by tenant and manager; the
/// row's columns are the schedule's own property names.
/// </summary>
internal sealed class ForecastCallScheduleStore(CadenceTables tables)
{
    private const string Table = "forecastcallreminders";
    private const string TimeFormat = "HH:mm";

    public async Task<ForecastCallSchedule?> GetAsync(
        string tenantId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            Partition(tenantId),
            TableKeys.Row(managerId),
            cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        var e = row.Value!;
        return new ForecastCallSchedule(
            tenantId,
            managerId,
            Enum.Parse<DayOfWeek>(e.GetString(nameof(ForecastCallSchedule.Day))),
            TimeOnly.ParseExact(
                e.GetString(nameof(ForecastCallSchedule.LocalTime)),
                TimeFormat,
                CultureInfo.InvariantCulture),
            e.GetString(nameof(ForecastCallSchedule.TimeZone)),
            e.GetInt32(nameof(ForecastCallSchedule.CloseWeeks)) ?? 0,
            e.GetString(nameof(ForecastCallSchedule.ChannelId)),
            e.GetString(nameof(ForecastCallSchedule.Version)));
    }

    /// <summary>Stores the team's schedule, replacing any earlier one.</summary>
    public async Task SaveAsync(ForecastCallSchedule schedule, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(Partition(schedule.TenantId), TableKeys.Row(schedule.ManagerId))
        {
            [nameof(ForecastCallSchedule.Day)] = schedule.Day.ToString(),
            [nameof(ForecastCallSchedule.LocalTime)] =
                schedule.LocalTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            [nameof(ForecastCallSchedule.TimeZone)] = schedule.TimeZone,
            [nameof(ForecastCallSchedule.CloseWeeks)] = schedule.CloseWeeks,
            [nameof(ForecastCallSchedule.ChannelId)] = schedule.ChannelId,
            [nameof(ForecastCallSchedule.Version)] = schedule.Version,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the team's schedule; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string tenantId, string managerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);

        // The client answers a missing entity with a 404 response rather than an exception.
        var response = await table.DeleteEntityAsync(
            Partition(tenantId),
            TableKeys.Row(managerId),
            ETag.All,
            cancellationToken);
        return response.Status != 404;
    }

    private static string Partition(string tenantId) => TableKeys.Partition(tenantId, "team");
}
