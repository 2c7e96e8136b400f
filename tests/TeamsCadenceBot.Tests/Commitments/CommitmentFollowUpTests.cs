using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class CommitmentFollowUpTests
{
    // Thursday 3 December 2026, 09:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 12, 8, 16, 0, 0, TimeSpan.Zero);

    private static async Task<IReadOnlyList<string>> KindsAsync(CommitmentTestbed bed) =>
        [.. (await bed.AllQueuedAsync()).Select(m => m.Kind + "->" + m.Target.PersonId).Order()];

    [Fact]
    public async Task DayBeforeReminder_ComesExactlyTwentyFourHoursBeforeDue()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        await bed.CommitAsync(Due);

        await bed.SweepAtAsync(Due.AddDays(-1).AddTicks(-1));
        var before = await KindsAsync(bed);
        await bed.SweepAtAsync(Due.AddDays(-1));
        var after = await KindsAsync(bed);

        Assert.Empty(before);
        Assert.Equal([$"{CommitmentWork.DayBefore}->{CommitmentTestbed.Rep}"], after);
    }

    [Fact]
    public async Task DueTime_PendingItem_IsMissedAndTheOwnerGetsTheDueCard()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        var item = await bed.CommitAsync(Due);

        await bed.SweepAtAsync(Due.AddSeconds(-1));
        var stateBefore = (await bed.Store.GetAsync(CommitmentTestbed.Tenant, item.Id, default))!.State;
        await bed.SweepAtAsync(Due);

        var stored = await bed.Store.GetAsync(CommitmentTestbed.Tenant, item.Id, default);
        Assert.Equal(CommitmentState.Open, stateBefore);
        Assert.Equal(CommitmentState.Missed, stored!.State);
        Assert.Contains($"{CommitmentWork.Due}->{CommitmentTestbed.Rep}", await KindsAsync(bed));
    }

    [Fact]
    public async Task DoneBeforeDue_NoDueCardAndNoMissedReminder()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        var item = await bed.CommitAsync(Due);
        await bed.Service.CompleteAsync(CommitmentTestbed.Tenant, item.Id, CommitmentTestbed.Rep, default);

        await bed.SweepAtAsync(Due.AddDays(3));

        Assert.Empty(await KindsAsync(bed));
    }

    [Fact]
    public async Task Missed_OneReminderToTheOwner_AndOneDigestCardForTheManagerAtEightInTheirZone()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync(managerZone: "America/New_York");
        await bed.CommitAsync(Due);
        await bed.CommitAsync(Due.AddHours(1));

        await bed.SweepAtAsync(Due.AddHours(1));
        // 08:00 in New York on 9 December is 13:00 UTC.
        var digestAt = new DateTimeOffset(2026, 12, 9, 13, 0, 0, TimeSpan.Zero);
        await bed.SweepAtAsync(digestAt.AddMinutes(-1));
        var beforeDigest = (await KindsAsync(bed)).Count(k => k.StartsWith(CommitmentWork.Digest, StringComparison.Ordinal));
        await bed.SweepAtAsync(digestAt);
        await bed.SweepAtAsync(Due.AddDays(2));
        await bed.SweepAtAsync(Due.AddDays(5));

        var kinds = await KindsAsync(bed);
        Assert.Equal(0, beforeDigest);
        Assert.Equal(1, kinds.Count(k => k == $"{CommitmentWork.Digest}->{CommitmentTestbed.Manager}"));
        Assert.Equal(2, kinds.Count(k => k == $"{CommitmentWork.MissedReminder}->{CommitmentTestbed.Rep}"));
        Assert.DoesNotContain(kinds, k => k.StartsWith(CommitmentWork.Digest, StringComparison.Ordinal) && k.EndsWith(CommitmentTestbed.Rep, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rescheduled_OldStepsDropThemselves_NewDateIsFollowedUp()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        var item = await bed.CommitAsync(Due);
        var newDue = Due.AddDays(7);
        await bed.Service.RescheduleAsync(CommitmentTestbed.Tenant, item.Id, CommitmentTestbed.Rep, newDue, default);

        await bed.SweepAtAsync(Due.AddDays(2));
        var afterOldDate = await KindsAsync(bed);
        await bed.SweepAtAsync(newDue);

        var stored = await bed.Store.GetAsync(CommitmentTestbed.Tenant, item.Id, default);
        Assert.Empty(afterOldDate);
        Assert.Equal(CommitmentState.Missed, stored!.State);
        Assert.Equal(1, stored.RescheduleCount);
    }

    [Fact]
    public async Task AfterAnOutage_TheMissedReminderIsStillSent_ButTheStaleDayBeforeReminderIsDropped()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        await bed.CommitAsync(Due);

        // The service was down from before the day-before reminder until three days after the due date.
        await bed.SweepAtAsync(Due.AddDays(3));

        var kinds = await KindsAsync(bed);
        Assert.DoesNotContain($"{CommitmentWork.DayBefore}->{CommitmentTestbed.Rep}", kinds);
        Assert.Contains($"{CommitmentWork.Due}->{CommitmentTestbed.Rep}", kinds);
        Assert.Contains($"{CommitmentWork.MissedReminder}->{CommitmentTestbed.Rep}", kinds);
    }

    [Fact]
    public async Task ChangeBySomeoneElse_IsRefusedAndChangesNothing()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        await bed.People.UpsertAsync(CommitmentTestbed.Tenant, new TeamsCadenceBot.People.PersonSighting("00000000-0000-0000-0000-00000000000c", "Other Rep", "29:other"), default);
        var item = await bed.CommitAsync(Due);

        var change = await bed.Service.CompleteAsync(CommitmentTestbed.Tenant, item.Id, "00000000-0000-0000-0000-00000000000c", default);
        var byManager = await bed.Service.BlockAsync(CommitmentTestbed.Tenant, item.Id, CommitmentTestbed.Manager, "waiting on legal", default);

        Assert.Equal(CommitmentService.NotYours, change.Refusal);
        Assert.Equal(CommitmentState.Blocked, byManager.Updated!.State);
    }

    [Fact]
    public async Task CompletionRate_ComesFromStoredItemsOfTheLastNinetyDays()
    {
        var bed = new CommitmentTestbed(Start);
        await bed.SeedTeamAsync();
        var kept = await bed.CommitAsync(Start.AddDays(1));
        await bed.CommitAsync(Start.AddDays(2));
        await bed.Service.CompleteAsync(CommitmentTestbed.Tenant, kept.Id, CommitmentTestbed.Rep, default);

        await bed.SweepAtAsync(Start.AddDays(3));
        var rate = await bed.Service.CompletionRateAsync(CommitmentTestbed.Tenant, CommitmentTestbed.Rep, default);

        Assert.Equal(0.5, rate);
    }
}
