using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Deals;

/// <summary>A deal's snapshot row: partition <c>{tenant}|snap|{ISO week}|{owner}</c>, row the CRM id.</summary>
internal sealed class DealSnapshotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CrmId { get; set; } = "";

    public string Name { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public string Stage { get; set; } = "";

    public string? Amount { get; set; }

    public string? CloseDate { get; set; }

    public string Category { get; set; } = "";

    /// <summary>
    /// The deal's next step then; null when it had none (and in rows written before snapshots kept it).
    /// </summary>
    public string? NextStep { get; set; }

    public string? NextStepDate { get; set; }

    /// <summary>The date of the import that wrote this snapshot (the last one in its week).</summary>
    public string AsOf { get; set; } = "";

    /// <summary>The hash of the snapshot's content, to skip writing an equal one again.</summary>
    public string Hash { get; set; } = "";

    public static DealSnapshotEntity From(DealSnapshot snapshot, string partitionKey, string rowKey, string hash) =>
        new()
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            CrmId = snapshot.CrmId,
            Name = snapshot.Name,
            OwnerId = snapshot.OwnerId,
            Stage = snapshot.Stage.ToString(),
            Amount = DealText.Write(snapshot.Amount),
            CloseDate = DealText.Write(snapshot.CloseDate),
            Category = snapshot.Category.ToString(),
            NextStep = snapshot.NextStep,
            NextStepDate = DealText.Write(snapshot.NextStepDate),
            AsOf = DealText.Write(snapshot.AsOf)!,
            Hash = hash,
        };

    public DealSnapshot ToSnapshot(IsoWeek week) =>
        new(
            CrmId,
            Name,
            OwnerId,
            DealText.ReadEnum(Stage, DealStage.Discovery),
            DealText.ReadDecimal(Amount),
            DealText.ReadDate(CloseDate),
            DealText.ReadEnum(Category, ForecastCategory.Pipeline),
            week,
            DealText.ReadDate(AsOf) ?? week.Monday)
        {
            NextStep = NextStep,
            NextStepDate = DealText.ReadDate(NextStepDate),
        };
}
