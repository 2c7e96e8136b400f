using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

public sealed class TolerantTransactionsTests
{
    private const long ServiceLimit = 4L * 1024 * 1024;

    // Text as an outbox row holds a card: JSON, whose quotes are escaped once more inside a property.
    private static readonly string CardJson =
        string.Concat(Enumerable.Repeat("{\"type\":\"TextBlock\",\"text\":\"x\"},", 1000));

    [Fact]
    public void Batches_HundredRowsOfEightyKilobytes_CutsThemUnderTheSizeBudget()
    {
        var actions = Enumerable.Range(0, 100).Select(i => Add("p", $"r{i:D3}", LargeRow(80_000))).ToList();

        var batches = TolerantTransactions.Batches(actions, TolerantTransactions.MaxBatchBytes).ToList();

        Assert.True(batches.Count >= 3, $"{batches.Count} transactions for about 10 MB");
        Assert.All(batches, batch => Assert.InRange(
            batch.Sum(TolerantTransactions.EstimateBytes),
            1,
            TolerantTransactions.MaxBatchBytes));
        Assert.Equal(actions, batches.SelectMany(batch => batch));
    }

    [Fact]
    public void Batches_SmallRowsOfTwoPartitions_CutsByPartitionAndAtOneHundred()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Add("a", $"r{i:D3}", new TableEntity()))
            .Append(Add("b", "r", new TableEntity()))
            .ToList();

        var batches = TolerantTransactions.Batches(actions, TolerantTransactions.MaxBatchBytes).ToList();

        Assert.Equal([100, 100, 50, 1], batches.Select(batch => batch.Count));
        Assert.All(batches, batch => Assert.Single(batch.Select(a => a.Entity.PartitionKey).Distinct()));
    }

    [Fact]
    public void EstimateBytes_TextOutsideAscii_CountsItAsJsonEscapesIt()
    {
        var ascii = TolerantTransactions.EstimateBytes(
            Add("p", "r", new TableEntity { ["Body0"] = new string('e', 10_000) }));
        var accented = TolerantTransactions.EstimateBytes(
            Add("p", "r", new TableEntity { ["Body0"] = new string('é', 10_000) }));

        Assert.InRange(ascii, 10_000, 12_000);
        Assert.InRange(accented, 60_000, 62_000);
    }

    [Fact]
    public async Task SubmitAsync_HundredLargeRowsInOnePartition_AddsThemAllInTransactionsUnderFourMiB()
    {
        var recorder = new BatchRecorder();
        var table = await TestTables.Create(AzuriteStorage.UniquePrefix(), recorder.ClientOptions())
            .GetAsync("large", default);
        var actions = Enumerable.Range(0, 100).Select(i => Add("p", $"r{i:D3}", LargeRow(90_000))).ToList();

        var passedOver = await TolerantTransactions.SubmitAsync(table, actions, default);

        Assert.Empty(passedOver);
        Assert.Equal(100, await CountAsync(table));
        Assert.True(recorder.Batches.Count >= 3, $"{recorder.Batches.Count} transactions");
        Assert.All(recorder.Batches, batch => Assert.InRange(batch.Bytes, 1, ServiceLimit));
        Assert.Equal(100, recorder.Batches.Sum(batch => batch.Actions));
    }

    [Fact]
    public async Task SubmitAsync_RowsAlreadyThereOrAlreadyGone_PassesOverThoseAndReturnsThem()
    {
        var table = await TestTables.Create().GetAsync("tolerant", default);
        await table.AddEntityAsync(new TableEntity("p", "there"));
        await table.AddEntityAsync(new TableEntity("p", "to-delete"));

        var addsPassed = await TolerantTransactions.SubmitAsync(
            table,
            [Add("p", "there", new TableEntity()), Add("p", "new", new TableEntity())],
            default);
        var deletesPassed = await TolerantTransactions.SubmitAsync(
            table,
            [Delete("p", "to-delete"), Delete("p", "never-was")],
            default);

        Assert.Equal("there", Assert.Single(addsPassed).Entity.RowKey);
        Assert.Equal("never-was", Assert.Single(deletesPassed).Entity.RowKey);
        Assert.Equal(2, await CountAsync(table));
    }

    private static TableEntity LargeRow(int chars)
    {
        var row = new TableEntity();
        for (var i = 0; i * 30_000 < chars; i++)
        {
            row["Body" + i] = CardJson[..Math.Min(30_000, chars - (i * 30_000))];
        }

        return row;
    }

    private static TableTransactionAction Add(string partition, string rowKey, TableEntity row)
    {
        row.PartitionKey = partition;
        row.RowKey = rowKey;
        return new TableTransactionAction(TableTransactionActionType.Add, row);
    }

    private static TableTransactionAction Delete(string partition, string rowKey) =>
        new(TableTransactionActionType.Delete, new TableEntity(partition, rowKey) { ETag = Azure.ETag.All });

    private static async Task<int> CountAsync(TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }
}
