using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

public sealed class DealImportCommandLineTests : IDisposable
{
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"deals-{Guid.NewGuid():N}.csv");
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        File.Delete(_file);
        _output.Dispose();
    }

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
        await File.WriteAllTextAsync(_file, CsvFile.Short(
            CrmLayout.HubSpot,
            new CsvRow("1", "Good"),
            new CsvRow("2", "Bad", Stage: "unheard of")));

        var exit = await RunAsync("import-deals", _file, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Read, exit);
        var printed = _output.ToString();
        Assert.Contains("(HubSpot layout)", printed, StringComparison.Ordinal);
        Assert.Contains("imported          1  (1 new, 0 changed)", printed, StringComparison.Ordinal);
        Assert.Contains("line 3 [2]: unknown stage 'unheard of'", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SameFileTwice_SecondRunReportsAllUnchanged()
    {
        await SeedPeopleAsync();
        await File.WriteAllTextAsync(_file, CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Good"), new CsvRow("2", "Also")));
        await RunAsync("import-deals", "--tenant=" + TestPeople.Tenant, _file);
        _output.GetStringBuilder().Clear();

        var exit = await RunAsync("import-deals", "--tenant=" + TestPeople.Tenant, _file);

        Assert.Equal(DealImportCommandLine.Read, exit);
        Assert.Contains("unchanged         2", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsOne()
    {
        var exit = await RunAsync("import-deals", _file, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Unreadable, exit);
        Assert.StartsWith("Cannot read", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownLayout_ExitsOne()
    {
        await File.WriteAllTextAsync(_file, "Name,Value\nx,1\n");

        var exit = await RunAsync("import-deals", _file, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Unreadable, exit);
        Assert.StartsWith("Nothing imported", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoTenant_ExitsTwoWithUsage()
    {
        var exit = await DealImportCommandLine.RunAsync(["import-deals", _file], _output, default);

        Assert.Equal(DealImportCommandLine.Misused, exit);
        Assert.StartsWith("Usage: import-deals", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoStorageConfigured_ExitsTwo()
    {
        await File.WriteAllTextAsync(_file, CsvFile.Short(CrmLayout.Salesforce, new CsvRow("1", "Good")));

        var exit = await DealImportCommandLine.RunAsync(
            ["import-deals", _file, "--tenant", TestPeople.Tenant, "--Storage:ConnectionString="],
            _output,
            default);

        Assert.Equal(DealImportCommandLine.Misused, exit);
        Assert.Contains("configuration is not valid", _output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args) =>
        DealImportCommandLine.RunAsync(
            [.. args, $"--Storage:ConnectionString={AzuriteStorage.ConnectionString}", $"--Storage:TablePrefix={_prefix}"],
            _output,
            default);

    private async Task SeedPeopleAsync()
    {
        var people = new TablePeopleStore(
            TestTables.Create(_prefix),
            Options.Create(new PeopleOptions()),
            new RecentSightings(new FakeTimeProvider(TestImporter.Now)),
            NullLogger<TablePeopleStore>.Instance);
        var alex = new PersonSighting(TestPeople.AlexId, "Alex Wilber", Email: TestPeople.AlexEmail);
        await people.UpsertAsync(TestPeople.Tenant, alex, default);
    }
}
