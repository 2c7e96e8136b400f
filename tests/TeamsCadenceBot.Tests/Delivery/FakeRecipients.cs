using System.Collections.Concurrent;
using TeamsCadenceBot.Delivery;

namespace TeamsCadenceBot.Tests.Delivery;

internal sealed class FakeRecipients : IRecipientStatus
{
    public ConcurrentDictionary<string, bool> Unreachable { get; } = new();

    public Task<bool> IsUnreachableAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult(Unreachable.ContainsKey(personId));

    public Task MarkUnreachableAsync(
        string tenantId,
        string personId,
        string cause,
        CancellationToken cancellationToken)
    {
        Unreachable[personId] = true;
        return Task.CompletedTask;
    }
}
