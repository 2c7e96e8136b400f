using TeamsCadenceBot.OneOnOnes;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

[Collection(OneOnOneFlows.Name)]
public sealed class OneOnOneTimingTests
{
    [Fact]
    public async Task Prompt_NewYorkMondayAfterTheSpringChange_ComesSunday0900EdtNotASecondBefore()
    {
        // Clocks in New York go forward on Sunday 14 March 2027; the 1:1 is Monday 15 March at 09:00 EDT (13:00 UTC).
        await using var bed = new OneOnOneTestbed(new DateTimeOffset(2027, 3, 9, 12, 0, 0, TimeSpan.Zero));
        await bed.SeedPairAsync(managerZone: "America/New_York", repZone: "America/New_York");
        await bed.ScheduleAsync(DayOfWeek.Monday, "09:00", "America/New_York");
        var promptAt = new DateTimeOffset(2027, 3, 14, 13, 0, 0, TimeSpan.Zero);

        var planned = (await bed.NextOccurrenceAsync()).StartsAt;
        await bed.SweepAtAsync(promptAt.AddSeconds(-1));
        var before = bed.CardsSentTo(Rep).Count;
        await bed.SweepAtAsync(promptAt);

        Assert.Equal(new DateTimeOffset(2027, 3, 15, 13, 0, 0, TimeSpan.Zero), planned);
        Assert.Equal(0, before);
        Assert.Contains("Mon 15 Mar, 09:00", Text(Assert.Single(bed.CardsSentTo(Rep))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompt_BerlinMondayAfterTheSpringChange_ComesSunday0900CestNotASecondBefore()
    {
        // Set on 23 March (CET, UTC+1) for Monday 29 March 2027, after Berlin's change on Sunday 28 March (CEST, UTC+2).
        await using var bed = new OneOnOneTestbed(new DateTimeOffset(2027, 3, 23, 12, 0, 0, TimeSpan.Zero));
        await bed.SeedPairAsync(managerZone: "America/New_York", repZone: "Europe/Berlin");
        await bed.ScheduleAsync(DayOfWeek.Monday, "09:00", "Europe/Berlin");
        var promptAt = new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero);

        var planned = (await bed.NextOccurrenceAsync()).StartsAt;
        await bed.SweepAtAsync(promptAt.AddSeconds(-1));
        var before = bed.CardsSentTo(Rep).Count;
        await bed.SweepAtAsync(promptAt);

        Assert.Equal(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), planned);
        Assert.Equal(0, before);
        Assert.Contains("Mon 29 Mar, 09:00", Text(Assert.Single(bed.CardsSentTo(Rep))), StringComparison.Ordinal);
    }

    [Fact]
    public void PromptAt_MeetingTheDayTheClocksGoForward_SameWallClockTimeTheDayBefore()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var sundayNineEdt = new DateTimeOffset(2027, 3, 14, 13, 0, 0, TimeSpan.Zero);

        var sut = OneOnOneCalendar.PromptAt(sundayNineEdt, TimeSpan.FromHours(24), newYork);

        Assert.Equal(new DateTimeOffset(2027, 3, 13, 14, 0, 0, TimeSpan.Zero), sut);
    }

    [Fact]
    public void NextStart_Biweekly_SkipsTheOffWeek()
    {
        var schedule = new OneOnOneSchedule
        {
            TenantId = Tenant,
            ManagerId = Manager.AadObjectId,
            RepId = Rep.AadObjectId,
            Weekday = DayOfWeek.Monday,
            LocalTime = new TimeOnly(9, 0),
            Length = TimeSpan.FromMinutes(30),
            TimeZone = "Europe/Berlin",
            Frequency = OneOnOneFrequency.Biweekly,
            AnchorDate = new DateOnly(2026, 12, 7),
        };

        var first = OneOnOneCalendar.NextStart(schedule, new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        var second = OneOnOneCalendar.NextStart(schedule, first);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 12, 21, 8, 0, 0, TimeSpan.Zero), second);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(60)]
    [InlineData(90)]
    [InlineData(120)]
    public void AgendaPlan_AnyLengthAndContent_BlocksAddUpToTheLengthWithDealCoachingLargest(int minutes)
    {
        var prep = new PrepAnswers(["a", "b", "c"], ["Contoso", "Fabrikam"], "training", default, default);
        var topics = Enumerable.Range(0, 10).Select(i => new AgendaTopic($"topic {i}", "x", "X", default)).ToList();

        var sut = AgendaPlan.Build(TimeSpan.FromMinutes(minutes), previousItems: 7, prep, topics, "Bob");

        Assert.Equal(minutes, sut.Sum(b => b.Minutes));
        Assert.All(sut, b => Assert.True(b.Minutes >= 1));
        Assert.Equal(sut.Max(b => b.Minutes), sut.Single(b => b.Kind == AgendaBlockKind.DealCoaching).Minutes);
        Assert.Equal(Enum.GetValues<AgendaBlockKind>(), sut.Select(b => b.Kind));
    }

    [Fact]
    public void TypedActionItem_OwnerOutsideThePair_IsNamedAsTheProblem()
    {
        var now = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

        var sut = TypedActionItem.Parse("action-less text; due friday; owner @someone; done when x", now, TimeZoneInfo.Utc, _ => null);

        Assert.Null(sut.Owner);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.Zero), sut.DueAt);
        Assert.Contains(sut.Problems, p => p.Contains("@someone", StringComparison.Ordinal));
    }
}
