using System.Text.Json;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>Reads a card action's data and input values.</summary>
internal static class CardData
{
    public static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString() is { } text
        && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    public static OneOnOneActionData Action(JsonElement data) =>
        new(Text(data, "occurrence"), Text(data, "rep"), Text(data, "as"));
}
