namespace TeamsCadenceBot.Tests.Infra;

public sealed class BicepCompileTests(CompiledInfra infra) : IClassFixture<CompiledInfra>
{
    [Fact]
    public void BicepBuild_MainTemplateAndParameterFile_CompileWithoutDiagnostics()
    {
        Assert.All([infra.Build, infra.BuildParams], result =>
        {
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain("Warning", result.Output + result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Error", result.Output + result.Error, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("main.bicepparam")]
    public async Task BicepLint_EntryFileWithItsModules_ReportsNothing(string file)
    {
        var result = await BicepCli.RunAsync("lint", file);

        Assert.True(result.ExitCode == 0 && (result.Output + result.Error).Trim().Length == 0, result.ToString());
    }

    [Fact]
    public async Task BicepLint_TemplateWithAnUnusedParameter_ReportsItThoughItExitsZero()
    {
        var probe = Path.Combine(Directory.CreateTempSubdirectory("cadence-lint-").FullName, "probe.bicep");
        await File.WriteAllTextAsync(probe, "param unusedSetting string = 'x'\n");

        var result = await BicepCli.RunAsync("lint", probe);

        Directory.Delete(Path.GetDirectoryName(probe)!, recursive: true);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no-unused-params", result.Output + result.Error, StringComparison.Ordinal);
    }
}
