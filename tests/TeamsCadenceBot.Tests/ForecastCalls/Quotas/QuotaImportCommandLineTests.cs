using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.ForecastCalls.Quotas.Import;
using TeamsCadenceBot.Tests.Deals;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class QuotaImportCommandLineTests : IDisposable
{
    private static readonly string Megan = TestPeople.MeganEmail;

    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData(true, "import-quotas", "q.csv")]
    [InlineData(false, "import-deals", "q.csv")]
    [InlineData(false)]
    public void Matches_OnlyTheVerbFirst(bool expected, params string[] args) =>
        Assert.Equal(expected, QuotaImportCommandLine.Matches(args));

    [Fact]
    public async Task RunAsync_FileWithARejectedRow_ImportsTheRestPrintsTheReportAndExitsZero()
    {
        await _run.SeedPersonAsync(TestPeople.MeganId, "Megan Bowen", Megan);
        await _run.WriteAsync($"Rep,Period,Quota\n{Megan},FY2027-Q1,\"250,000\"\n{Megan},FY2027-Q1,1\n");

        var exit = await RunAsync(_run.File, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Read, exit);
        Assert.Contains("imported          1  (1 new, 0 changed)", _run.Printed, StringComparison.Ordinal);
        Assert.Contains(
            "line 3: Megan Bowen already has a quota for Q1 FY2027 on line 2",
            _run.Printed,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SameFileTwice_SecondRunReportsItUnchanged()
    {
        await _run.SeedPersonAsync(TestPeople.MeganId, "Megan Bowen", Megan);
        await _run.WriteAsync($"Rep,Period,Quota\n{Megan},FY2027-Q1,100\n");
        await RunAsync(_run.File, "--tenant=" + TestPeople.Tenant);
        _run.Output.GetStringBuilder().Clear();

        var exit = await RunAsync(_run.File, "--tenant=" + TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Read, exit);
        Assert.Contains("unchanged         1", _run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotAQuotaFile_ExitsOneSayingWhy()
    {
        await _run.WriteAsync("Name,Value\nx,1\n");

        var exit = await RunAsync(_run.File, "--tenant", TestPeople.Tenant);

        Assert.Equal(DealImportCommandLine.Unreadable, exit);
        Assert.StartsWith("Nothing imported from", _run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoTenant_ExitsTwoWithTheUsage()
    {
        var exit = await QuotaImportCommandLine.RunAsync(["import-quotas", _run.File], _run.Output, default);

        Assert.Equal(DealImportCommandLine.Misused, exit);
        Assert.StartsWith("Usage: import-quotas", _run.Printed, StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args) =>
        _run.RunAsync(QuotaImportCommandLine.RunAsync, ["import-quotas", .. args]);
}
