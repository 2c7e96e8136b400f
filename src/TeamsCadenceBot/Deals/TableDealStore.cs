using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// Deals in Azure Table Storage, table <c>deals</c>. Rows: the deal in <c>{tenant}|deal</c> (the truth); a full
/// copy in the owner's partition <c>{tenant}|owner|{owner}</c>; a snapshot per ISO week in
/// <c>{tenant}|snap|{week}</c>; all keyed by CRM id. An upsert writes the owner's copy and the snapshot before the
/// deal itself, so a write cut short leaves the deal looking changed and the next import repairs it (until then,
/// a deal that changed owner may also still be listed for its previous owner).
/// </summary>
// Gaps: two upserts for one tenant at the same time are not serialised; each compares with the state it loaded,
// so a deal changed by both can end with the other's derived push count or stage date.
internal sealed class TableDealStore(CadenceTables tables) : IDealStore
{
    /// <summary>How many incoming deals an upsert holds and writes at a time.</summary>
    public const int ChunkSize = 1000;

    private const string TableName = "deals";
    private const int MaxParallelReads = 8;

    private static readonly string[] IndexColumns =
    [
        nameof(DealEntity.CrmId),
        nameof(DealEntity.OwnerId),
        nameof(DealEntity.ImportHash),
        nameof(DealEntity.Stage),
        nameof(DealEntity.CloseDate),
        nameof(DealEntity.StageEnteredDate),
        nameof(DealEntity.CloseDatePushCount),
        nameof(DealEntity.CreatedDate),
    ];

    private static readonly string[] SnapshotIndexColumns = [nameof(DealSnapshotEntity.CrmId), nameof(DealSnapshotEntity.Hash)];

    public async Task<DealUpsertResult> UpsertAsync(
        string tenantId,
        IAsyncEnumerable<IncomingDeal> deals,
        DateOnly asOf,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var batch = new UpsertBatch(
            table,
            tenantId,
            asOf,
            await LoadIndexAsync(table, tenantId, cancellationToken),
            await LoadSnapshotHashesAsync(table, tenantId, IsoWeek.Of(asOf), cancellationToken));
        var chunk = new List<IncomingDeal>(ChunkSize);
        var idsInChunk = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var incoming in deals.WithCancellation(cancellationToken))
        {
            if (incoming.Deal.TenantId != tenantId)
            {
                throw new ArgumentException("A deal of another tenant was given.", nameof(deals));
            }

            // A repeated id ends the chunk: one transaction cannot touch a row twice, and the later one must win.
            if (chunk.Count == ChunkSize || idsInChunk.Contains(incoming.Deal.CrmId))
            {
                await batch.WriteAsync(chunk, cancellationToken);
                chunk.Clear();
                idsInChunk.Clear();
            }

            chunk.Add(incoming);
            idsInChunk.Add(incoming.Deal.CrmId);
        }

