using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Bot;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Claims activity ids in the <c>activities</c> table: a claim is an insert, which the Table service
/// refuses with 409 when the row exists, so of two deliveries of one activity exactly one wins.
/// </summary>
/// <remarks>
/// Claims live in one partition per tenant and UTC day (<c>{tenant}|yyyyMMdd</c>) so that old claims go
/// by deleting whole partitions found with one key-range query, never by scanning the table. Teams
/// redelivers an activity it got no answer for within minutes, rarely hours: a claim is honoured for at
/// least <see cref="RedeliveryWindow"/> (the previous day is checked early in a day) and its row is
/// deleted once it is older than yesterday, so a claim is kept between one and two days.
/// </remarks>
internal sealed partial class TableActivityDeduplicator(
    CadenceTables tables,
    TimeProvider time,
    ILogger<TableActivityDeduplicator> logger) : IActivityDeduplicator
{
    public static readonly TimeSpan RedeliveryWindow = TimeSpan.FromHours(6);

    private const string TableName = "activities";
    private const int TransactionLimit = 100;

    // Bounds the one turn a day that prunes; a larger backlog is finished by the following turns.
    private const int MaxPrunedPerTurn = 1000;

    private readonly ConcurrentDictionary<string, DateOnly> _prunedOn = new(StringComparer.Ordinal);

    public async Task<bool> TryClaimAsync(string tenantId, string activityId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var now = time.GetUtcNow();
        var today = Day(now);
        var rowKey = TableKeys.Row(activityId);
        try
        {
            var claim = new ActivityClaim
            {
                PartitionKey = Partition(tenantId, today),
                RowKey = rowKey,
                ClaimedAt = now,
            };
            await table.AddEntityAsync(claim, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }

        // Written first, read second: of two deliveries on either side of midnight, the later one sees the
        // earlier one's row unless both run at the same instant (see the gap below).
        // Gaps: two deliveries of one activity racing across midnight UTC within milliseconds can both win.
        if (Day(now - RedeliveryWindow) != today)
        {
            var earlier = await table.GetEntityIfExistsAsync<ActivityClaim>(
                Partition(tenantId, today.AddDays(-1)),
                rowKey,
                cancellationToken: cancellationToken);
            if (earlier.HasValue)
            {
                return false;
            }
        }

        await PruneOncePerDayAsync(table, tenantId, today, cancellationToken);
        return true;
    }

    public async Task ReleaseAsync(string tenantId, string activityId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var today = Day(time.GetUtcNow());
        var rowKey = TableKeys.Row(activityId);

        // A turn that began before midnight and failed after it claimed in yesterday's partition.
        // Deleting a row that is not there succeeds.
        foreach (var day in new[] { today, today.AddDays(-1) })
        {
            await table.DeleteEntityAsync(Partition(tenantId, day), rowKey, ETag.All, cancellationToken);
        }

        LogReleased(logger, activityId);
    }

    // Deletes the tenant's claims older than yesterday, at most MaxPrunedPerTurn; true when none are left.
    private async Task<bool> PruneAsync(
        TableClient table,
        string tenantId,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var first = TableKeys.Partition(tenantId) + "|";
        var end = Partition(tenantId, today.AddDays(-1));
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {first} and PartitionKey lt {end}");
        var old = new List<ActivityClaim>();
        await foreach (var claim in table.QueryAsync<ActivityClaim>(
            filter,
            maxPerPage: TransactionLimit,
            select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken))
        {
            old.Add(claim);
            if (old.Count == MaxPrunedPerTurn)
            {
                break;
            }
        }

        // A transaction holds at most 100 operations, all in one partition.
        foreach (var batch in old.GroupBy(c => c.PartitionKey).SelectMany(p => p.Chunk(TransactionLimit)))
        {
            await table.SubmitTransactionAsync(
                batch.Select(c => new TableTransactionAction(TableTransactionActionType.Delete, c, ETag.All)),
                cancellationToken);
        }

        if (old.Count > 0)
        {
            LogPruned(logger, old.Count);
        }

        return old.Count < MaxPrunedPerTurn;
    }

    // Gaps: pruning runs on a tenant's claims, so a tenant that stops sending activities keeps its last claims.
    private async Task PruneOncePerDayAsync(
        TableClient table,
        string tenantId,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var mine = _prunedOn.TryGetValue(tenantId, out var last)
            ? last != today && _prunedOn.TryUpdate(tenantId, today, last)
            : _prunedOn.TryAdd(tenantId, today);
        if (!mine)
        {
            return;
        }

        try
        {
            if (!await PruneAsync(table, tenantId, today, cancellationToken))
            {
                _prunedOn.TryRemove(KeyValuePair.Create(tenantId, today));
            }
        }
        catch (RequestFailedException e)
        {
            // Another instance pruning the same rows makes a batch miss one; old rows only cost space.
            LogPruneFailed(logger, e.Status, e);
            _prunedOn.TryRemove(KeyValuePair.Create(tenantId, today));
        }
    }

    private static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    private static string Partition(string tenantId, DateOnly day) =>
        TableKeys.Partition(tenantId, day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    [LoggerMessage(EventId = 1301, EventName = "ActivityClaimReleased", Level = LogLevel.Debug,
        Message = "Released the claim on activity {ActivityId} so that its redelivery is handled")]
    private static partial void LogReleased(ILogger logger, string activityId);

    [LoggerMessage(EventId = 1302, EventName = "ActivityClaimsPruned", Level = LogLevel.Debug,
        Message = "Deleted {Count} activity claims older than yesterday")]
    private static partial void LogPruned(ILogger logger, int count);

    [LoggerMessage(EventId = 1303, EventName = "ActivityClaimsPruneFailed", Level = LogLevel.Warning,
        Message = "Could not delete old activity claims (status {Status}); a later turn tries again")]
    private static partial void LogPruneFailed(ILogger logger, int status, Exception exception);
}
