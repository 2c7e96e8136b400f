namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>The log events of quotas and the forecast-call reminder: ids 3100 to 3199.</summary>
internal static partial class QuotaLog
{
    [LoggerMessage(EventId = 3100, EventName = "QuotasImported", Level = LogLevel.Information,
        Message = "Imported a quota file for tenant {TenantId}: {Created} new, {Updated} changed, "
            + "{Unchanged} unchanged, {Rejected} rejected")]
    public static partial void Imported(
        ILogger logger,
        string tenantId,
        int created,
        int updated,
        int unchanged,
        int rejected);

    [LoggerMessage(EventId = 3101, EventName = "QuotaFileUnreadable", Level = LogLevel.Warning,
        Message = "Refused a quota file for tenant {TenantId}: {Reason}")]
    public static partial void FileUnreadable(ILogger logger, string tenantId, string reason);

    [LoggerMessage(EventId = 3102, EventName = "QuotaFileCutShort", Level = LogLevel.Warning,
        Message = "Stopped reading a quota file for tenant {TenantId} after {RowsRead} rows; "
            + "the rest was not imported")]
    public static partial void FileCutShort(ILogger logger, string tenantId, int rowsRead);

    [LoggerMessage(EventId = 3110, EventName = "QuotaCardSaved", Level = LogLevel.Information,
        Message = "Saved {Changed} quotas for {PeriodKey} from the quota card")]
    public static partial void CardSaved(ILogger logger, int changed, string periodKey);

    [LoggerMessage(EventId = 3111, EventName = "QuotaCardSaveRefused", Level = LogLevel.Information,
        Message = "Refused to save the quota card: {Reason}")]
    public static partial void CardSaveRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 3112, EventName = "QuotaCardRefused", Level = LogLevel.Information,
        Message = "Refused a quota sheet to someone who is neither the manager nor a leader above")]
    public static partial void CardRefused(ILogger logger);
}
