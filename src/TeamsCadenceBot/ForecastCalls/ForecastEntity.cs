using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// One row of the forecasts table: a record of <see cref="Kind"/> as JSON, since the Table service has no
/// decimal type and the records nest (a submission's evidence, a result's reps).
/// </summary>
internal sealed class ForecastEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";

    public string Json { get; set; } = "{}";
}
