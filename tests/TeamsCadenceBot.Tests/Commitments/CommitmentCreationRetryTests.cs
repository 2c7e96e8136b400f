using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

// Storage fails in the middle of recording a commitment and the turn is delivered again (same activity id): one
// commitment, with its follow-up.
public sealed class CommitmentCreationRetryTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 12, 8, 16, 0, 0, TimeSpan.Zero);

    private static Task<Commitment> CreateAsync(CommitmentTestbed bed, string activityId) =>
        bed.Service.CreateAsync(
            CommitmentTestbed.Tenant,
            new CommitmentDraft("Send the signed MSA to Contoso legal", OwnerChoice.Me, Due, "legal confirms receipt"),
            [CommitmentTestbed.Rep],
            CommitmentTestbed.Rep,
            new CommitmentOrigin(CommitmentOriginKind.Chat, "a:1"),
            activityId,
            default);

    private static async Task<(IReadOnlyList<Commitment> Stored, IReadOnlyList<string> DueCards)> AfterTheDueTimeAsync(
        CommitmentTestbed failing)
    {
        var bed = new CommitmentTestbed(Start, failing.Prefix);
        var stored = await bed.Store.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, dueAfter: null, default);
        await bed.SweepAtAsync(Due);
        var dueCards = (await bed.AllQueuedAsync()).Where(m => m.Kind == CommitmentWork.Due).Select(m => m.Key).ToList();
        return (stored, dueCards);
    }

    [Fact]
    public async Task CreateAsync_PlanFailsThenTheTurnIsRetried_OneCommitmentWithItsFollowUp()
    {
        var failure = new FailingStorageRequest(FailingStorageRequest.WriteTo("schedule"), afterStorage: false);
        var bed = new CommitmentTestbed(Start, storagePolicy: failure);
        await bed.SeedTeamAsync();

        await Assert.ThrowsAsync<IOException>(() => CreateAsync(bed, "activity-1"));
        var retried = await CreateAsync(bed, "activity-1");

        var (stored, dueCards) = await AfterTheDueTimeAsync(bed);
        Assert.True(failure.Failed);
        Assert.Equal([retried.Id], stored.Select(c => c.Id));
        Assert.Equal([$"{CommitmentWork.Due}:{retried.Id}:{Due.UtcTicks}:{CommitmentTestbed.Rep}"], dueCards);
    }

    [Fact]
    public async Task CreateAsync_StoredButTheAnswerLostThenTheTurnIsRetried_ReturnsTheStoredOneAndMakesNoSecond()
    {
        var failure = new FailingStorageRequest(FailingStorageRequest.Transaction, afterStorage: true);
        var bed = new CommitmentTestbed(Start, storagePolicy: failure);
        await bed.SeedTeamAsync();

        await Assert.ThrowsAsync<IOException>(() => CreateAsync(bed, "activity-1"));
        var retried = await CreateAsync(bed, "activity-1");

        var (stored, dueCards) = await AfterTheDueTimeAsync(bed);
        Assert.True(failure.Failed);
        Assert.Equal([retried.Id], stored.Select(c => c.Id));
        Assert.Single(dueCards);
    }

    [Fact]
    public async Task CreateAsync_TwoRequestsWithTheSameText_AreTwoCommitments()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();

        var first = await CreateAsync(bed, "activity-1");
        var second = await CreateAsync(bed, "activity-2");

        var stored = await bed.Store.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, dueAfter: null, default);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, stored.Count);
    }
}
