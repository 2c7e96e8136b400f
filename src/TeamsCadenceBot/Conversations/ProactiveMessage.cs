using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Conversations;

/// <summary>Builds the messages <see cref="IProactiveMessenger"/> sends.</summary>
public static class ProactiveMessage
{
    /// <summary>A card, with a <paramref name="summary"/> for the notification when given.</summary>
    public static Activity Card(AdaptiveCard card, string? summary = null) =>
        new() { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()], Summary = summary };

    /// <summary>A Markdown text.</summary>
    public static Activity Text(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
}
