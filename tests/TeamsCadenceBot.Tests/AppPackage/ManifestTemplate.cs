using System.Text.Json.Nodes;

namespace TeamsCadenceBot.Tests.AppPackage;

/// <summary>The committed manifest template; its placeholders sit inside strings, so it parses as JSON.</summary>
public static class ManifestTemplate
{
    public static string FilePath => RepositoryRoot.Combine("manifest", "manifest.template.json");

    public static JsonNode Load() => JsonNode.Parse(File.ReadAllText(FilePath))!;

    public static JsonObject Bot(JsonNode manifest) => manifest["bots"]!.AsArray().Single()!.AsObject();
}
