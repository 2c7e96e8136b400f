using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// Stores open commitments for the people of the bot's conversations, one per <c>commitments.done</c> turn to be
/// sent. Written in batch transactions of 100 (one by one would take minutes on 2 cores), with the keys the
/// service's <see cref="CommitmentStore"/> uses; the real store then reads them back to prove the keys match.
/// </summary>
internal static class CommitmentSeeder
{
    private const int BatchSize = 100;

    public static async Task SeedAsync(
        CadenceTables tables,
        string tenantId,
        IReadOnlyList<(Conversation Conversation, int Count)> needs,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync("commitments", cancellationToken);
        var now = TimeProvider.System.GetUtcNow();
        var rows = new List<CommitmentEntity>();
        foreach (var (conversation, count) in needs)
        {
            for (var i = 0; i < count; i++)
            {
                var commitment = new Commitment
                {
                    TenantId = tenantId,
                    Id = Guid.NewGuid().ToString("N"),
                    Text = "Send Contoso the revised proposal with the volume discount",
                    OwnerIds = [conversation.AadObjectId],
                    DueAt = now.AddDays(7).AddMinutes(i),
                    SuccessCriterion = "Contoso confirms they have it",
                    CreatedBy = conversation.AadObjectId,
                    Origin = new CommitmentOrigin(CommitmentOriginKind.Chat, conversation.ConversationId),
                    CreatedAt = now,
                };
                rows.Add(CommitmentEntity.From(commitment, TableKeys.Partition(tenantId, "commitment")));
                rows.Add(CommitmentEntity.From(commitment, TableKeys.Partition(tenantId, "owner", conversation.AadObjectId)));
                conversation.OpenCommitments.Enqueue(commitment.Id);
            }
        }

        var batches = rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(BatchSize));
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (batch, token) => await table.SubmitTransactionAsync(
                batch.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)),
                token));

        await CheckAsync(tables, tenantId, needs[0], cancellationToken);
    }

    private static async Task CheckAsync(
        CadenceTables tables,
        string tenantId,
        (Conversation Conversation, int Count) sample,
        CancellationToken cancellationToken)
    {
        var store = new CommitmentStore(tables);
        var first = sample.Conversation.OpenCommitments.Peek();
        var owned = await store.ListOwnedAsync(tenantId, sample.Conversation.AadObjectId, dueAfter: null, cancellationToken);
        if (await store.GetAsync(tenantId, first, cancellationToken) is null || owned.Count != sample.Count)
        {
            throw new InvalidOperationException(
                "The seeded commitments are not where CommitmentStore looks: its keys changed, update the seeder.");
        }
    }

    public static CadenceTables Tables(string storage, string prefix) =>
        new(Options.Create(new StorageOptions { ConnectionString = storage, TablePrefix = prefix }));
}
