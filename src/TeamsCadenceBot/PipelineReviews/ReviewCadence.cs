using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The recurring review reminder: reading <c>schedule pipeline review</c>'s arguments, finding the next
/// occurrence in the manager's time zone, and the scheduled work of one occurrence.
/// </summary>
internal static class ReviewCadence
{
    public const string ReminderKind = "pipelinereview.reminder";
    public const string Usage = "schedule pipeline review <weekday> <HH:mm> [weekly|biweekly]";

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    /// <summary>Reads "thursday 10:00 biweekly", or "off".</summary>
    public static CadenceRequest Parse(string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words is [var only] && only.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return new CadenceRequest(null, default, 0, IsOff: true, Problem: null);
        }

        if (words.Length is < 2 or > 3)
        {
            return Problem("Say when, for example **schedule pipeline review thursday 10:00 weekly**, "
                + "or **schedule pipeline review off**.");
        }

        if (ParseDay(words[0]) is not { } day)
        {
            return Problem($"\"{words[0]}\" is not a weekday. Use monday to sunday (or mon to sun).");
        }

        if (!TimeOnly.TryParseExact(words[1], TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return Problem($"\"{words[1]}\" is not a time. Use 24-hour HH:mm, such as 09:30 or 14:00.");
        }

        var interval = words.Length == 2 ? 1 : words[2].ToLowerInvariant() switch
        {
            "weekly" => 1,
            "biweekly" or "fortnightly" => 2,
            _ => 0,
        };
        return interval == 0
            ? Problem($"\"{words[2]}\" is not a cadence. Use weekly or biweekly.")
            : new CadenceRequest(day, time, interval, IsOff: false, Problem: null);
    }

    /// <summary>The first such weekday, from the manager's today on, whose time is still ahead.</summary>
    public static (DateOnly Date, DateTimeOffset At) First(DayOfWeek day, TimeOnly time, DateTimeOffset now, TimeZoneInfo zone)
    {
        var date = LocalClock.Today(now, zone);
        while (true)
        {
            if (date.DayOfWeek == day && LocalClock.ToInstant(date, time, zone) is var at && at > now)
            {
                return (date, at);
            }

            date = date.AddDays(1);
        }
    }

    /// <summary>The schedule's first occurrence strictly after <paramref name="after"/>.</summary>
    public static (DateOnly Date, DateTimeOffset At) Next(ReviewSchedule schedule, DateTimeOffset after, TimeZoneInfo zone)
    {
        var date = LocalClock.Today(after, zone);
        if (date < schedule.FirstDate)
        {
            date = schedule.FirstDate;
        }

        while (true)
        {
            var weeksFromFirst = (date.DayNumber - schedule.FirstDate.DayNumber) / 7;
            if (date.DayOfWeek == schedule.Day && weeksFromFirst % schedule.IntervalWeeks == 0
                && LocalClock.ToInstant(date, schedule.LocalTime, zone) is var at && at > after)
            {
                return (date, at);
            }

            date = date.AddDays(1);
        }
    }

    /// <summary>
    /// The reminder of one occurrence; its id names the schedule's version and the date, so planning it twice
    /// stores it once.
    /// </summary>
    public static ScheduledWork Reminder(ReviewSchedule schedule, DateOnly date, DateTimeOffset at) =>
        new(
            schedule.TenantId,
            $"{ReminderKind}:{schedule.ManagerId}:{schedule.Version}:{Format.IsoDate(date)}",
            ReminderKind,
            at,
            JsonSerializer.Serialize(new ReminderPayload(schedule.ManagerId, schedule.Version, at)));

    public static ReminderPayload ReadReminder(ScheduledWork work) =>
        JsonSerializer.Deserialize<ReminderPayload>(work.Payload)
            ?? throw new InvalidOperationException("Empty reminder payload.");

    /// <summary>Such as "every Thursday at 10:00" or "every other Thursday at 10:00".</summary>
    public static string Describe(ReviewSchedule schedule) =>
        $"{(schedule.IntervalWeeks == 2 ? "every other" : "every")} {schedule.Day} at "
        + schedule.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DayOfWeek? ParseDay(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString().ToLowerInvariant();
            if (lower == name || (lower.Length >= 3 && name.StartsWith(lower, StringComparison.Ordinal)))
            {
                return day;
            }
        }

        return null;
    }

    private static CadenceRequest Problem(string text) => new(null, default, 0, IsOff: false, Problem: text);
}

/// <summary>What <c>schedule pipeline review</c> asked for: a day, time and interval; "off"; or a problem to answer.</summary>
internal sealed record CadenceRequest(DayOfWeek? Day, TimeOnly Time, int IntervalWeeks, bool IsOff, string? Problem);

/// <summary>Which manager's reminder, of which schedule version, planned for when.</summary>
internal sealed record ReminderPayload(string ManagerId, string Version, DateTimeOffset At);
