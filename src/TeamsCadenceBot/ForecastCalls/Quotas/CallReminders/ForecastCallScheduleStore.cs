using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>Each team's forecast-call reminder schedule, keyed by tenant and manager.</summary>
internal sealed class ForecastCallScheduleStore(CadenceTables tables)
{
    private const string Table = "forecastcallreminders";

    public async Task<ForecastCallSchedule?> GetAsync(string tenantId, string managerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ForecastCallScheduleEntity>(
            Partition(tenantId),
            TableKeys.Row(managerId),
            cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        var e = row.Value!;
        return new ForecastCallSchedule(
            e.TenantId,
            e.ManagerId,
            Enum.Parse<DayOfWeek>(e.Day),
            TimeOnly.ParseExact(e.LocalTime, "HH:mm", CultureInfo.InvariantCulture),
            e.TimeZone,
            e.CloseWeeks,
            e.ChannelId,
            e.Version);
    }

    /// <summary>Stores the team's schedule, replacing any earlier one.</summary>
    public async Task SaveAsync(ForecastCallSchedule schedule, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new ForecastCallScheduleEntity
        {
            PartitionKey = Partition(schedule.TenantId),
            RowKey = TableKeys.Row(schedule.ManagerId),
            TenantId = schedule.TenantId,
            ManagerId = schedule.ManagerId,
            Day = schedule.Day.ToString(),
            LocalTime = schedule.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            TimeZone = schedule.TimeZone,
            CloseWeeks = schedule.CloseWeeks,
            ChannelId = schedule.ChannelId,
            Version = schedule.Version,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the team's schedule; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string tenantId, string managerId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);

        // The client answers a missing entity with a 404 response rather than an exception.
        var response = await table.DeleteEntityAsync(Partition(tenantId), TableKeys.Row(managerId), ETag.All, cancellationToken);
        return response.Status != 404;
    }

    private static string Partition(string tenantId) => TableKeys.Partition(tenantId, "team");
}
