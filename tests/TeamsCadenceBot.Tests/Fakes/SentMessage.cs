using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Tests.Fakes;

// What the fake connector was asked to post: a send, a reply, an update or a new channel thread.
public sealed record SentMessage(
    string Kind,
    string ServiceUrl,
    string TenantId,
    string ConversationId,
    Activity Activity)
{
    public const string Send = "send";
    public const string Reply = "reply";
    public const string Thread = "thread";
    public const string Update = "update";

    public AdaptiveCard? Card => Activity.Attachments?.SingleOrDefault()?.Content as AdaptiveCard;

    public string? Heading => Card?.Body.OfType<TextBlock>().FirstOrDefault()?.Text;
}
