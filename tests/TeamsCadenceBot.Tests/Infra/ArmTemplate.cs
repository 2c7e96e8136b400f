using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsCadenceBot.Tests.Infra;

/// <summary>Reads a compiled ARM template, looking inside the nested deployments that Bicep modules become.</summary>
public sealed partial class ArmTemplate
{
    private readonly Dictionary<JsonObject, JsonObject> _owners = new(ReferenceEqualityComparer.Instance);

    public ArmTemplate(JsonObject root)
    {
        Root = root;
        AllResources = [.. Walk(root)];
    }

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> AllResources { get; }

    public IReadOnlyList<JsonObject> OfType(string type) =>
        [.. AllResources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase))];

    public JsonObject One(string type) => Assert.Single(OfType(type));

    /// <summary>
    /// An expression of <paramref name="resource"/> with each <c>variables('name')</c> of its own
    /// template replaced by the variable's literal text, as Bicep moves constants into variables.
    /// </summary>
    public string Expand(JsonObject resource, string expression)
    {
        var variables = _owners[resource]["variables"]?.AsObject();
        return VariableReference().Replace(expression, m =>
            variables?[m.Groups[1].Value] is JsonValue value && value.TryGetValue(out string? text) ? $"'{text}'" : m.Value);
    }

    private IEnumerable<JsonObject> Walk(JsonObject template)
    {
        // Templates in language version 2.0 keep resources in an object keyed by symbolic name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject named => named.Select(r => r.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            _owners[resource] = template;
            yield return resource;
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();
}
