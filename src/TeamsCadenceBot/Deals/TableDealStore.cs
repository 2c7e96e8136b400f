using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// Deals in Azure Table Storage, table <c>deals</c>. Rows: the deal in one of <see cref="MainBuckets"/> partitions
/// <c>{tenant}|deal|{bucket}</c> chosen by a hash of its CRM id (the truth); a full copy in the owner's partition
/// <c>{tenant}|owner|{owner}</c>; a snapshot per ISO week in the owner's partition of that week,
/// <c>{tenant}|snap|{week}|{owner}</c>; all keyed by CRM id. An upsert writes the owner's copy and the snapshot
/// before the deal itself, so a write cut short leaves the deal looking changed and the next import repairs it
/// (until then, a deal that changed owner may also still be listed for its previous owner).
/// </summary>
/// <remarks>
/// No partition holds a whole tenant: a partition is served by one storage node (about 2,000 entities a second in
/// Azure), and Azurite's cost per write grows with the partition, so a tenant's 100,000 deals in one partition
/// made an import crawl. The layout before this one kept a tenant's deals in <c>{tenant}|deal</c> and a week's
/// snapshots in <c>{tenant}|snap|{week}</c>; <see cref="DealLayoutUpgrade"/> moves such rows.
/// </remarks>
// Gaps: two upserts for one tenant at the same time are not serialised; each compares with the state it loaded,
// so a deal changed by both can end with the other's derived push count or stage date.
internal sealed class TableDealStore(CadenceTables tables) : IDealStore
{
    /// <summary>How many incoming deals an upsert holds and writes at a time.</summary>
    public const int ChunkSize = 1000;

    /// <summary>How many partitions a tenant's deals are spread over.</summary>
    public const int MainBuckets = 32;

    internal const string TableName = "deals";
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

    private static readonly string[] SnapshotIndexColumns =
        [nameof(DealSnapshotEntity.CrmId), nameof(DealSnapshotEntity.OwnerId), nameof(DealSnapshotEntity.Hash)];

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
            MainPartition(tenantId, crmId),
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
        var snapshots = await ReadSnapshotsAsync(table, WeekFilter(tenantId, week), week, cancellationToken);
        return [.. snapshots.OrderBy(s => TableKeys.Row(s.CrmId), StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<DealSnapshot>> ListTeamSnapshotsAsync(
        string tenantId,
        IsoWeek week,
        IReadOnlyCollection<string> ownerIds,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var owners = ownerIds.Distinct(StringComparer.Ordinal).ToArray();
        var perOwner = new IReadOnlyList<DealSnapshot>[owners.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, owners.Length),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelReads, CancellationToken = cancellationToken },
            async (i, token) => perOwner[i] = await ReadOwnerSnapshotsAsync(table, tenantId, owners[i], week, token));
        return [.. perOwner.SelectMany(s => s)];
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

    internal static string MainPartition(string tenantId, string crmId) => BucketPartition(tenantId, Bucket(crmId));

    internal static string OwnerPartition(string tenantId, string ownerId) => TableKeys.Partition(tenantId, "owner", ownerId);

    internal static string SnapshotPartition(string tenantId, IsoWeek week, string ownerId) =>
        TableKeys.Partition(tenantId, "snap", week.ToString(), ownerId);

    /// <summary>The partitions of the layout before this one (see the remarks), which an upgrade empties.</summary>
    internal static string LegacyMainPartition(string tenantId) => TableKeys.Partition(tenantId, "deal");

    /// <summary>Every snapshot partition of <paramref name="week"/>, one per owner, as one key range.</summary>
    internal static string WeekFilter(string tenantId, IsoWeek week)
    {
        // Keys are escaped, so '|' never occurs inside a part, and '}' is the character after it.
        var week0 = TableKeys.Partition(tenantId, "snap", week.ToString());
        var from = week0 + "|";
        var to = week0 + "}";
        return TableClient.CreateQueryFilter($"PartitionKey gt {from} and PartitionKey lt {to}");
    }

    internal static int Bucket(string crmId) => TableKeys.Bucket(crmId, MainBuckets);

    private static string BucketPartition(string tenantId, int bucket) =>
        TableKeys.Partition(tenantId, "deal", bucket.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));

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

