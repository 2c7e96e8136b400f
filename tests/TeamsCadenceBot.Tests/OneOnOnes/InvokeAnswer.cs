using System.Net;
using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Tests.OneOnOnes;

/// <summary>What the bot endpoint answered to an <c>adaptiveCard/action</c> invoke, read from HTTP.</summary>
/// <param name="Http">The HTTP status of the response.</param>
/// <param name="StatusCode">The Universal Actions status code in its body.</param>
/// <param name="Type">The body's type: a card, a message or an error.</param>
/// <param name="Value">The card, text or error.</param>
internal sealed record InvokeAnswer(HttpStatusCode Http, int StatusCode, string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    public JsonElement? CardJson => Type == CardType ? Value : null;

    public AdaptiveCard? Card => CardJson?.Deserialize<AdaptiveCard>(ProtocolJson.Options);

    public string? Message => Value.ValueKind == JsonValueKind.String ? Value.GetString() : null;

    public string? Error => Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty("message", out var message)
        ? message.GetString()
        : null;

    public static async Task<InvokeAnswer> ReadAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        return new InvokeAnswer(
            response.StatusCode,
            root.GetProperty("statusCode").GetInt32(),
            root.GetProperty("type").GetString()!,
            root.GetProperty("value").Clone());
    }
}
