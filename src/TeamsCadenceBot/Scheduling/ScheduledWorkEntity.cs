using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// A stored piece of work. The partition holds one tenant's due work; the row key starts with the time it is next
/// to be looked at (its due time, the end of a claim or of a backoff), so "what may be done now" is one range read
/// that touches only those rows. <see cref="DueAt"/> stays the time it was due.
/// </summary>
internal sealed class ScheduledWorkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";

    public string WorkId { get; set; } = "";

    public string Kind { get; set; } = "";

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? StaleAt { get; set; }

    public string Payload { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LeaseOwner { get; set; }

    public string? LastError { get; set; }

    public ScheduledWork ToWork() => new(TenantId, WorkId, Kind, DueAt, Payload) { StaleAt = StaleAt };
}
