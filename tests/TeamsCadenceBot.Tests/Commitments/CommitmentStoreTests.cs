using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class CommitmentStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly CommitmentTestbed _bed = new(Start);

    private CommitmentStore Sut => _bed.Store;

    private static Func<Commitment, Task<CommitmentChange>> MoveOneDay() =>
        c => Task.FromResult(CommitmentRules.Reschedule(c, c.DueAt.AddDays(1), Start));

    [Fact]
    public async Task ChangeAsync_ManyWritersAtOnce_NoChangeIsLost()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Sut.ChangeAsync(CommitmentTestbed.Tenant, item.Id, "f:" + i, MoveOneDay(), default)));

        var stored = await Sut.GetAsync(CommitmentTestbed.Tenant, item.Id, default);
        Assert.Equal(12, stored!.RescheduleCount);
        Assert.Equal(Start.AddDays(17), stored.DueAt);
    }

    [Fact]
    public async Task ChangeAsync_ActivityAlreadyApplied_ChangesNothingAndSaysSo()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));
        await Sut.ChangeAsync(CommitmentTestbed.Tenant, item.Id, "f:1", MoveOneDay(), default);

        var again = await Sut.ChangeAsync(CommitmentTestbed.Tenant, item.Id, "f:1", MoveOneDay(), default);

        Assert.True(again.AlreadyApplied);
        Assert.Equal(1, again.Updated!.RescheduleCount);
        Assert.Equal(1, (await Sut.GetAsync(CommitmentTestbed.Tenant, item.Id, default))!.RescheduleCount);
    }

    [Fact]
    public async Task ChangeAsync_ActivityOlderThanTheRememberedOnes_IsAppliedAgain()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));
        for (var i = 0; i < 17; i++)
        {
            await Sut.ChangeAsync(CommitmentTestbed.Tenant, item.Id, "f:" + i, MoveOneDay(), default);
        }

        var newest = await Sut.ChangeAsync(CommitmentTestbed.Tenant, item.Id, "f:16", MoveOneDay(), default);
        var oldest = await Sut.ChangeAsync(CommitmentTestbed.Tenant, item.Id, "f:0", MoveOneDay(), default);

        Assert.True(newest.AlreadyApplied);
        Assert.False(oldest.AlreadyApplied);
    }

    [Fact]
    public async Task ChangeAsync_Refused_WritesNothing()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5));

        var refused = await Sut.ChangeAsync(
            CommitmentTestbed.Tenant,
            item.Id,
            "f:1",
            _ => Task.FromResult(CommitmentChange.Refused("no")),
            default);
        var afterwards = await Sut.ChangeAsync(CommitmentTestbed.Tenant, item.Id, "f:1", MoveOneDay(), default);

        Assert.Equal("no", refused.Refusal);
        Assert.False(afterwards.AlreadyApplied);
    }

    [Fact]
    public async Task ListOwnedAsync_TwoOwners_EachSeesTheItemAndNoOneElseDoes()
    {
        var item = await _bed.CommitAsync(Start.AddDays(5), CommitmentTestbed.Rep, CommitmentTestbed.Manager);
        await _bed.CommitAsync(Start.AddDays(6), "00000000-0000-0000-0000-00000000000c");

        var rep = await Sut.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, dueAfter: null, default);
        var manager = await Sut.ListOwnedAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Manager, Start, default);

        Assert.Equal([item.Id], rep.Select(c => c.Id));
        Assert.Equal([item.Id], manager.Select(c => c.Id));
    }
}
