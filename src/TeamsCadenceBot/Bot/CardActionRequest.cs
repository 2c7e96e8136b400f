using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace TeamsCadenceBot.Bot;

/// <summary>A card action: its verb and its data merged with the card's inputs.</summary>
/// <param name="Verb">The action's verb.</param>
/// <param name="Data">The data object; an empty object when the action had none.</param>
/// <param name="IsRefresh">True when Teams asked for a viewer's refresh rather than a click.</param>
internal sealed record CardActionRequest(string Verb, JsonElement Data, bool IsRefresh)
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    /// <summary>Reads an <c>adaptiveCard/action</c> invoke value: <c>{ action: { verb, data }, trigger }</c>.</summary>
    public static bool TryRead(JsonElement? value, [NotNullWhen(true)] out CardActionRequest? request)
    {
        request = null;
        if (value is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verb.GetString()))
        {
            return false;
        }

        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : EmptyObject;
        var refresh = root.TryGetProperty("trigger", out var trigger) && trigger.ValueKind == JsonValueKind.String
            && trigger.GetString() == "automatic";
        request = new CardActionRequest(verb.GetString()!, data, refresh);
        return true;
    }

    /// <summary>Reads an <c>Action.Submit</c> message value, whose data carries the verb as <c>verb</c>.</summary>
    public static bool TryReadSubmit(JsonElement value, [NotNullWhen(true)] out CardActionRequest? request)
    {
        request = null;
        if (!value.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verb.GetString()))
        {
            return false;
        }

        request = new CardActionRequest(verb.GetString()!, value, IsRefresh: false);
        return true;
    }
}
