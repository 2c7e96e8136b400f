using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>
/// The answer to an invoke activity, written as the HTTP response body. For
/// <c>adaptiveCard/action</c> the body is the Universal Actions envelope
/// <c>{ statusCode, type, value }</c>.
/// </summary>
/// <param name="Status">The HTTP status of the response itself.</param>
/// <param name="Body">The body, serialized with the protocol's JSON settings; null for none.</param>
public sealed record InvokeResponse(int Status, object? Body)
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";
    private const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the card the action came from with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(AdaptiveCard card) =>
        new(200, new UniversalActionBody(200, CardType, card));

    /// <summary>Leaves the card as it is and shows <paramref name="text"/> to the person who acted.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new UniversalActionBody(200, MessageType, text));

    /// <summary>Tells the person that the action failed, with a reason they can act on.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(200, new UniversalActionBody(statusCode, ErrorType, new UniversalActionError(code, message)));

    /// <summary>The answer to an invoke this bot does not handle.</summary>
    public static InvokeResponse NotSupported(string? name) =>
        Error(501, "NotSupported", $"This bot does not handle '{name ?? "(unnamed)"}' invokes.");
}

/// <summary>The Universal Actions response envelope.</summary>
/// <param name="StatusCode">200 for a card or message, 4xx/5xx for an error.</param>
/// <param name="Type">The MIME type of <paramref name="Value"/>.</param>
/// <param name="Value">A card, a text or an error.</param>
public sealed record UniversalActionBody(int StatusCode, string Type, object Value);

/// <summary>An error in a Universal Actions response.</summary>
/// <param name="Code">A short machine-readable code.</param>
/// <param name="Message">What the person sees.</param>
public sealed record UniversalActionError(string Code, string Message);
