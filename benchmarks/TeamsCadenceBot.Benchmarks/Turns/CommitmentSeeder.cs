using Microsoft.Extensions.Options;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// Gives each conversation's person one open commitment, stored through the service's own
/// <see cref="CommitmentStore"/>, which the <c>commitments.block</c> turns block again and again.
/// </summary>
internal static class CommitmentSeeder
{
    public static async Task SeedAsync(
        CadenceTables tables,
        IReadOnlyList<(Conversation Conversation, string TenantId)> owners,
        CancellationToken cancellationToken)
    {
        var store = new CommitmentStore(tables);
        var now = TimeProvider.System.GetUtcNow();
        await Parallel.ForEachAsync(
            owners,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (owner, token) =>
            {
                var (conversation, tenantId) = owner;
                var commitment = new Commitment
                {
                    TenantId = tenantId,
                    Id = Guid.NewGuid().ToString("N"),
                    Text = "Send Contoso the revised proposal with the volume discount",
                    OwnerIds = [conversation.AadObjectId],
                    DueAt = now.AddDays(7),
                    SuccessCriterion = "Contoso confirms they have it",
                    CreatedBy = conversation.AadObjectId,
                    Origin = new CommitmentOrigin(CommitmentOriginKind.Chat, conversation.ConversationId),
                    CreatedAt = now,
                };
                await store.AddAsync(commitment, token);
                conversation.CommitmentId = commitment.Id;
            });
    }

    public static CadenceTables Tables(string storage, string prefix) =>
        new(Options.Create(new StorageOptions { ConnectionString = storage, TablePrefix = prefix }));
}
