using System.Text.Json;

namespace TeamsCadenceBot.Teams.Activities;

/// <summary>
/// A Bot Framework activity: what Teams posts to the bot and what the bot sends back.
/// Only the fields Teams uses are modelled; unknown fields are ignored on read.
/// </summary>
public sealed record Activity
{
    /// <summary>One of <see cref="ActivityTypes"/>.</summary>
    public string Type { get; init; } = ActivityTypes.Message;

    /// <summary>The id Teams gave the activity; redeliveries carry the same id.</summary>
    public string? Id { get; init; }

    /// <summary>When the activity was sent, in UTC.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time with offset, when Teams sends it.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone name, when Teams sends it.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>The base URL of the connector that serves this conversation.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Who sent the activity.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>Who the activity is addressed to; for inbound activities, the bot.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The text of a message; may contain <c>&lt;at&gt;</c> mentions.</summary>
    public string? Text { get; init; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary>The sender's locale, such as <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>The payload of an <c>Action.Submit</c> message or of an invoke.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The name of an invoke or event activity.</summary>
    public string? Name { get; init; }

    /// <summary><c>add</c> or <c>remove</c> for <c>installationUpdate</c>.</summary>
    public string? Action { get; init; }

    /// <summary>The activity this one replies to.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Members who joined, for <c>conversationUpdate</c>.</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members who left, for <c>conversationUpdate</c>.</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Entities such as mentions and <c>clientInfo</c>.</summary>
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Attachments, such as Adaptive Cards.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>The Teams-specific channel data.</summary>
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>An optional summary shown in notifications.</summary>
    public string? Summary { get; init; }
}
