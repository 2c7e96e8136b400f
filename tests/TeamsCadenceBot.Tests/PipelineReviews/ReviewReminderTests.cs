using System.Text.Json;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Activities;
using static TeamsCadenceBot.Tests.PipelineReviews.ReviewTestbed;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class ReviewReminderTests
{
    // Thursday 3 December 2026, 09:00 in New York (the manager's zone).
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);

    // Thursday at 10:00 in New York is 15:00 UTC in winter.
    private static readonly DateTimeOffset FirstAt = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    private static async Task<ReviewTestbed> SeededAsync()
    {
        var bed = new ReviewTestbed(Start);
        await bed.SeedOrgAsync();
        return bed;
    }

    [Fact]
    public async Task Schedule_ManagerInTheChannel_StoresItAndPlansTheFirstReminder()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00 weekly");

        var stored = await bed.Settings.GetScheduleAsync(Tenant, Manager, default);
        Assert.Equal(
            (DayOfWeek.Thursday, new TimeOnly(10, 0), 1, ChannelId, (string?)null),
            (stored!.Day, stored.LocalTime, stored.IntervalWeeks, stored.ChannelId, stored.ConversationId));
        Assert.Equal([ReviewCadence.Reminder(stored, new DateOnly(2026, 12, 3), FirstAt).Id], await bed.ScheduledIdsAsync(FirstAt));
        Assert.StartsWith(
            "Pipeline review reminders set: every Thursday at 10:00 (America/New_York), first on Thu 3 Dec.",
            bed.LastReply().Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ByARep_Refused()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Rep, "schedule pipeline review thursday 10:00");

        Assert.Equal(ReviewAccess.NoTeam, bed.LastReply().Text);
        Assert.Null(await bed.Settings.GetScheduleAsync(Tenant, Rep, default));
    }

    [Fact]
    public async Task Schedule_Malformed_SaysWhatIsWrongAndStoresNothing()
    {
        var bed = await SeededAsync();

        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00 monthly");

        Assert.Equal("\"monthly\" is not a cadence. Use weekly or biweekly.", bed.LastReply().Text);
        Assert.Null(await bed.Settings.GetScheduleAsync(Tenant, Manager, default));
    }

    [Fact]
    public async Task Reminder_AtItsTime_PostsANewThreadInTheChannelWithARunButtonAndPlansNextWeek()
    {
        var bed = await SeededAsync();
        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00 weekly");

        await bed.SweepAtAsync(FirstAt);

        var sent = Assert.Single(await bed.QueuedAsync());
        Assert.Equal(DeliveryTarget.Conversation(ChannelId), sent.Target);

        // Read back from the outbox, the card is the JSON that will be sent.
        var card = Assert.IsType<JsonElement>(Assert.Single(sent.Activity.Attachments!).Content);
        var run = card.GetProperty("actions")[0];
        Assert.Equal(
            ("Action.Execute", PipelineReviewVerbs.Page, Manager, 0),
            (run.GetProperty("type").GetString(), run.GetProperty("verb").GetString(),
             run.GetProperty("data").GetProperty("managerId").GetString(), run.GetProperty("data").GetProperty("page").GetInt32()));
        Assert.StartsWith(
            "Megan Bowen's team reviews its pipeline every Thursday at 10:00.",
            card.GetProperty("body")[1].GetProperty("text").GetString(),
            StringComparison.Ordinal);

        var nextAt = new DateTimeOffset(2026, 12, 10, 15, 0, 0, TimeSpan.Zero);
        Assert.Empty(await bed.ScheduledIdsAsync(nextAt.AddMinutes(-1)));
        Assert.Single(await bed.ScheduledIdsAsync(nextAt));
    }

    [Fact]
    public async Task Reminder_Biweekly_NextInTwoWeeks()
    {
        var bed = await SeededAsync();
        await bed.TypeAsync(Manager, "schedule pipeline review thu 10:00 biweekly");

        await bed.SweepAtAsync(FirstAt);

        Assert.Empty(await bed.ScheduledIdsAsync(new DateTimeOffset(2026, 12, 17, 14, 59, 0, TimeSpan.Zero)));
        Assert.Single(await bed.ScheduledIdsAsync(new DateTimeOffset(2026, 12, 17, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Reminder_HandledTwice_OneMessageAndOneNextReminder()
    {
        var bed = await SeededAsync();
        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00");
        var schedule = (await bed.Settings.GetScheduleAsync(Tenant, Manager, default))!;
        var work = ReviewCadence.Reminder(schedule, new DateOnly(2026, 12, 3), FirstAt);
        var handler = new ReviewReminderHandler(
            bed.Settings,
            bed.Schedule,
            bed.People,
            new OutboundQueue(bed.Outbox, Storage.TestTables.CreateQueues(Storage.AzuriteStorage.UniquePrefix())),
            bed.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReviewReminderHandler>.Instance);
        bed.Clock.SetUtcNow(FirstAt);

        await handler.HandleAsync(work, default);
        await handler.HandleAsync(work, default);

        Assert.Single(await bed.QueuedAsync());
        Assert.Equal(2, (await bed.ScheduledIdsAsync(new DateTimeOffset(2026, 12, 10, 15, 0, 0, TimeSpan.Zero))).Count);
    }

    [Fact]
    public async Task Reminder_InAGroupChat_PostsIntoThatChat()
    {
        var bed = await SeededAsync();
        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00", ConversationScope.GroupChat);

        await bed.SweepAtAsync(FirstAt);

        Assert.Equal(DeliveryTarget.Conversation("19:groupchat@thread.v2"), Assert.Single(await bed.QueuedAsync()).Target);
    }

    [Fact]
    public async Task Reminder_ScheduleReplaced_OldReminderDropsItself()
    {
        var bed = await SeededAsync();
        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00");
        await bed.TypeAsync(Manager, "schedule pipeline review friday 10:00");

        await bed.SweepAtAsync(FirstAt);

        Assert.Empty(await bed.QueuedAsync());
        await bed.SweepAtAsync(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero));
        Assert.Single(await bed.QueuedAsync());
    }

    [Fact]
    public async Task Reminder_Stopped_NothingPostedNorPlanned()
    {
        var bed = await SeededAsync();
        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00");
        await bed.TypeAsync(Manager, "schedule pipeline review off");

        await bed.SweepAtAsync(FirstAt);

        Assert.Equal("Stopped your pipeline review reminders.", bed.LastReply().Text);
        Assert.Empty(await bed.QueuedAsync());
        Assert.Empty(await bed.ScheduledIdsAsync(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Reminder_FoundHoursLateAfterAnOutage_NotPostedButTheNextIsPlanned()
    {
        var bed = await SeededAsync();
        await bed.TypeAsync(Manager, "schedule pipeline review thursday 10:00");

        await bed.SweepAtAsync(FirstAt + ReviewReminderHandler.PostUntil + TimeSpan.FromMinutes(1));

        Assert.Empty(await bed.QueuedAsync());
        Assert.Single(await bed.ScheduledIdsAsync(new DateTimeOffset(2026, 12, 10, 15, 0, 0, TimeSpan.Zero)));
    }
}
