using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class CommitmentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static Commitment Item(DateTimeOffset due, CommitmentState state = CommitmentState.Open, DateTimeOffset? closed = null) =>
        new()
        {
            TenantId = "t",
            Id = Guid.NewGuid().ToString("N"),
            Text = "Send the MSA",
            OwnerIds = ["29:rep"],
            DueAt = due,
            CreatedBy = "29:rep",
            Origin = new CommitmentOrigin(CommitmentOriginKind.Chat, "a:1"),
            CreatedAt = due.AddDays(-7),
            State = state,
            ClosedAt = closed,
        };

    [Fact]
    public void MissedAt_PendingItemAtItsDueTime_IsMissed()
    {
        var item = Item(Now);

        var missed = CommitmentRules.MissedAt(item, Now);

        Assert.Equal(CommitmentState.Missed, missed!.State);
    }

    [Fact]
    public void MissedAt_OneTickBeforeDue_IsNotMissed()
    {
        Assert.Null(CommitmentRules.MissedAt(Item(Now), Now.AddTicks(-1)));
    }

    [Fact]
    public void MissedAt_DoneItem_StaysDone()
    {
        Assert.Null(CommitmentRules.MissedAt(Item(Now, CommitmentState.Done), Now.AddDays(1)));
    }

    [Fact]
    public void Reschedule_FutureDate_CountsTheMove()
    {
        var change = CommitmentRules.Reschedule(Item(Now), Now.AddDays(2), Now);

        Assert.Equal(CommitmentState.Rescheduled, change.Updated!.State);
        Assert.Equal(1, change.Updated.RescheduleCount);
        Assert.Equal(Now.AddDays(2), change.Updated.DueAt);
    }

    [Fact]
    public void Reschedule_PastDate_IsRefused()
    {
        var change = CommitmentRules.Reschedule(Item(Now), Now.AddMinutes(-1), Now);

        Assert.Null(change.Updated);
        Assert.Contains("past", change.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_WithoutReason_IsRefused()
    {
        Assert.NotNull(CommitmentRules.Block(Item(Now), "  ").Refusal);
        Assert.Equal("Legal is out", CommitmentRules.Block(Item(Now), " Legal is out ").Updated!.BlockedReason);
    }

    [Fact]
    public void CompletionRate_CountsOnlyItemsDoneOnTimeWithinNinetyDays()
    {
        var items = new[]
        {
            Item(Now.AddDays(-1), CommitmentState.Done, Now.AddDays(-2)),
            Item(Now.AddDays(-3), CommitmentState.Done, Now.AddDays(-2)),
            Item(Now.AddDays(-5), CommitmentState.Missed, Now.AddDays(-5)),
            Item(Now.AddDays(-89), CommitmentState.Done, Now.AddDays(-90)),
            Item(Now.AddDays(-91), CommitmentState.Done, Now.AddDays(-92)),
            Item(Now.AddDays(4)),
        };

        var rate = CommitmentRules.CompletionRate(items, Now, TimeSpan.FromHours(4));

        Assert.Equal(0.5, rate);
    }

    [Fact]
    public void CompletionRate_NothingDue_IsUnknownRatherThanZero()
    {
        Assert.Null(CommitmentRules.CompletionRate([Item(Now.AddDays(3))], Now, TimeSpan.FromHours(4)));
    }

    [Fact]
    public void CompletionRate_DoneAtTheEndOfTheGraceAfterBeingMarkedMissed_CountsAsKept()
    {
        var due = Now.AddDays(-1);
        var grace = TimeSpan.FromHours(4);

        var atTheEdge = CommitmentRules.CompletionRate([Item(due, CommitmentState.Done, due + grace)], Now, grace);
        var aTickLater = CommitmentRules.CompletionRate([Item(due, CommitmentState.Done, due + grace + TimeSpan.FromTicks(1))], Now, grace);

        Assert.Equal((1.0, 0.0), (atTheEdge, aTickLater));
    }

    [Fact]
    public void CompletionRate_MissedItemStillInsideItsGrace_IsLeftOutUntilTheGraceEnds()
    {
        var grace = TimeSpan.FromHours(4);
        var item = Item(Now.AddHours(-1), CommitmentState.Missed, Now.AddHours(-1));

        var inside = CommitmentRules.CompletionRate([item], Now, grace);
        var after = CommitmentRules.CompletionRate([item], Now.AddHours(3), grace);

        Assert.Null(inside);
        Assert.Equal(0.0, after);
    }
}
