using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Delivery;

/// <summary>
/// The outbox table: one row per outbound message, keyed by tenant and idempotency key, in one of
/// <see cref="Buckets"/> partitions <c>{tenant}|outbox|{bucket}</c> chosen by the key, so a tenant's sending is
/// not held to one partition. A card can be larger than one table property (64 KB), so the activity is stored in
/// chunks.
/// </summary>
/// <remarks>
/// Rows are kept after sending (they are what makes a key sent once) until <see cref="OutboxRetention"/> deletes
/// them <see cref="DeliveryOptions.KeepFinishedFor"/> after they finished. Until the storage upgrades are done, a
/// key is looked for in the older single partition as well, where a message already sent may still be.
/// </remarks>
// Gaps: an instance of the version before the spread outbox still running during a rolling deploy writes to the
// single partition after the upgrade has moved it, so its rows are never moved and a key both versions queue can
// be sent twice.
internal sealed class OutboxStore(CadenceTables tables, StorageUpgrades? upgrades = null)
{
    public const int Buckets = 16;

    internal const string Table = "outbox";
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 15;

    /// <summary>How many old rows are deleted at a time, as the scan finds them.</summary>
    internal int DeleteEvery { get; init; } = 1000;

    /// <summary>Stores a new message; false when a message with that key exists already.</summary>
    public async Task<bool> TryAddAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(message.Activity, ProtocolJson.Options);
        if (json.Length > ChunkChars * MaxChunks)
        {
            throw new ArgumentException(
                $"The message {message.Key} is {json.Length} characters, over the outbox limit.",
                nameof(message));
        }

        var entity = new TableEntity(Partition(message.TenantId, message.Key), TableKeys.Escape(message.Key))
        {
            ["Key"] = message.Key,
            ["Kind"] = message.Kind,
            ["Target"] = JsonSerializer.Serialize(message.Target, ProtocolJson.Options),
            ["ReplacesActivityId"] = message.ReplacesActivityId,
            ["State"] = nameof(OutboxState.Pending),
            ["Attempts"] = 0,
            ["Chunks"] = (json.Length + ChunkChars - 1) / ChunkChars,
        };
        for (var i = 0; i * ChunkChars < json.Length; i++)
        {
            entity["Body" + i] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        if (await ReadOlderLayoutAsync(table, message.TenantId, message.Key, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The message stored under <paramref name="key"/>, or null.</summary>
    /// <remarks>
    /// Until the storage upgrades are done it may come from the older layout; it is then only to be read: a change
    /// (<see cref="TryUpdateAsync"/>, <see cref="TryFinishAsync"/>) finds no row in the new place and answers null,
    /// as for a row changed elsewhere, and the upgrade moves the row as it was.
    /// </remarks>
    public async Task<OutboxEntry?> GetAsync(string tenantId, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            Partition(tenantId, key),
            TableKeys.Escape(key),
            cancellationToken: cancellationToken);
        if (row.HasValue)
        {
            return Read(tenantId, row.Value!);
        }

        return await ReadOlderLayoutAsync(table, tenantId, key, cancellationToken) is { } older
            ? Read(tenantId, older)
            : null;
    }

    /// <summary>Changes the state under the entry's ETag; null when someone else changed it first.</summary>
    public Task<OutboxEntry?> TryUpdateAsync(
        OutboxEntry entry,
        OutboxState state,
        int attempts,
        DateTimeOffset? leaseUntil,
        string? sentActivityId,
        string? lastError,
        CancellationToken cancellationToken) =>
        UpdateAsync(entry, state, attempts, leaseUntil, sentActivityId, lastError, null, cancellationToken);

    /// <summary>
    /// Records how the message ended (sent, or given up) under the entry's ETag, with when: the row is kept
    /// <see cref="DeliveryOptions.KeepFinishedFor"/> from then (<see cref="DeleteFinishedBeforeAsync"/>).
    /// </summary>
    public Task<OutboxEntry?> TryFinishAsync(
        OutboxEntry entry,
        OutboxState state,
        string? sentActivityId,
        string? note,
        DateTimeOffset finishedAt,
        CancellationToken cancellationToken) =>
        UpdateAsync(entry, state, entry.Attempts, null, sentActivityId, note, finishedAt, cancellationToken);

    /// <summary>
    /// Deletes every finished row (in every tenant) that finished before <paramref name="before"/>; returns how
    /// many this call deleted (not those another instance deleted first). Rows not finished (pending, or being
    /// sent) are never deleted, however old.
    /// </summary>
    /// <remarks>
    /// One filtered scan of the table: the Table service reads every row, so this runs daily, not per message.
    /// Rows finished in the single-partition layout get <c>FinishedAt</c> when <see cref="OutboxLayoutUpgrade"/>
    /// moves them.
    /// </remarks>
    // Gaps: rows finished in the spread layout by the version just before FinishedAt was recorded have none and are
    // kept.
    public async Task<int> DeleteFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var rows = table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"FinishedAt lt {before}"),
            select: ["PartitionKey", "RowKey", "State"],
            cancellationToken: cancellationToken);
        var deletes = new List<TableTransactionAction>();
        var deleted = 0;
        await foreach (var row in rows)
        {
            // A row is finished for good once it has a FinishedAt; checked again in case of a later retry.
            if (!IsFinished(row.GetString("State")))
            {
                continue;
            }

            deletes.Add(new TableTransactionAction(
                TableTransactionActionType.Delete,
                new TableEntity(row.PartitionKey, row.RowKey) { ETag = ETag.All }));
            if (deletes.Count == DeleteEvery)
            {
                deleted += await DeleteAsync(table, deletes, cancellationToken);
                deletes.Clear();
            }
        }

