using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Delivery;

/// <summary>Finds where a target lives in Teams, creating a person's personal chat when it does not exist yet.</summary>
internal interface IConversationResolver
{
    /// <summary>
    /// The conversation for a person or an existing conversation; null when the bot cannot reach it
    /// (never installed there, or uninstalled).
    /// </summary>
    Task<ConversationAddress?> ResolveAsync(string tenantId, DeliveryTarget target, CancellationToken cancellationToken);

    /// <summary>The service URL through which a tenant's channel threads are created; null when unknown.</summary>
    Task<string?> ServiceUrlAsync(string tenantId, CancellationToken cancellationToken);
}
