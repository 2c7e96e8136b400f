using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>Reads a card as it went over the wire (JSON): texts, actions and inputs, nested ones too.</summary>
internal static class CardJson
{
    public static IEnumerable<JsonElement> Objects(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                yield return node;
                foreach (var child in node.EnumerateObject().SelectMany(p => Objects(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonValueKind.Array:
                foreach (var child in node.EnumerateArray().SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            default:
                break;
        }
    }

    public static IEnumerable<string> Texts(JsonElement card) =>
        Objects(card).Where(o => Type(o) == "TextBlock").Select(o => o.GetProperty("text").GetString()!);

    /// <summary>The <c>Action.Execute</c> titled <paramref name="title"/>, or null.</summary>
    public static JsonElement? Execute(JsonElement card, string title) =>
        Objects(card)
            .Where(o => Type(o) == "Action.Execute" && Title(o) == title)
            .Cast<JsonElement?>()
            .FirstOrDefault();

    /// <summary>
    /// What Teams sends when the person presses the <c>Action.Execute</c> inside <paramref name="showCard"/>: its
    /// data merged with the values of that card's inputs (<paramref name="overrides"/> replacing some).
    /// </summary>
    public static (string Verb, JsonObject Data) Press(
        JsonElement showCard,
        params (string Id, string Value)[] overrides)
    {
        var inner = showCard.GetProperty("card");
        return Press(inner, Objects(inner).First(o => Type(o) == "Action.Execute"), overrides);
    }

    /// <summary>The same for the card's own <c>Action.Execute</c> titled <paramref name="title"/>.</summary>
    public static JsonObject Press(JsonElement card, string title, params (string Id, string Value)[] overrides) =>
        Press(
            card,
            Execute(card, title) ?? throw new InvalidOperationException($"No action '{title}'."),
            overrides).Data;

    public static IEnumerable<JsonElement> ShowCards(JsonElement card, string title) =>
        Objects(card).Where(o => Type(o) == "Action.ShowCard" && Title(o) == title);

    // Teams sends every input's value as text.
    private static (string Verb, JsonObject Data) Press(
        JsonElement card,
        JsonElement action,
        (string Id, string Value)[] overrides)
    {
        var data = JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
        foreach (var input in Objects(card).Where(o => Type(o)?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            var id = input.GetProperty("id").GetString()!;
            data[id] = !input.TryGetProperty("value", out var value) ? ""
                : value.ValueKind == JsonValueKind.String ? value.GetString()
                : value.GetRawText();
        }

        foreach (var (id, value) in overrides)
        {
            data[id] = value;
        }

        return (action.GetProperty("verb").GetString()!, data);
    }

    private static string? Type(JsonElement o) =>
        o.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private static string? Title(JsonElement o) =>
        o.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;
}
