using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

public sealed class ConcurrentUpdateTests
{
    private sealed class CounterEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = "";
        public string RowKey { get; set; } = "";
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }
        public int Count { get; set; }
        public string Writers { get; set; } = "";
    }

    private static CadenceTables CreateTables() =>
        new(
            Options.Create(new StorageOptions
            {
                ConnectionString = AzuriteStorage.ConnectionString,
                TablePrefix = AzuriteStorage.UniquePrefix(),
            }),
            AzuriteStorage.FailFastOptions());

    [Fact]
    public async Task UpdateAsync_TwoConcurrentWriters_NoUpdateIsLost()
    {
        var table = await CreateTables().GetAsync("counters", CancellationToken.None);
        var partition = TableKeys.Partition("tenant-a", "counter");
        const int WritesEach = 25;

        async Task WriteAsync(string writer)
        {
            for (var i = 0; i < WritesEach; i++)
            {
                await table.UpdateAsync<CounterEntity>(
                    partition,
                    "one",
                    existing => new CounterEntity
                    {
                        Count = (existing?.Count ?? 0) + 1,
                        Writers = (existing?.Writers ?? "") + writer,
                    },
                    CancellationToken.None);
            }
        }

        await Task.WhenAll(Task.Run(() => WriteAsync("a")), Task.Run(() => WriteAsync("b")));

        var stored = (await table.GetEntityAsync<CounterEntity>(partition, "one")).Value;
        Assert.Equal(2 * WritesEach, stored.Count);
        Assert.Equal(WritesEach, stored.Writers.Count(c => c == 'a'));
        Assert.Equal(WritesEach, stored.Writers.Count(c => c == 'b'));
    }

    [Fact]
    public async Task UpdateAsync_ChangeReturnsNull_LeavesStorageUntouched()
    {
        var table = await CreateTables().GetAsync("counters", CancellationToken.None);

        var result = await table.UpdateAsync<CounterEntity>("p", "r", _ => null, CancellationToken.None);

        Assert.Null(result);
        Assert.False((await table.GetEntityIfExistsAsync<CounterEntity>("p", "r")).HasValue);
    }

    [Theory]
    [InlineData("tenant", new string[0], "tenant")]
    [InlineData("tenant", new[] { "a/b", "c#d" }, "tenant|a%2Fb|c%23d")]
    [InlineData("t|x", new[] { "29:1?x" }, "t%7Cx|29:1%3Fx")]
    public void Partition_EscapesForbiddenCharacters_AndStartsWithTenant(string tenant, string[] parts, string expected)
    {
        Assert.Equal(expected, TableKeys.Partition(tenant, parts));
    }
}
