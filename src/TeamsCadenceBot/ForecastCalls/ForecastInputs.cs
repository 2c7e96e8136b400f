using System.Globalization;
using System.Text.Json;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Reads a card action's data and input values, which Teams sends as strings or numbers.</summary>
internal static class ForecastInputs
{
    public static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
                ? text
                : null;

    /// <summary>The strings of an array property; empty when absent.</summary>
    public static IReadOnlyList<string> Strings(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    /// <summary>
    /// An amount input: false when a value is there but is not a number; <paramref name="amount"/> is null when the
    /// input is absent or empty.
    /// </summary>
    public static bool TryAmount(JsonElement data, string name, out decimal? amount)
    {
        amount = null;
        if (!data.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            amount = number;
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        var parsed = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d);
        amount = parsed ? d : null;
        return parsed;
    }

    /// <summary>A toggle: true only for <c>"true"</c>.</summary>
    public static bool Flag(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.True
            || (value.ValueKind == JsonValueKind.String && value.GetString() == "true"));

    /// <summary>A date input: false when a value is there but is not <c>yyyy-MM-dd</c>; null when empty.</summary>
    public static bool TryDate(JsonElement data, string name, out DateOnly? date)
    {
        date = null;
        if (Text(data, name) is not { } text)
        {
            return true;
        }

        var parsed = DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var d);
        date = parsed ? d : null;
        return parsed;
    }
}
