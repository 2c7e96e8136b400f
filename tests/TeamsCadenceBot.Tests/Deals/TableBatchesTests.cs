using Azure.Data.Tables;
using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class TableBatchesTests
{
    [Fact]
    public void Split_ManyActionsOverTwoPartitions_OnePartitionPerBatchAndAtMostAHundred()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Action("a", i))
            .Concat(Enumerable.Range(0, 30).Select(i => Action("b", i)));

        var batches = TableBatches.Split(actions);

        Assert.Equal([100, 100, 50, 30], batches.Select(b => b.Count));
        Assert.All(batches, b => Assert.Single(b.Select(a => a.Entity.PartitionKey).Distinct()));
    }

    [Fact]
    public void Split_NoActions_NoBatches()
    {
        Assert.Empty(TableBatches.Split([]));
    }

    private static TableTransactionAction Action(string partition, int row) =>
        new(
            TableTransactionActionType.UpsertReplace,
            new TableEntity(partition, row.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
