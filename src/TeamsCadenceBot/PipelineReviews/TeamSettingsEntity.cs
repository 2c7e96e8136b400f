using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// One row of the teamsettings table: a manager's thresholds (as JSON, so a new setting needs no new
/// column and an old row reads with the new default) and the quarter's quota (as text: tables have no decimal).
/// </summary>
internal sealed class TeamSettingsEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ThresholdsJson { get; set; } = "{}";

    public string? QuotaQuarterStart { get; set; }

    public string? QuotaAmount { get; set; }
}

/// <summary>A manager's review reminder schedule, in the same table as the settings.</summary>
internal sealed class ReviewScheduleEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";

    public string ManagerId { get; set; } = "";

    public string Day { get; set; } = "";

    public string LocalTime { get; set; } = "";

    public int IntervalWeeks { get; set; }

    public string TimeZone { get; set; } = "";

    public string FirstDate { get; set; } = "";

    public string? ChannelId { get; set; }

    public string? ConversationId { get; set; }

    public string Version { get; set; } = "";
}
