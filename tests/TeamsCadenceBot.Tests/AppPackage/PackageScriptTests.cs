using System.Text.Json.Nodes;

namespace TeamsCadenceBot.Tests.AppPackage;

public sealed class PackageScriptTests(PackagedApp packaged) : IClassFixture<PackagedApp>
{
    [Fact]
    public void PackageApp_WithEverySetting_ZipsTheManifestAndTheCommittedIcons()
    {
        var sut = packaged.Build;

        var entries = sut.ReadZip();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "color.png")), entries["color.png"]);
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "outline.png")), entries["outline.png"]);
        Assert.EndsWith("teams-cadence-bot-2.4.1.zip", sut.Zips.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void PackageApp_WithEverySetting_FillsEveryPlaceholderFromTheSettings()
    {
        var settings = AppPackageBuild.TestSettings;
        var text = System.Text.Encoding.UTF8.GetString(packaged.Build.ReadZip()["manifest.json"]);

        var sut = JsonNode.Parse(text)!;

        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        Assert.Equal(settings["TEAMS_APP_ID"], (string?)sut["id"]);
        Assert.Equal(settings["APP_VERSION"], (string?)sut["version"]);
        Assert.Equal(settings["BOT_ID"], (string?)sut["bots"]![0]!["botId"]);
        Assert.Equal(settings["BOT_ID"], (string?)sut["webApplicationInfo"]!["id"]);
        Assert.Equal([settings["BOT_DOMAIN"]], sut["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("https://cadence.example.org/app/privacy", (string?)sut["developer"]!["privacyUrl"]);
        Assert.Equal("https://cadence.example.org/app/terms", (string?)sut["developer"]!["termsOfUseUrl"]);
        Assert.Equal("Sales Cadence", (string?)sut["name"]!["short"]);
    }

    [Fact]
    public async Task PackageApp_SettingInEnvironmentAndFile_TakesTheEnvironment()
    {
        const string FromEnvironment = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

        using var sut = await AppPackageBuild.RunAsync(
            AppPackageBuild.TestSettings,
            new Dictionary<string, string> { ["BOT_ID"] = FromEnvironment, ["APP_NAME_SHORT"] = "Cadence QA" });

        Assert.True(sut.Result.ExitCode == 0, sut.Result.ToString());
        var manifest = JsonNode.Parse(sut.ReadZip()["manifest.json"])!;
        Assert.Equal(FromEnvironment, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("Cadence QA", (string?)manifest["name"]!["short"]);
    }

    [Theory]
    [InlineData("TEAMS_APP_ID")]
    [InlineData("BOT_ID")]
    [InlineData("BOT_DOMAIN")]
    [InlineData("APP_BASE_URL")]
    [InlineData("APP_VERSION")]
    public async Task PackageApp_RequiredSettingMissing_FailsNamingItAndWritesNothing(string setting)
    {
        var settings = AppPackageBuild.TestSettings.Where(s => s.Key != setting).ToDictionary();

        using var sut = await AppPackageBuild.RunAsync(settings);

        Assert.NotEqual(0, sut.Result.ExitCode);
        Assert.Contains($"{setting} is not set", sut.Result.Error, StringComparison.Ordinal);
        Assert.Empty(sut.Zips);
    }

    [Theory]
    [InlineData("BOT_DOMAIN", "https://cadence-test.example.net", "BOT_DOMAIN must be a bare host name")]
    [InlineData("APP_BASE_URL", "http://cadence.example.org", "APP_BASE_URL must be an https:// address")]
    [InlineData("APP_VERSION", "2.4", "APP_VERSION must look like 1.2.3")]
    [InlineData("BOT_ID", "not-a-guid", "/bots/0/botId must match pattern")]
    [InlineData("TEAMS_APP_ID", "5d3f8a2e9b1c4e7da6f02c8b4e1d9a73", "/id must match pattern")]
    public async Task PackageApp_MalformedSetting_FailsSayingWhy(string setting, string value, string expected)
    {
        var settings = new Dictionary<string, string>(AppPackageBuild.TestSettings) { [setting] = value };

        using var sut = await AppPackageBuild.RunAsync(settings);

        Assert.NotEqual(0, sut.Result.ExitCode);
        Assert.Contains(expected, sut.Result.Error, StringComparison.Ordinal);
        Assert.Empty(sut.Zips);
    }
}
