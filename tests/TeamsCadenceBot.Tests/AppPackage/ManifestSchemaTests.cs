using System.Text.Json.Nodes;

namespace TeamsCadenceBot.Tests.AppPackage;

public sealed class ManifestSchemaTests(PackagedApp packaged) : IClassFixture<PackagedApp>
{
    [Fact]
    public async Task ValidateManifest_RenderedWithTestSettings_MatchesTheBundledSchema()
    {
        var result = await ValidateAsync(packaged.Build.ManifestPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("teams/v1.30/MicrosoftTeams.schema.json", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateManifest_UnknownScopeAndProperty_IsRefusedWithTheirPaths()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(packaged.Build.ManifestPath))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        manifest["bots"]![0]!["supportsSmoke"] = true;
        var path = Path.Combine(packaged.Build.Directory, "broken-manifest.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        var result = await ValidateAsync(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/bots/0/scopes/1", result.Error, StringComparison.Ordinal);
        Assert.Contains("supportsSmoke", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateManifest_SchemaVersionNotBundled_IsRefusedWithoutFetchingIt()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(packaged.Build.ManifestPath))!;
        manifest["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json";
        manifest["manifestVersion"] = "1.18";
        var path = Path.Combine(packaged.Build.Directory, "unbundled-manifest.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        var result = await ValidateAsync(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not bundle the v1.18 schema", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_Bot_ServesPersonalTeamAndGroupChatWithoutFiles()
    {
        var sut = ManifestTemplate.Bot(ManifestTemplate.Load());

        Assert.Equal(["groupChat", "personal", "team"], sut["scopes"]!.AsArray().Select(s => (string)s!).Order(StringComparer.Ordinal));
        Assert.False((bool)sut["supportsFiles"]!);
        Assert.False((bool)sut["isNotificationOnly"]!);
    }

    [Theory]
    [InlineData("OnlineMeeting.ReadBasic.Chat")]
    [InlineData("ChannelMeeting.ReadBasic.Group")]
    public void Template_MeetingStartAndEndEvents_HaveTheirResourceSpecificPermission(string permission)
    {
        var sut = ManifestTemplate.Load()["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray();

        Assert.Contains(sut, p => (string?)p!["name"] == permission && (string?)p["type"] == "Application");
    }

    private static Task<ProcessResult> ValidateAsync(string manifestPath) =>
        ExternalProcess.RunAsync("node", [RepositoryRoot.Combine("manifest", "pack", "validate-manifest.mjs"), manifestPath]);
}
