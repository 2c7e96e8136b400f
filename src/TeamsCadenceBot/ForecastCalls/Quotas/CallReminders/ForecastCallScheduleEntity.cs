using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>A team's forecast-call reminder schedule in the forecastcallreminders table.</summary>
internal sealed class ForecastCallScheduleEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";

    public string ManagerId { get; set; } = "";

    public string Day { get; set; } = "";

    public string LocalTime { get; set; } = "";

    public string TimeZone { get; set; } = "";

    public int CloseWeeks { get; set; }

    public string ChannelId { get; set; } = "";

    public string Version { get; set; } = "";
}
