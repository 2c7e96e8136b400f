using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

// Done pressed on the due card, which arrives when the item is marked missed: kept within the grace, late after it.
public sealed class CompletionGraceTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 12, 8, 16, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = new CommitmentOptions().DoneGrace;

    private static async Task<(CommitmentState AtDue, double? Rate, CommitmentState Final)> DoneAfterDueAsync(TimeSpan late)
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        var item = await bed.CommitAsync(Due);
        await bed.SweepAtAsync(Due);
        var atDue = (await bed.Store.GetAsync(CommitmentTestbed.Tenant, item.Id, default))!.State;

        bed.Clock.SetUtcNow(Due + late);
        var done = await bed.Service.CompleteAsync(CommitmentTestbed.Tenant, item.Id, CommitmentTestbed.Rep, "due-card-press", default);
        bed.Clock.SetUtcNow(Due.AddDays(2));
        var rate = await bed.Service.CompletionRateAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, default);

        return (atDue, rate, done.Updated!.State);
    }

    [Fact]
    public async Task CompleteAsync_FromTheDueCardWithinTheGrace_CountsAsKeptThoughItWasMarkedMissed()
    {
        var outcome = await DoneAfterDueAsync(Grace);

        Assert.Equal((CommitmentState.Missed, 1.0, CommitmentState.Done), outcome);
    }

    [Fact]
    public async Task CompleteAsync_JustAfterTheGrace_CountsAsDoneLate()
    {
        var outcome = await DoneAfterDueAsync(Grace + TimeSpan.FromSeconds(1));

        Assert.Equal((CommitmentState.Missed, 0.0, CommitmentState.Done), outcome);
    }

    [Fact]
    public void EffectiveDoneGrace_LongerThanTheWaitForTheMissedReminder_EndsAtTheReminder()
    {
        var sut = new CommitmentOptions { DoneGrace = TimeSpan.FromHours(12), MissedReminderAfter = TimeSpan.FromHours(2) };

        Assert.Equal(TimeSpan.FromHours(2), sut.EffectiveDoneGrace);
    }
}
