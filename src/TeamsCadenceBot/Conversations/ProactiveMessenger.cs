using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// Sends proactive messages through the stored conversations. A 403 <c>MessageWritesBlocked</c> or a 404
/// marks the conversation uninstalled, so the person is not written to again until they reinstall the bot.
/// Queues and rate limits belong in front of this class, not in it.
/// </summary>
internal sealed partial class ProactiveMessenger(
    IConversationStore store,
    IConnectorClient connector,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    public Task<DeliveryResult> SendToPersonAsync(
        string tenantId,
        string teamsUserId,
        Activity message,
        CancellationToken cancellationToken) =>
        SendToPersonAsync(
            tenantId,
            new ConversationMember(teamsUserId, AadObjectId: null, Name: null),
            message,
            cancellationToken);

    public async Task<DeliveryResult> SendToPersonByAadObjectIdAsync(
        string tenantId,
        string aadObjectId,
        Activity message,
        CancellationToken cancellationToken)
    {
        // The stored personal chat first (read lately, as a rule, in a burst of reminders); without one, a chat
        // is created for the person's Teams id.
        if (await store.FindPersonalByAadObjectIdAsync(tenantId, aadObjectId, cancellationToken) is { } stored)
        {
            return await SendAsync(stored, message, cancellationToken);
        }

        if (await store.FindTeamsUserIdAsync(tenantId, aadObjectId, cancellationToken) is not { } teamsUserId)
        {
            LogUnreachable(logger, DeliveryStatus.NoConversation);
            return new DeliveryResult(DeliveryStatus.NoConversation);
        }

        var person = new ConversationMember(teamsUserId, aadObjectId, Name: null);
        return await SendToPersonAsync(tenantId, person, message, cancellationToken);
    }

    public async Task<DeliveryResult> SendToConversationAsync(
        string tenantId,
        string conversationId,
        Activity message,
        CancellationToken cancellationToken)
    {
        if (await store.GetAsync(tenantId, conversationId, cancellationToken) is not { } reference)
        {
            LogUnreachable(logger, DeliveryStatus.NoConversation);
            return new DeliveryResult(DeliveryStatus.NoConversation);
        }

        return await SendAsync(reference, message, cancellationToken);
    }

    private async Task<DeliveryResult> SendToPersonAsync(
        string tenantId,
        ConversationMember person,
        Activity message,
        CancellationToken cancellationToken)
    {
        if (await store.FindPersonalAsync(tenantId, person.TeamsUserId, cancellationToken) is { } stored)
        {
            return await SendAsync(stored, message, cancellationToken);
        }

        if (await store.GetServiceUrlAsync(tenantId, cancellationToken) is not { } serviceUrl)
        {
            LogUnreachable(logger, DeliveryStatus.NoConversation);
            return new DeliveryResult(DeliveryStatus.NoConversation);
        }

        var created = await connector.CreatePersonalConversationAsync(
            serviceUrl,
            tenantId,
            person.TeamsUserId,
            cancellationToken);
        if (created is not { Outcome: ConnectorOutcome.Succeeded, Value: { } conversationId })
        {
            var status = created.Outcome == ConnectorOutcome.RecipientBlocked
                ? DeliveryStatus.RecipientBlocked
                : DeliveryStatus.NotInstalled;
            LogUnreachable(logger, status);
            return new DeliveryResult(status);
        }

        var reference = new ConversationReference(
            tenantId,
            conversationId,
            ConversationScope.Personal,
            serviceUrl,
            BotId: null)
        {
            UserId = person.TeamsUserId,
            UserAadObjectId = person.AadObjectId,
        };
        await store.RememberAsync(reference, [person], cancellationToken);
        LogCreatedPersonal(logger);
        return await SendAsync(reference, message, cancellationToken);
    }

    private async Task<DeliveryResult> SendAsync(
        ConversationReference reference,
        Activity message,
        CancellationToken cancellationToken)
    {
        if (!reference.Installed)
        {
            LogUnreachable(logger, DeliveryStatus.NotInstalled);
            return new DeliveryResult(DeliveryStatus.NotInstalled);
        }

        var addressed = message with
        {
            From = reference.BotId is { } botId ? new ChannelAccount(botId) : message.From,
            Conversation = new ConversationAccount(reference.ConversationId, TenantId: reference.TenantId),
        };
        ConnectorOutcome outcome;
        DeliveryResult delivered;
        if (reference.Scope == ConversationScope.Team)
        {
            var thread = await connector.CreateChannelThreadAsync(
                reference.ServiceUrl,
                reference.TenantId,
                reference.ChannelId ?? reference.ConversationId,
                addressed with { Conversation = null },
                cancellationToken);
            outcome = thread.Outcome;
            delivered = new DeliveryResult(
                DeliveryStatus.Delivered,
                reference.Address with { ConversationId = thread.Value?.ConversationId ?? reference.ConversationId },
                thread.Value?.ActivityId);
        }
        else
        {
            var sent = await connector.SendAsync(reference.Address, addressed, cancellationToken);
            outcome = sent.Outcome;
            delivered = new DeliveryResult(DeliveryStatus.Delivered, reference.Address, sent.Value);
        }

        if (outcome == ConnectorOutcome.Succeeded)
        {
            return delivered;
        }

        // Blocked (403) or gone (404): either way Teams will refuse every later message there too.
        await store.MarkUninstalledAsync(reference.TenantId, reference.ConversationId, cancellationToken);
        var status = outcome == ConnectorOutcome.RecipientBlocked
            ? DeliveryStatus.RecipientBlocked
            : DeliveryStatus.NotInstalled;
        LogUnreachable(logger, status);
        return new DeliveryResult(status);
    }

    [LoggerMessage(EventId = 1407, EventName = "ProactiveUnreachable", Level = LogLevel.Information,
        Message = "A proactive message was not delivered: {Status}")]
    private static partial void LogUnreachable(ILogger logger, DeliveryStatus status);

    [LoggerMessage(EventId = 1408, EventName = "PersonalChatCreated", Level = LogLevel.Information,
        Message = "Created a personal chat to write to a person first")]
    private static partial void LogCreatedPersonal(ILogger logger);
}