        return deleted + await DeleteAsync(table, deletes, cancellationToken);
    }

    // How many of the deletes this call did: a row already gone was deleted by another instance.
    private static async Task<int> DeleteAsync(
        TableClient table,
        List<TableTransactionAction> deletes,
        CancellationToken cancellationToken) =>
        deletes.Count - (await TolerantTransactions.SubmitAsync(table, deletes, cancellationToken)).Count;

    // The row of the single-partition layout, while the storage upgrades that move it may not be done.
    private async Task<TableEntity?> ReadOlderLayoutAsync(
        TableClient table,
        string tenantId,
        string key,
        CancellationToken cancellationToken)
    {
        if (upgrades is null or { Completed: true })
        {
            return null;
        }

        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            OlderPartition(tenantId),
            TableKeys.Escape(key),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    private async Task<OutboxEntry?> UpdateAsync(
        OutboxEntry entry,
        OutboxState state,
        int attempts,
        DateTimeOffset? leaseUntil,
        string? sentActivityId,
        string? lastError,
        DateTimeOffset? finishedAt,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var patch = new TableEntity(
            Partition(entry.Message.TenantId, entry.Message.Key),
            TableKeys.Escape(entry.Message.Key))
        {
            ["State"] = state.ToString(),
            ["Attempts"] = attempts,
            ["LeaseUntil"] = leaseUntil,
            ["SentActivityId"] = sentActivityId,
            ["LastError"] = lastError,
        };
        if (finishedAt is { } finished)
        {
            patch["FinishedAt"] = finished;
        }

        try
        {
            var response = await table.UpdateEntityAsync(patch, entry.ETag, TableUpdateMode.Merge, cancellationToken);
            return entry with
            {
                State = state,
                Attempts = attempts,
                LeaseUntil = leaseUntil,
                SentActivityId = sentActivityId,
                ETag = response.Headers.ETag ?? entry.ETag,
            };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    private static OutboxEntry Read(string tenantId, TableEntity row)
    {
        var chunks = row.GetInt32("Chunks") ?? 0;
        var json = string.Concat(Enumerable.Range(0, chunks).Select(i => row.GetString("Body" + i)));
        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var target = JsonSerializer.Deserialize<DeliveryTarget>(
            row.GetString("Target") ?? "{}",
            ProtocolJson.Options)!;
        var message = new OutboundMessage(
            tenantId,
            row.GetString("Key") ?? row.RowKey,
            row.GetString("Kind") ?? "",
            target,
            activity)
        {
            ReplacesActivityId = row.GetString("ReplacesActivityId"),
        };
        return new OutboxEntry(
            message,
            Enum.Parse<OutboxState>(row.GetString("State") ?? nameof(OutboxState.Pending)),
            row.GetInt32("Attempts") ?? 0,
            row.GetDateTimeOffset("LeaseUntil"),
            row.ETag)
        {
            SentActivityId = row.GetString("SentActivityId"),
        };
    }

    /// <summary>Whether a row in <paramref name="state"/> is done with: sent, or given up.</summary>
    internal static bool IsFinished(string? state) =>
        state is nameof(OutboxState.Sent)
            or nameof(OutboxState.Blocked)
            or nameof(OutboxState.Unreachable)
            or nameof(OutboxState.DeadLettered);

    /// <summary>Where the version before the spread outbox kept all of a tenant's rows.</summary>
    internal static string OlderPartition(string tenantId) => TableKeys.Partition(tenantId, "outbox");

    internal static string Partition(string tenantId, string key) =>
        TableKeys.Partition(
            tenantId,
            "outbox",
            TableKeys.Bucket(key, Buckets).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
}