    private static Task<IReadOnlyList<DealSnapshot>> ReadOwnerSnapshotsAsync(
        TableClient table,
        string tenantId,
        string ownerId,
        IsoWeek week,
        CancellationToken cancellationToken)
    {
        var partition = SnapshotPartition(tenantId, week, ownerId);
        return ReadSnapshotsAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), week, cancellationToken);
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

    // One projected scan of the tenant's deals, bucket by bucket, instead of a read per incoming deal: an import of
    // 100,000 rows costs about a hundred pages here rather than 100,000 round trips, and about 150 bytes of memory
    // per stored deal (not per row of the file, which is never held).
    private static async Task<Dictionary<string, StoredDeal>> LoadIndexAsync(
        TableClient table,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var perBucket = new List<DealEntity>[MainBuckets];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, MainBuckets),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelReads, CancellationToken = cancellationToken },
            async (bucket, token) =>
            {
                var partition = BucketPartition(tenantId, bucket);
                var rows = new List<DealEntity>();
                var query = table.QueryAsync<DealEntity>(
                    TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
                    select: IndexColumns,
                    cancellationToken: token);
                await foreach (var row in query)
                {
                    rows.Add(row);
                }

                perBucket[bucket] = rows;
            });

        var index = new Dictionary<string, StoredDeal>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in perBucket.SelectMany(rows => rows))
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

    private static async Task<Dictionary<string, WeekSnapshot>> LoadSnapshotHashesAsync(
        TableClient table,
        string tenantId,
        IsoWeek week,
        CancellationToken cancellationToken)
    {
        var hashes = new Dictionary<string, WeekSnapshot>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = table.QueryAsync<DealSnapshotEntity>(
            WeekFilter(tenantId, week),
            select: SnapshotIndexColumns,
            cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            var owner = owners.TryGetValue(row.OwnerId, out var known) ? known : owners[row.OwnerId] = row.OwnerId;
            var hash = DealContentHash.Parse(row.Hash) ?? UInt128.Zero;

            // In two owners' partitions: a move of the deal to another owner was cut short before deleting the old
            // row. A zero hash has the next import rewrite it, and delete the copy it does not write.
            hashes[row.CrmId] = hashes.TryGetValue(row.CrmId, out var other) && other.OwnerId != owner
                ? new WeekSnapshot(owner, UInt128.Zero, other.OwnerId)
                : new WeekSnapshot(owner, hash);
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
        Dictionary<string, WeekSnapshot> snapshotHashes)
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
            var snapshotsNow = new List<(string CrmId, WeekSnapshot Snapshot)>();
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
                    var entity = DealEntity.From(
                        deal,
                        MainPartition(tenantId, crmId),
                        rowKey,
                        DealContentHash.Format(hash),
                        asOf);
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
                var weekSnapshot = snapshotHashes.GetValueOrDefault(crmId);
                if (weekSnapshot is null || weekSnapshot.Hash != snapshotHash)
                {
                    snapshots.Add(new TableTransactionAction(
                        TableTransactionActionType.UpsertReplace,
                        DealSnapshotEntity.From(
                            snapshot,
                            SnapshotPartition(tenantId, _week, snapshot.OwnerId),
                            rowKey,
                            DealContentHash.Format(snapshotHash))));
                    // The deal changed owner within the week: its snapshot moves to the new owner's partition.
                    foreach (var earlierOwner in new[] { weekSnapshot?.OwnerId, weekSnapshot?.AlsoOwnerId })
                    {
                        if (earlierOwner is not null && earlierOwner != snapshot.OwnerId)
                        {
                            movedCopies.Add((SnapshotPartition(tenantId, _week, earlierOwner), rowKey));
                        }
                    }

                    snapshotsNow.Add((crmId, new WeekSnapshot(snapshot.OwnerId, snapshotHash)));
                }
            }

            await TableBatches.SubmitAsync(table, copies, cancellationToken);
            await TableBatches.SubmitAsync(table, snapshots, cancellationToken);
            await DeleteMovedCopiesAsync(movedCopies, cancellationToken);
            await TableBatches.SubmitAsync(table, deals, cancellationToken);

            foreach (var (crmId, state) in storedNow)
            {
                stored[crmId] = state;
            }

            foreach (var (crmId, weekSnapshot) in snapshotsNow)
            {
                snapshotHashes[crmId] = weekSnapshot;
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

    /// <summary>
    /// What an upsert knows of a deal's snapshot of its week: whose partition holds it, and its hash; and a second
    /// owner's partition that holds a copy too, left by a move cut short.
    /// </summary>
    private sealed record WeekSnapshot(string OwnerId, UInt128 Hash, string? AlsoOwnerId = null);
}
