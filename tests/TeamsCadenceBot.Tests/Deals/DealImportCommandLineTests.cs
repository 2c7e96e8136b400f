using Azure.Data.Tables;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealImportCommandLineTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void Matches_OnlyTheVerbFirst()
    {
        Assert.True(DealImportCommandLine.Matches(["import-deals", "x.csv"]));
        Assert.False(DealImportCommandLine.Matches(["--urls", "http://localhost:5000"]));
        Assert.False(DealImportCommandLine.Matches([]));
    }

    [Fact]
    public async Task RunAsync_ReadableFileWithARejectedRow_ImportsPrintsAndExitsZero()
    {
        await SeedPeopleAsync();
        await _run.WriteAsync(CsvFile.Short(
            CrmLayout.HubSpot,
            new CsvRow("1", "Good"),
            new CsvRow("2", "Bad", Stage: "unheard of")));

        var exit = await RunAsync("import-deals", _run.File, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Read, exit);
        var printed = _run.Printed;
        Assert.Contains("(HubSpot layout)", printed, StringComparison.Ordinal);
        Assert.Contains("imported          1  (1 new, 0 changed)", printed, StringComparison.Ordinal);
        Assert.Contains("line 3 [2]: unknown stage 'unheard of'", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SameFileTwice_SecondRunReportsAllUnchanged()
    {
        await SeedPeopleAsync();
        await _run.WriteAsync(CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Good"), new CsvRow("2", "Also")));
        await RunAsync("import-deals", "--tenant=" + TestPeople.Tenant, _run.File);
        _run.Output.GetStringBuilder().Clear();

        var exit = await RunAsync("import-deals", "--tenant=" + TestPeople.Tenant, _run.File);

        Assert.Equal(DealImportCommandLine.Read, exit);
        Assert.Contains("unchanged         2", _run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DealStoredInTheOlderLayout_AppliesTheUpgradesFirstAndKeepsTheDealsHistory()
    {
        await SeedPeopleAsync();
        var tables = TestTables.Create(_run.Prefix);
        var store = new TableDealStore(tables);
        await store.UpsertAsync(TestPeople.Tenant, [DealBuilder.Open("1")], new DateOnly(2026, 11, 2), default);
        var table = await tables.GetAsync(TableDealStore.TableName, default);
        var stored = (await table.GetEntityAsync<TableEntity>(
            TableDealStore.MainPartition(TestPeople.Tenant, "1"),
            TableKeys.Row("1"))).Value;
        // Where the version before the spread deals kept it, with a history to keep.
        var older = new TableEntity(stored)
        {
            PartitionKey = TableKeys.Partition(TestPeople.Tenant, "deal"),
            ETag = default,
        };
        older[nameof(DealEntity.CloseDatePushCount)] = 2;
        await table.AddEntityAsync(older);
        await table.DeleteEntityAsync(stored.PartitionKey, stored.RowKey);
        await _run.WriteAsync(CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Good")));

        var exit = await RunAsync("import-deals", _run.File, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Read, exit);
        Assert.Contains("(0 new, 1 changed)", _run.Printed, StringComparison.Ordinal);
        var deal = await store.GetAsync(TestPeople.Tenant, "1", default);
        Assert.InRange(deal!.CloseDatePushCount, 2, 3);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>(older.PartitionKey, older.RowKey)).HasValue);
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsOne()
    {
        var exit = await RunAsync("import-deals", _run.File, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Unreadable, exit);
        Assert.StartsWith("Cannot read", _run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownLayout_ExitsOne()
    {
        await _run.WriteAsync("Name,Value\nx,1\n");

        var exit = await RunAsync("import-deals", _run.File, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Unreadable, exit);
        Assert.StartsWith("Nothing imported", _run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoTenant_ExitsTwoWithUsage()
    {
        var exit = await DealImportCommandLine.RunAsync(["import-deals", _run.File], _run.Output, default);

        Assert.Equal(DealImportCommandLine.Misused, exit);
        Assert.StartsWith("Usage: import-deals", _run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoStorageConfigured_ExitsTwo()
    {
        await _run.WriteAsync(CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Good")));

        var exit = await DealImportCommandLine.RunAsync(
            ["import-deals", _run.File, "--tenant", TestPeople.Tenant, "--Storage:ConnectionString="],
            _run.Output,
            default);

        Assert.Equal(DealImportCommandLine.Misused, exit);
        Assert.Contains("configuration is not valid", _run.Printed, StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args) => _run.RunAsync(DealImportCommandLine.RunAsync, args);

    private Task SeedPeopleAsync() => _run.SeedPersonAsync(TestPeople.AlexId, "Alex Wilber", TestPeople.AlexEmail);
}
