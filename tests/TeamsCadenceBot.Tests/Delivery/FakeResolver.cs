using System.Collections.Concurrent;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Tests.Delivery;

internal sealed class FakeResolver : IConversationResolver, IRecipientStatus
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public ConcurrentDictionary<string, bool> Unreachable { get; } = new();

    public Task<ConversationAddress?> ResolveAsync(string tenantId, DeliveryTarget target, CancellationToken cancellationToken) =>
        Task.FromResult<ConversationAddress?>(new ConversationAddress(ServiceUrl, target.ConversationId ?? "a:" + target.PersonId, tenantId));

    public Task<string?> ServiceUrlAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult<string?>(ServiceUrl);

    public Task<bool> IsUnreachableAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Unreachable.ContainsKey(userId));

    public Task MarkUnreachableAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        Unreachable[userId] = true;
        return Task.CompletedTask;
    }
}
