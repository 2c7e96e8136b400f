using System.Text.Json;
using TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Cards;
using TeamsCadenceBot.Tests.OneOnOnes;
using static TeamsCadenceBot.Tests.ForecastCalls.Quotas.QuotaTestbed;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

[Collection(OfficialCardParser.Collection)]
public sealed class ForecastCallReminderTests(OfficialCardParser parser)
{
    private const string Channel = ActivityBuilder.PipelineChannelId;

    // Wednesday 25 November 2026, 10:00 in New York (Alice's zone). Alice's fiscal year starts in October, so Q1 FY2027
    // ends on 31 December and its last four weeks start on Friday 4 December.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    // Thursdays at 10:00 in New York: 15:00 UTC in winter.
    private static readonly DateTimeOffset FirstAt = new(2026, 12, 10, 15, 0, 0, TimeSpan.Zero);

    private static async Task<QuotaTestbed> SeededAsync()
    {
        var bed = new QuotaTestbed(Start);
        await bed.SeedOrgAsync();
        return bed;
    }

    private static async Task<IReadOnlyList<string>> DueIdsAsync(QuotaTestbed bed, DateTimeOffset upTo) =>
        [.. (await bed.Get<TeamsCadenceBot.Scheduling.WorkSchedule>().ReadDueAsync(Tenant, upTo, 100, default))
            .Select(e => e.WorkId)];

    private static JsonElement CardJson(Activity activity) =>
        activity.Attachments![0].Content is JsonElement json
            ? json
            : JsonSerializer.SerializeToElement(activity.Attachments[0].Content);

    [Fact]
    public async Task Schedule_ManagerInTheChannel_PlansTheFirstCallInTheClosePeriod()
    {
        await using var bed = await SeededAsync();

        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");

        var stored = await bed.Get<ForecastCallScheduleStore>().GetAsync(Tenant, Manager.AadObjectId, default);
        Assert.Equal((DayOfWeek.Thursday, 4, Channel), (stored!.Day, stored.CloseWeeks, stored.ChannelId));
        Assert.Empty(await DueIdsAsync(bed, FirstAt.AddMinutes(-1)));
        var first = ForecastCallCadence.Reminder(stored, new DateOnly(2026, 12, 10), FirstAt);
        Assert.Equal([first.Id], await DueIdsAsync(bed, FirstAt));
        Assert.Equal(
            "Forecast call reminders set for Alice Rivera's team: every Thursday at 10:00 in the last 4 weeks of each "
            + "quarter (America/New_York), the first on Thu 10 Dec. Each one is posted here with a button that starts "
            + "the call. To stop them, type **cancel forecast call**.",
            bed.LastText());
    }

    [Fact]
    public async Task Reminder_AtItsTime_PostsTheStartCardInTheChannelAndPlansNextWeek()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");

        await bed.SweepAtAsync(FirstAt);

