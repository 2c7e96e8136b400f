using System.Text.Json.Serialization;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Cards;

/// <summary>An Adaptive Card of schema 1.5, the highest Teams renders.</summary>
public sealed record AdaptiveCard
{
    /// <summary>The JSON schema the card claims; null for a card nested in <see cref="ShowCardAction"/>.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    public string Type { get; init; } = "AdaptiveCard";

    /// <summary>The schema version; null for a card nested in <see cref="ShowCardAction"/>.</summary>
    public string? Version { get; init; } = "1.5";

    /// <summary>The card's elements, top to bottom.</summary>
    public IReadOnlyList<CardElement> Body { get; init; } = [];

    /// <summary>The buttons at the foot of the card.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Gives listed users their own view through an <c>adaptiveCard/action</c> invoke.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Text read out by screen readers and shown in notifications.</summary>
    public string? Speak { get; init; }

    /// <summary>Teams-specific settings: full width and mentions.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardSettings? Teams { get; init; }

    /// <summary>Wraps the card as a message attachment.</summary>
    public Attachment ToAttachment() => new(Attachment.AdaptiveCardContentType, this);
}

/// <summary>Teams' extensions to a card.</summary>
/// <param name="Width"><c>Full</c> for a wide card.</param>
/// <param name="Entities">Mention entities for <c>&lt;at&gt;</c> text in the card.</param>
public sealed record TeamsCardSettings(string? Width = null, IReadOnlyList<CardMention>? Entities = null);

/// <summary>A mention inside a card.</summary>
/// <param name="Text">The <c>&lt;at&gt;Name&lt;/at&gt;</c> text used in the card.</param>
/// <param name="Mentioned">The person mentioned.</param>
public sealed record CardMention(string Text, ChannelAccount Mentioned)
{
    /// <summary>Always <c>mention</c>.</summary>
    public string Type { get; init; } = "mention";
}

/// <summary>A Universal Actions refresh: Teams invokes the action for each listed user on view.</summary>
/// <param name="Action">The <c>Action.Execute</c> to invoke.</param>
/// <param name="UserIds">Up to 60 Teams user ids that get their own view.</param>
public sealed record CardRefresh(CardAction Action, IReadOnlyList<string>? UserIds = null);
