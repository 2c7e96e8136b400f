using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class CommitmentOwnerCopiesUpgradeTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly CommitmentTestbed _bed = new(Start);
    private readonly RecordingLogger<CommitmentOwnerCopiesUpgrade> _logger = new();

    [Fact]
    public async Task ApplyAsync_CopiesInTheOlderPerOwnerPartitions_RebuildsThemBesideTheRowAndDeletesTheOldOnes()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));
        var table = await _bed.Tables.GetAsync(CommitmentStore.Table, default);
        var partition = CommitmentStore.MainPartition(CommitmentTestbed.Tenant);
        var copyRow = CommitmentStore.OwnerRow(CommitmentTestbed.Rep, item.Id);
        // The older layout: no copy beside the row, one in the owner's own partition.
        await table.DeleteEntityAsync(partition, copyRow, ETag.All, default);
        var oldPartition = TableKeys.Partition(CommitmentTestbed.Tenant, "owner", CommitmentTestbed.Rep);
        await table.AddEntityAsync(CommitmentEntity.From(item, oldPartition), default);
        Assert.Empty(await _bed.Store.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, null, default));

        var upgrade = new CommitmentOwnerCopiesUpgrade(_bed.Tables, _logger);
        var written = await upgrade.ApplyAsync(default);

        Assert.Equal(1, written);
        Assert.Equal(item.Id, Assert.Single(await OwnedByTheRepAsync(_bed.Store)).Id);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>(oldPartition, item.Id)).HasValue);
        Assert.Equal(0, await upgrade.ApplyAsync(default));
    }

    [Fact]
    public async Task ApplyAsync_CopiesAlreadyBesideTheirRows_LeavesThemAsTheyAre()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));
        var table = await _bed.Tables.GetAsync(CommitmentStore.Table, default);
        var partition = CommitmentStore.MainPartition(CommitmentTestbed.Tenant);
        var copyRow = CommitmentStore.OwnerRow(CommitmentTestbed.Rep, item.Id);
        var before = await table.GetEntityAsync<TableEntity>(partition, copyRow);

        Assert.Equal(0, await new CommitmentOwnerCopiesUpgrade(_bed.Tables, _logger).ApplyAsync(default));

        var after = await table.GetEntityAsync<TableEntity>(partition, copyRow);
        Assert.Equal(before.Value.ETag, after.Value.ETag);
    }

    [Fact]
    public async Task ApplyAsync_RowsThatCannotBeRead_PassesThemOverWithAWarningNamingTheirKeysAndRebuildsTheRest()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));
        var table = await _bed.Tables.GetAsync(CommitmentStore.Table, default);
        var partition = CommitmentStore.MainPartition(CommitmentTestbed.Tenant);
        var copyRow = CommitmentStore.OwnerRow(CommitmentTestbed.Rep, item.Id);
        await table.DeleteEntityAsync(partition, copyRow, ETag.All, default);
        await AddMalformedAsync(table, item with { Id = "bad-state" }, "State", "Forgotten");
        await AddMalformedAsync(table, item with { Id = "bad-due" }, "DueAt", "next Tuesday");

        var written = await new CommitmentOwnerCopiesUpgrade(_bed.Tables, _logger).ApplyAsync(default);

        Assert.Equal(1, written);
        Assert.Equal(item.Id, Assert.Single(await OwnedByTheRepAsync(_bed.Store)).Id);
        var warnings = _logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("bad-state", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("bad-due", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains(item.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_MoreRowsThanOnePage_WritesEachPageBeforeReadingTheNext()
    {
        var prefix = AzuriteStorage.UniquePrefix();
        var requests = new TableRequestCounter(prefix);
        var bed = new CommitmentTestbed(Start, prefix, requests);
        var item = await bed.CommitAsync(Start.AddDays(5));
        var table = await bed.Tables.GetAsync(CommitmentStore.Table, default);
        var partition = CommitmentStore.MainPartition(CommitmentTestbed.Tenant);
        var oldPartition = TableKeys.Partition(CommitmentTestbed.Tenant, "owner", CommitmentTestbed.Rep);
        var ids = Enumerable.Range(0, 1100).Select(i => $"c{i:D4}").ToList();
        foreach (var chunk in ids.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(id => new TableTransactionAction(
                TableTransactionActionType.Add,
                CommitmentEntity.From(item with { Id = id }, partition))));
            await table.SubmitTransactionAsync(chunk.Select(id => new TableTransactionAction(
                TableTransactionActionType.Add,
                CommitmentEntity.From(item with { Id = id }, oldPartition))));
        }

        requests.Reset();

        var written = await new CommitmentOwnerCopiesUpgrade(bed.Tables, _logger).ApplyAsync(default);

        Assert.Equal(1100, written);
        Assert.Equal(1101, (await OwnedByTheRepAsync(bed.Store)).Count);
        var log = requests.Requests.ToList();
        Assert.True(
            log.IndexOf("POST $batch") < log.LastIndexOf("GET " + CommitmentStore.Table),
            "every page was read before anything was written: " + string.Join(", ", log.Distinct()));
        Assert.Equal(0, await new CommitmentOwnerCopiesUpgrade(bed.Tables, _logger).ApplyAsync(default));
    }

    private static Task<IReadOnlyList<Commitment>> OwnedByTheRepAsync(CommitmentStore store) =>
        store.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, null, default);

    // A commitment row whose property holds what the present version cannot read.
    private static async Task AddMalformedAsync(TableClient table, Commitment commitment, string property, string value)
    {
        var partition = CommitmentStore.MainPartition(commitment.TenantId);
        await table.AddEntityAsync(CommitmentEntity.From(commitment, partition), default);
        var row = (await table.GetEntityAsync<TableEntity>(partition, commitment.Id)).Value;
        row[property] = value;
        await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
    }
}
