using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.People;

public sealed class FakeInstalledConversations : IInstalledConversations
{
    public List<InstalledConversation> Conversations { get; } = [];

    public Task<IReadOnlyList<InstalledConversation>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InstalledConversation>>(
            [.. Conversations.Where(c => c.Address.TenantId == tenantId)]);
}