        var post = Assert.Single(bed.PostedTo(Channel), m => m.Activity.Attachments is { Count: > 0 });
        var card = OneOnOneTestbed.Card(post.Activity);
        Assert.Equal("Forecast call: Q1 FY2027", OneOnOneTestbed.Heading(card));
        var start = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!));
        Assert.Equal(ForecastCallCards.StartVerb, start.Verb);
        var data = CardJson(post.Activity).GetProperty("actions")[0].GetProperty("data");
        Assert.Equal("FY2027-Q1", data.GetProperty("period").GetString());
        Assert.Contains("22 days are left in Q1 FY2027.", OneOnOneTestbed.Text(card), StringComparison.Ordinal);
        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Single(await DueIdsAsync(bed, FirstAt.AddDays(7)));
        Assert.Empty(await DueIdsAsync(bed, FirstAt.AddDays(7).AddMinutes(-1)));
    }

    [Fact]
    public async Task Reminders_ThroughTwoQuarters_WeeklyInTheClosePeriodsOnlyAtTheSameLocalTime()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");
        DateTimeOffset[] expected =
        [
            FirstAt, FirstAt.AddDays(7), FirstAt.AddDays(14), FirstAt.AddDays(21),
            new(2027, 3, 4, 15, 0, 0, TimeSpan.Zero), new(2027, 3, 11, 15, 0, 0, TimeSpan.Zero),
            new(2027, 3, 18, 14, 0, 0, TimeSpan.Zero), new(2027, 3, 25, 14, 0, 0, TimeSpan.Zero),
        ];

        // A sweep every day at 14:00 and 15:00 UTC finds each call at its time, and nothing on the other days.
        var posts = new List<DateTimeOffset>();
        for (var day = Start.Date; day <= new DateTime(2027, 4, 2); day = day.AddDays(1))
        {
            foreach (var hour in new[] { 14, 15 })
            {
                var before = bed.PostedTo(Channel).Count;
                await bed.SweepAtAsync(new DateTimeOffset(day.AddHours(hour), TimeSpan.Zero));
                if (bed.PostedTo(Channel).Count > before)
                {
                    posts.Add(bed.Clock.GetUtcNow());
                }
            }
        }

        Assert.Equal(expected, posts);
        var q2 = OneOnOneTestbed.Heading(OneOnOneTestbed.Card(bed.PostedTo(Channel)[^1].Activity));
        Assert.Equal("Forecast call: Q2 FY2027", q2);
    }

    [Fact]
    public async Task Schedule_EveryWeek_FirstCallThisWeek()
    {
        await using var bed = await SeededAsync();

        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00 every week");

        Assert.Single(await DueIdsAsync(bed, new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Reminder_FoundWithinTheStalenessWindowAfterAnOutage_PostedLate()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");

        await bed.SweepAtAsync(FirstAt.AddHours(5));

        Assert.Single(bed.PostedTo(Channel), m => m.Activity.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task Reminder_FoundHoursLateAfterAnOutage_NotPostedButNextWeekPlanned()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");
        var posted = bed.PostedTo(Channel).Count;

        await bed.SweepAtAsync(FirstAt.AddHours(6).AddMinutes(1));

        Assert.Equal(posted, bed.PostedTo(Channel).Count);
        Assert.Single(await DueIdsAsync(bed, FirstAt.AddDays(7)));
    }

    [Fact]
    public async Task Reminder_AfterAnOutageOfWeeks_NoBacklogOnlyTheNextCallPlanned()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");

        await bed.SweepAtAsync(FirstAt.AddDays(15));

        Assert.DoesNotContain(bed.PostedTo(Channel), m => m.Activity.Attachments is { Count: > 0 });
        Assert.Empty(await DueIdsAsync(bed, FirstAt.AddDays(21).AddMinutes(-1)));
        Assert.Single(await DueIdsAsync(bed, FirstAt.AddDays(21)));
    }

    [Fact]
    public async Task Reminder_FiscalYearMovedSoTheDateLeftTheClosePeriod_NotPostedAndTheNextFollowsTheNewYear()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");
        var thresholds = TeamsCadenceBot.PipelineReviews.PipelineThresholds.Default with { FiscalYearStartMonth = 2 };
        await bed.Teams.SaveAsync(Tenant, Manager.AadObjectId, new(thresholds, null), default);

        await bed.SweepAtAsync(FirstAt);

        // With a February start the quarter runs from 1 November to 31 January: its close period starts on 4 January.
        Assert.DoesNotContain(bed.PostedTo(Channel), m => m.Activity.Attachments is { Count: > 0 });
        Assert.Single(await DueIdsAsync(bed, new DateTimeOffset(2027, 1, 7, 15, 0, 0, TimeSpan.Zero)));
        Assert.Empty(await DueIdsAsync(bed, new DateTimeOffset(2027, 1, 7, 14, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Reminder_RunTwice_PostedOnceAndPlannedOnce()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");
        var stored = (await bed.Get<ForecastCallScheduleStore>().GetAsync(Tenant, Manager.AadObjectId, default))!;
        var work = ForecastCallCadence.Reminder(stored, new DateOnly(2026, 12, 10), FirstAt);
        var sut = bed.Get<IEnumerable<TeamsCadenceBot.Scheduling.IScheduledWorkHandler>>()
            .OfType<ForecastCallReminderHandler>()
            .Single();
        bed.Clock.SetUtcNow(FirstAt);

        await sut.HandleAsync(work, default);
        await sut.HandleAsync(work, default);
        await bed.SweepAtAsync(FirstAt);

        Assert.Single(bed.PostedTo(Channel), m => m.Activity.Attachments is { Count: > 0 });
        Assert.Single(await DueIdsAsync(bed, FirstAt.AddDays(7)));
    }

    [Fact]
    public async Task Cancel_ByTheManager_NothingPostedNorPlanned()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");

        await bed.SayInChannelAsync(Manager, "cancel forecast call");
        await bed.SweepAtAsync(FirstAt);

        Assert.Equal("Stopped the forecast call reminders of Alice Rivera's team.", bed.LastText());
        Assert.DoesNotContain(bed.PostedTo(Channel), m => m.Activity.Attachments is { Count: > 0 });
        Assert.Empty(await DueIdsAsync(bed, new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Schedule_Replaced_OldRemindersDropThemselves()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");
        await bed.SayInChannelAsync(Manager, "schedule forecast call friday 10:00");

        await bed.SweepAtAsync(FirstAt);
        await bed.SweepAtAsync(FirstAt.AddDays(1));

        var posts = bed.PostedTo(Channel).Where(m => m.Activity.Attachments is { Count: > 0 }).ToList();
        Assert.Single(posts);
    }

    [Fact]
    public async Task Schedule_ByARep_RefusedAndNothingStored()
    {
        await using var bed = await SeededAsync();

        await bed.SayInChannelAsync(Rep, "schedule forecast call thursday 10:00");

        Assert.StartsWith(
            "A forecast call is for your reps, and you have none yet.",
            bed.LastText(),
            StringComparison.Ordinal);
        Assert.Null(await bed.Get<ForecastCallScheduleStore>().GetAsync(Tenant, Rep.AadObjectId, default));
    }

    [Fact]
    public async Task Schedule_ByTheLeaderMentioningTheManager_SetsTheManagersTeamReminder()
    {
        await using var bed = await SeededAsync();

        await bed.SayInChannelAsync(Leader, "schedule forecast call thursday 10:00 last 2 weeks", Manager);

        var stored = await bed.Get<ForecastCallScheduleStore>().GetAsync(Tenant, Manager.AadObjectId, default);
        Assert.Equal((2, "America/New_York"), (stored!.CloseWeeks, stored.TimeZone));
        Assert.StartsWith(
            "Forecast call reminders set for Alice Rivera's team",
            bed.LastText(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ByARepMentioningTheManager_RefusedAndTheReminderStays()
    {
        await using var bed = await SeededAsync();
        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00");

        await bed.SayInChannelAsync(Rep, "cancel forecast call", Manager);

        Assert.Equal(
            "Only Alice Rivera and the leaders above them can schedule or cancel Alice Rivera's forecast calls.",
            bed.LastText());
        Assert.NotNull(await bed.Get<ForecastCallScheduleStore>().GetAsync(Tenant, Manager.AadObjectId, default));
    }

    [Fact]
    public async Task Schedule_Malformed_SaysWhatIsWrongAndStoresNothing()
    {
        await using var bed = await SeededAsync();

        await bed.SayInChannelAsync(Manager, "schedule forecast call thursday 10:00 monthly");

        Assert.StartsWith("\"monthly\" is not a close period.", bed.LastText(), StringComparison.Ordinal);
        Assert.Null(await bed.Get<ForecastCallScheduleStore>().GetAsync(Tenant, Manager.AadObjectId, default));
    }
}
