using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.ForecastCalls.Quotas.Import;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Tests.Deals;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class QuotaImportCommandLineTests : IDisposable
{
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"quotas-{Guid.NewGuid():N}.csv");
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        File.Delete(_file);
        _output.Dispose();
    }

    [Fact]
    public void Matches_OnlyTheVerbFirst()
    {
        Assert.True(QuotaImportCommandLine.Matches(["import-quotas", "q.csv"]));
        Assert.False(QuotaImportCommandLine.Matches(["import-deals", "q.csv"]));
        Assert.False(QuotaImportCommandLine.Matches([]));
    }

    [Fact]
    public async Task RunAsync_FileWithARejectedRow_ImportsPrintsAndExitsZero()
    {
        await SeedMeganAsync();
        await File.WriteAllTextAsync(
            _file,
            $"Rep,Period,Quota\n{TestPeople.MeganEmail},FY2027-Q1,\"250,000\"\n{TestPeople.MeganEmail},FY2027-Q1,1\n");

        var exit = await RunAsync("import-quotas", _file, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Read, exit);
        var printed = _output.ToString();
        Assert.Contains("imported          1  (1 new, 0 changed)", printed, StringComparison.Ordinal);
        Assert.Contains("line 3: Megan Bowen already has a quota for Q1 FY2027 on line 2", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SameFileTwice_SecondRunReportsItUnchanged()
    {
        await SeedMeganAsync();
        await File.WriteAllTextAsync(_file, $"Rep,Period,Quota\n{TestPeople.MeganEmail},FY2027-Q1,100\n");
        await RunAsync("import-quotas", _file, "--tenant=" + TestPeople.Tenant);
        _output.GetStringBuilder().Clear();

        var exit = await RunAsync("import-quotas", _file, "--tenant=" + TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Read, exit);
        Assert.Contains("unchanged         1", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotAQuotaFile_ExitsOne()
    {
        await File.WriteAllTextAsync(_file, "Name,Value\nx,1\n");

        var exit = await RunAsync("import-quotas", _file, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Unreadable, exit);
        Assert.StartsWith("Nothing imported from", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoTenant_ExitsTwoWithTheUsage()
    {
        var exit = await QuotaImportCommandLine.RunAsync(["import-quotas", _file], _output, default);

        Assert.Equal(DealImportCommandLine.Misused, exit);
        Assert.StartsWith("Usage: import-quotas", _output.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args) =>
        QuotaImportCommandLine.RunAsync(
            [.. args, $"--Storage:ConnectionString={AzuriteStorage.ConnectionString}", $"--Storage:TablePrefix={_prefix}"],
            _output,
            default);

    private async Task SeedMeganAsync()
    {
        var people = new TablePeopleStore(
            TestTables.Create(_prefix),
            Options.Create(new PeopleOptions()),
            new RecentSightings(new FakeTimeProvider(TestImporter.Now)),
            NullLogger<TablePeopleStore>.Instance);
        var megan = new PersonSighting(TestPeople.MeganId, "Megan Bowen", Email: TestPeople.MeganEmail);
        await people.UpsertAsync(TestPeople.Tenant, megan, default);
    }
}