        await batch.WriteAsync(chunk, cancellationToken);
        return batch.Result;
    }

    public async Task<Deal?> GetAsync(string tenantId, string crmId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<DealEntity>(
            MainPartition(tenantId),
            TableKeys.Row(crmId),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToDeal(tenantId) : null;
    }

    public async Task<IReadOnlyList<Deal>> ListOpenDealsAsync(
        string tenantId,
        string ownerId,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        return await ListOwnerAsync(table, tenantId, ownerId, openOnly: true, cancellationToken);
    }

    public async Task<IReadOnlyList<Deal>> ListTeamDealsAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        bool openOnly,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var owners = ownerIds.Distinct(StringComparer.Ordinal).ToArray();
        var perOwner = new IReadOnlyList<Deal>[owners.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, owners.Length),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelReads, CancellationToken = cancellationToken },
            async (i, token) => perOwner[i] = await ListOwnerAsync(table, tenantId, owners[i], openOnly, token));
        return [.. perOwner.SelectMany(d => d)];
    }

    public async Task<IReadOnlyList<DealSnapshot>> ListSnapshotsAsync(
        string tenantId,
        IsoWeek week,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var partition = SnapshotPartition(tenantId, week);
        return await ReadSnapshotsAsync(
            table,
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            week,
            cancellationToken);
    }

    public async Task<IReadOnlyList<DealChange>> GetChangesAsync(
        string tenantId,
        string ownerId,
        IsoWeek from,
        IsoWeek to,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var earlier = ReadOwnerSnapshotsAsync(table, tenantId, ownerId, from, cancellationToken);
        var later = ReadOwnerSnapshotsAsync(table, tenantId, ownerId, to, cancellationToken);
        return DealChanges.Between(await earlier, await later);
    }

    internal static string MainPartition(string tenantId) => TableKeys.Partition(tenantId, "deal");

    internal static string OwnerPartition(string tenantId, string ownerId) => TableKeys.Partition(tenantId, "owner", ownerId);

    internal static string SnapshotPartition(string tenantId, IsoWeek week) =>
        TableKeys.Partition(tenantId, "snap", week.ToString());

    private static async Task<IReadOnlyList<Deal>> ListOwnerAsync(
        TableClient table,
        string tenantId,
        string ownerId,
        bool openOnly,
        CancellationToken cancellationToken)
    {
        var partition = OwnerPartition(tenantId, ownerId);
        var filter = openOnly
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and IsOpen eq {true}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var deals = new List<Deal>();
        await foreach (var row in table.QueryAsync<DealEntity>(filter, cancellationToken: cancellationToken))
        {
            deals.Add(row.ToDeal(tenantId));
        }

        return deals;
    }

    // Gaps: an owner's snapshots are found by filtering the week's partition, which the service scans whole.
    private static Task<IReadOnlyList<DealSnapshot>> ReadOwnerSnapshotsAsync(
        TableClient table,
        string tenantId,
        string ownerId,
        IsoWeek week,
        CancellationToken cancellationToken)
    {
        var partition = SnapshotPartition(tenantId, week);
        return ReadSnapshotsAsync(
            table,
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and OwnerId eq {ownerId}"),
            week,
            cancellationToken);
    }

    private static async Task<IReadOnlyList<DealSnapshot>> ReadSnapshotsAsync(
        TableClient table,
        string filter,
        IsoWeek week,
        CancellationToken cancellationToken)
    {
        var snapshots = new List<DealSnapshot>();
        await foreach (var row in table.QueryAsync<DealSnapshotEntity>(filter, cancellationToken: cancellationToken))
        {
            snapshots.Add(row.ToSnapshot(week));
        }

        return snapshots;
    }

    // One projected scan of the tenant's deals instead of a read per incoming deal: an import of 100,000 rows
    // costs about a hundred pages here rather than 100,000 round trips, and about 150 bytes of memory per stored
    // deal (not per row of the file, which is never held).
    private static async Task<Dictionary<string, StoredDeal>> LoadIndexAsync(
        TableClient table,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var partition = MainPartition(tenantId);
        var index = new Dictionary<string, StoredDeal>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = table.QueryAsync<DealEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            select: IndexColumns,
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            // Owners repeat across thousands of deals: keep one string per owner.
            var owner = owners.TryGetValue(row.OwnerId, out var known) ? known : owners[row.OwnerId] = row.OwnerId;
            index[row.CrmId] = new StoredDeal(
                owner,
                DealContentHash.Parse(row.ImportHash) ?? UInt128.Zero,
                DealText.ReadEnum(row.Stage, DealStage.Discovery),
                DealText.ReadDate(row.CloseDate),
                DealText.ReadDate(row.StageEnteredDate),
                row.CloseDatePushCount,
                DealText.ReadDate(row.CreatedDate) ?? DateOnly.MinValue);
        }

        return index;
    }

    private static async Task<Dictionary<string, UInt128>> LoadSnapshotHashesAsync(
        TableClient table,
        string tenantId,
        IsoWeek week,
        CancellationToken cancellationToken)
    {
        var partition = SnapshotPartition(tenantId, week);
        var hashes = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var rows = table.QueryAsync<DealSnapshotEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            select: SnapshotIndexColumns,
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            hashes[row.CrmId] = DealContentHash.Parse(row.Hash) ?? UInt128.Zero;
        }

        return hashes;
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        tables.GetAsync(TableName, cancellationToken);

    /// <summary>One upsert call: the tenant's stored state in memory, and the counts so far.</summary>
    private sealed class UpsertBatch(
        TableClient table,
        string tenantId,
        DateOnly asOf,
        Dictionary<string, StoredDeal> stored,
        Dictionary<string, UInt128> snapshotHashes)
    {
        private readonly IsoWeek _week = IsoWeek.Of(asOf);
        private int _created;
        private int _updated;
        private int _unchanged;
        private int _snapshots;

        public DealUpsertResult Result => new(_created, _updated, _unchanged, _snapshots);

        public async Task WriteAsync(IReadOnlyList<IncomingDeal> chunk, CancellationToken cancellationToken)
        {
            var copies = new List<TableTransactionAction>();
            var deals = new List<TableTransactionAction>();
            var snapshots = new List<TableTransactionAction>();
            var movedCopies = new List<(string Partition, string Row)>();
            var storedNow = new List<(string CrmId, StoredDeal State)>();
            var snapshotsNow = new List<(string CrmId, UInt128 Hash)>();
            foreach (var incoming in chunk)
            {
                var crmId = incoming.Deal.CrmId;
                var rowKey = TableKeys.Row(crmId);
                var hash = DealContentHash.Of(incoming);
                var previous = stored.GetValueOrDefault(crmId);
                if (previous is not null && previous.ImportHash == hash)
                {
                    _unchanged++;
                }
                else
                {
                    var deal = DealDerivation.Apply(incoming, previous, asOf);
                    var entity = DealEntity.From(deal, MainPartition(tenantId), rowKey, DealContentHash.Format(hash), asOf);
                    deals.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
                    copies.Add(new TableTransactionAction(
                        TableTransactionActionType.UpsertReplace,
                        entity.CopyTo(OwnerPartition(tenantId, deal.OwnerId))));
                    if (previous is not null && previous.OwnerId != deal.OwnerId)
                    {
                        movedCopies.Add((OwnerPartition(tenantId, previous.OwnerId), rowKey));
                    }

                    storedNow.Add((crmId, StoredDeal.Of(deal, hash)));
                    if (previous is null)
                    {
                        _created++;
                    }
                    else
                    {
                        _updated++;
                    }
                }

                var snapshot = DealSnapshot.Of(incoming.Deal, asOf);
                var snapshotHash = DealContentHash.Of(snapshot);
                if (!snapshotHashes.TryGetValue(crmId, out var weekHash) || weekHash != snapshotHash)
                {
                    snapshots.Add(new TableTransactionAction(
                        TableTransactionActionType.UpsertReplace,
                        DealSnapshotEntity.From(
                            snapshot,
                            SnapshotPartition(tenantId, _week),
                            rowKey,
                            DealContentHash.Format(snapshotHash))));
                    snapshotsNow.Add((crmId, snapshotHash));
                }
            }

            await TableBatches.SubmitAsync(table, copies, cancellationToken);
            await DeleteMovedCopiesAsync(movedCopies, cancellationToken);
            await TableBatches.SubmitAsync(table, snapshots, cancellationToken);
            await TableBatches.SubmitAsync(table, deals, cancellationToken);

            foreach (var (crmId, state) in storedNow)
            {
                stored[crmId] = state;
            }

            foreach (var (crmId, hash) in snapshotsNow)
            {
                snapshotHashes[crmId] = hash;
            }

            _snapshots += snapshotsNow.Count;
        }

        // One by one rather than in transactions: a copy already gone would fail a whole transaction.
        private async Task DeleteMovedCopiesAsync(
            List<(string Partition, string Row)> movedCopies,
            CancellationToken cancellationToken)
        {
            await Parallel.ForEachAsync(
                movedCopies,
                new ParallelOptions { MaxDegreeOfParallelism = MaxParallelReads, CancellationToken = cancellationToken },
                async (copy, token) =>
                {
                    try
                    {
                        await table.DeleteEntityAsync(copy.Partition, copy.Row, ETag.All, token);
                    }
                    catch (RequestFailedException e) when (e.Status == 404)
                    {
                        // Already gone, which is the state wanted.
                    }
                });
        }
    }
}
