using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>Where a schedule's meetings fall and when the prep prompt is due; pure functions.</summary>
internal static class OneOnOneCalendar
{
    /// <summary>The first local date on or after today (in the zone) with the weekday whose meeting is still ahead.</summary>
    public static DateOnly FirstDate(DayOfWeek weekday, TimeOnly localTime, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = LocalClock.Today(now, zone);
        var date = today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
        return LocalClock.ToInstant(date, localTime, zone) > now ? date : date.AddDays(7);
    }

    /// <summary>The start of the schedule's first meeting strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset NextStart(OneOnOneSchedule schedule, DateTimeOffset after)
    {
        var zone = Zone(schedule.TimeZone);
        var period = schedule.PeriodDays;
        var afterDate = LocalClock.Today(after, zone);
        var date = schedule.AnchorDate;
        if (afterDate > date)
        {
            var periods = (afterDate.DayNumber - date.DayNumber) / period;
            date = date.AddDays(periods * period);
        }

        while (LocalClock.ToInstant(date, schedule.LocalTime, zone) <= after)
        {
            date = date.AddDays(period);
        }

        return LocalClock.ToInstant(date, schedule.LocalTime, zone);
    }

    /// <summary>
    /// When the prep prompt is due: <paramref name="lead"/> earlier on the rep's own wall clock, so a 09:00 meeting
    /// prompts at 09:00 the day before in the rep's zone even when the clocks change overnight.
    /// </summary>
    public static DateTimeOffset PromptAt(DateTimeOffset startsAt, TimeSpan lead, TimeZoneInfo repZone)
    {
        var local = LocalClock.ToLocal(startsAt, repZone) - lead;
        return LocalClock.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), repZone);
    }

    public static TimeZoneInfo Zone(string? id) => LocalClock.FindZone(id) ?? TimeZoneInfo.Utc;
}
