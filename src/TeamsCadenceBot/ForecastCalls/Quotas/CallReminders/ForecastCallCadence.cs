using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>
/// When forecast calls happen: weekly, on the team's day and time, in the close period of each quarter of the team's
/// fiscal year. The close period is the quarter's last N weeks, counted back from its last day (N = 4: from the
/// 28th day before the next quarter on), or the whole quarter for "every week".
/// </summary>
internal static class ForecastCallCadence
{
    public const string ReminderKind = "forecastcall.reminder";
    public const string Usage = "schedule forecast call <weekday> <HH:mm> [last <N> weeks|every week] [@manager]";

    /// <summary>A quarter has 13 weeks; more would mean every week.</summary>
    public const int MaxCloseWeeks = 13;

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    /// <summary>Reads "thursday 10:00", "thu 10:00 last 3 weeks" or "thursday 10:00 every week".</summary>
    public static ForecastCallRequest Parse(string arguments, int defaultCloseWeeks)
    {
        var words = arguments.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return Problem("Say when, for example **schedule forecast call thursday 10:00**, "
                + "**... thursday 10:00 last 3 weeks** or **... thursday 10:00 every week**.");
        }

        if (Weekday(words[0]) is not { } day)
        {
            return Problem($"\"{words[0]}\" is not a weekday. Use monday to sunday (or mon to sun).");
        }

        if (!TimeOnly.TryParseExact(
            words[1],
            TimeFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var time))
        {
            return Problem($"\"{words[1]}\" is not a time. Use 24-hour HH:mm, such as 09:30 or 14:00.");
        }

        var weeks = words[2..] switch
        {
            [] => defaultCloseWeeks,
            ["every", "week"] or ["weekly"] => 0,
            ["last", var n, "week" or "weeks"] when int.TryParse(n, CultureInfo.InvariantCulture, out var count)
                && count is >= 1 and <= MaxCloseWeeks => count,
            _ => -1,
        };
        return weeks < 0
            ? Problem($"\"{string.Join(' ', words[2..])}\" is not a close period. Say **last 4 weeks** "
                + $"(1 to {MaxCloseWeeks}) or **every week**.")
            : new ForecastCallRequest(day, time, weeks, null);
    }

    /// <summary>True when <paramref name="date"/> is in the close period of its quarter.</summary>
    public static bool InClosePeriod(DateOnly date, ForecastPeriod period, int closeWeeks) =>
        period.Contains(date) && (closeWeeks == 0 || date >= period.EndExclusive.AddDays(-7 * closeWeeks));

    /// <summary>The schedule's first call strictly after <paramref name="after"/>, in the manager's zone.</summary>
    public static (DateOnly Date, DateTimeOffset At) Next(
        ForecastCallSchedule schedule,
        DateTimeOffset after,
        TimeZoneInfo zone,
        int fiscalYearStartMonth)
    {
        var date = LocalClock.Today(after, zone);

        // The next close period starts within a quarter and a week, so a year of days always finds a call.
        for (var i = 0; i < 366; i++, date = date.AddDays(1))
        {
            if (date.DayOfWeek == schedule.Day
                && InClosePeriod(date, ForecastPeriod.Containing(date, fiscalYearStartMonth), schedule.CloseWeeks)
                && LocalClock.ToInstant(date, schedule.LocalTime, zone) is var at && at > after)
            {
                return (date, at);
            }
        }

        throw new InvalidOperationException("A forecast call schedule found no date within a year.");
    }

    /// <summary>One call's reminder; its id names the schedule version and the date, so it is stored once.</summary>
    public static ScheduledWork Reminder(ForecastCallSchedule schedule, DateOnly date, DateTimeOffset at) =>
        new(
            schedule.TenantId,
            $"{ReminderKind}:{schedule.ManagerId}:{schedule.Version}:{Format.IsoDate(date)}",
            ReminderKind,
            at,
            JsonSerializer.Serialize(new ForecastCallReminderPayload(schedule.ManagerId, schedule.Version, date, at)));

    public static ForecastCallReminderPayload ReadReminder(ScheduledWork work) =>
        JsonSerializer.Deserialize<ForecastCallReminderPayload>(work.Payload)
            ?? throw new InvalidOperationException("Empty forecast call reminder payload.");

    /// <summary>Such as "every Thursday at 10:00 in the last 4 weeks of each quarter".</summary>
    public static string Describe(ForecastCallSchedule schedule)
    {
        var when = $"every {schedule.Day} at {schedule.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        return schedule.CloseWeeks switch
        {
            0 => when,
            1 => when + " in the last week of each quarter",
            var n => when + $" in the last {n} weeks of each quarter",
        };
    }

    private static DayOfWeek? Weekday(string word) =>
        Enum.GetValues<DayOfWeek>()
            .Select(d => (DayOfWeek?)d)
            .FirstOrDefault(d => d.ToString()!.ToLowerInvariant() is var name
                && (word == name || (word.Length >= 3 && name.StartsWith(word, StringComparison.Ordinal))));

    private static ForecastCallRequest Problem(string text) => new(null, default, 0, text);
}

/// <summary>What <c>schedule forecast call</c> asked for, or the problem to answer.</summary>
internal sealed record ForecastCallRequest(DayOfWeek? Day, TimeOnly Time, int CloseWeeks, string? Problem);

/// <summary>Which team's reminder, of which schedule version, for which local date and instant.</summary>
internal sealed record ForecastCallReminderPayload(string ManagerId, string Version, DateOnly Date, DateTimeOffset At);
