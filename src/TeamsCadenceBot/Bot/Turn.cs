using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Bot;

/// <summary>One inbound activity with what every feature needs to answer it.</summary>
/// <param name="Activity">The activity, authenticated and well formed.</param>
/// <param name="TenantId">The tenant it came from.</param>
/// <param name="Address">Where replies go.</param>
/// <param name="Connector">The connector that sends them.</param>
public sealed record Turn(Activity Activity, string TenantId, ConversationAddress Address, IConnectorClient Connector)
{
    /// <summary>The person who sent the activity.</summary>
    public ChannelAccount From => Activity.From!;

    /// <summary>Where the conversation takes place.</summary>
    public ConversationScope Scope => Activity.GetScope();

    /// <summary>Sends a text answer into the conversation (a thread reply in channels).</summary>
    public Task<ConnectorResult<string>> ReplyAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" }, cancellationToken);

    /// <summary>Sends a card into the conversation (a thread reply in channels).</summary>
    public Task<ConnectorResult<string>> ReplyAsync(AdaptiveCard card, CancellationToken cancellationToken) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] }, cancellationToken);

    private Task<ConnectorResult<string>> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var addressed = reply with
        {
            From = Activity.Recipient,
            Recipient = Activity.From,
            Conversation = Activity.Conversation,
            ReplyToId = Activity.Id,
        };
        return Activity.Id is { } id && Scope == ConversationScope.Team
            ? Connector.ReplyAsync(Address, id, addressed, cancellationToken)
            : Connector.SendAsync(Address, addressed, cancellationToken);
    }
}
