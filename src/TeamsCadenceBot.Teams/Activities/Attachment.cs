namespace TeamsCadenceBot.Teams.Activities;

/// <summary>An attachment of an activity; the bot sends Adaptive Cards this way.</summary>
/// <param name="ContentType">The MIME type, such as <c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Content">The attachment's content; serialized with its runtime type.</param>
public sealed record Attachment(string ContentType, object? Content)
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
