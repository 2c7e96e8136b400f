using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// Stores where the bot was installed and welcomes people there, once per install: Teams reports one
/// install with both an <c>installationUpdate</c> and a <c>conversationUpdate</c>, and only the one that
/// moves the stored state from not installed to installed sends the card. Removal marks the conversation
/// so that nothing is sent there until the bot is installed again.
/// </summary>
internal sealed partial class InstallationLifecycle(
    IConversationStore store,
    CommandCatalog commands,
    ILogger<InstallationLifecycle> logger) : IConversationLifecycle
{
    public async Task OnInstalledAsync(Turn turn, CancellationToken cancellationToken)
    {
        var target = TurnConversation.InstallationTarget(turn);
        if (!await store.MarkInstalledAsync(target, TurnConversation.People(turn), cancellationToken))
        {
            LogRepeatedInstall(logger, turn.Scope);
            return;
        }

        var card = WelcomeCard.Build(turn.Scope, commands.In(turn.Scope));
        try
        {
            var outcome = turn.Scope == ConversationScope.Team
                ? (await StartWelcomeThreadAsync(turn, target, card, cancellationToken)).Outcome
                : (await turn.ReplyAsync(card, cancellationToken)).Outcome;
            LogWelcomed(logger, turn.Scope, outcome);
        }
        catch (ConnectorException e)
        {
            // The install is stored, which is what matters; a person can still type help.
            // Gaps: a welcome card whose send fails for good is not sent again, even when Teams redelivers.
            LogWelcomeFailed(logger, turn.Scope, e.StatusCode, e);
        }
    }

    public async Task OnUninstalledAsync(Turn turn, CancellationToken cancellationToken)
    {
        var target = TurnConversation.InstallationTarget(turn);
        await store.MarkUninstalledAsync(turn.TenantId, target.ConversationId, cancellationToken);
    }

    // An install has no post of its own to reply under, so the welcome starts a thread of its own in the
    // channel the installer picked (General when Teams names none), where the whole team sees it.
    private static Task<ConnectorResult<ChannelThread>> StartWelcomeThreadAsync(
        Turn turn,
        ConversationReference team,
        AdaptiveCard card,
        CancellationToken cancellationToken)
    {
        var welcome = new Activity
        {
            Type = ActivityTypes.Message,
            From = turn.Activity.Recipient,
            Attachments = [card.ToAttachment()],
            Summary = WelcomeCard.Heading,
        };
        var channelData = turn.Activity.ChannelData;
        var channelId = channelData?.Settings?.SelectedChannel?.Id ?? channelData?.Channel?.Id ?? team.ConversationId;
        return turn.Connector.CreateChannelThreadAsync(
            turn.Address.ServiceUrl,
            turn.TenantId,
            channelId,
            welcome,
            cancellationToken);
    }

    [LoggerMessage(EventId = 1404, EventName = "InstallRepeated", Level = LogLevel.Debug,
        Message = "The {Scope} install was already stored; no second welcome")]
    private static partial void LogRepeatedInstall(ILogger logger, ConversationScope scope);

    [LoggerMessage(EventId = 1405, EventName = "WelcomeSent", Level = LogLevel.Information,
        Message = "Sent the welcome card in a {Scope} conversation: {Outcome}")]
    private static partial void LogWelcomed(ILogger logger, ConversationScope scope, ConnectorOutcome outcome);

    [LoggerMessage(EventId = 1406, EventName = "WelcomeFailed", Level = LogLevel.Warning,
        Message = "Could not send the welcome card in a {Scope} conversation (status {Status})")]
    private static partial void LogWelcomeFailed(
        ILogger logger,
        ConversationScope scope,
        int? status,
        Exception exception);
}
