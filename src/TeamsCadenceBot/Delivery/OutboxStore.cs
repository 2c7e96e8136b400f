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
/// Gaps: rows are kept after sending (they are what makes a key sent once) and nothing deletes old ones yet.
/// </remarks>
internal sealed class OutboxStore(CadenceTables tables)
{
    public const int Buckets = 16;

    internal const string Table = "outbox";
    private const int ChunkChars = 30_000;

    // Old rows are deleted this many at a time, as the scan finds them.
    private const int DeleteEvery = 1000;
    private const int MaxChunks = 15;

    /// <summary>Stores a new message; false when a message with that key exists already.</summary>
    public async Task<bool> TryAddAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(message.Activity, ProtocolJson.Options);
        if (json.Length > ChunkChars * MaxChunks)
        {
            throw new ArgumentException($"The message {message.Key} is {json.Length} characters, over the outbox limit.", nameof(message));
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

    public async Task<OutboxEntry?> GetAsync(string tenantId, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId, key), TableKeys.Escape(key), cancellationToken: cancellationToken);
        return row.HasValue ? Read(tenantId, row.Value!) : null;
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
    /// many. Rows not finished (pending, or being sent) are never deleted, however old.
    /// </summary>
    /// <remarks>
    /// One filtered scan of the table: the Table service reads every row, so this runs daily, not per message.
    /// Gaps: rows finished by a version that did not record <c>FinishedAt</c> are kept.
    /// </remarks>
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
            if (row.GetString("State") is nameof(OutboxState.Pending) or nameof(OutboxState.Sending))
            {
                continue;
            }

            deletes.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, row.RowKey) { ETag = ETag.All }));
            if (deletes.Count == DeleteEvery)
            {
                await TolerantTransactions.SubmitAsync(table, deletes, cancellationToken);
                deleted += deletes.Count;
                deletes.Clear();
            }
        }

        await TolerantTransactions.SubmitAsync(table, deletes, cancellationToken);
        return deleted + deletes.Count;
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
        var patch = new TableEntity(Partition(entry.Message.TenantId, entry.Message.Key), TableKeys.Escape(entry.Message.Key))
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
        var target = JsonSerializer.Deserialize<DeliveryTarget>(row.GetString("Target") ?? "{}", ProtocolJson.Options)!;
        var message = new OutboundMessage(tenantId, row.GetString("Key") ?? row.RowKey, row.GetString("Kind") ?? "", target, activity)
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

    internal static string Partition(string tenantId, string key) =>
        TableKeys.Partition(
            tenantId,
            "outbox",
            TableKeys.Bucket(key, Buckets).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
}
