using System.Globalization;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.OneOnOnes.OneOnOneCardParts;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The manager's cards to set a 1:1 schedule per rep, and to pick which rep's to set.</summary>
internal static class ScheduleCards
{
    private static readonly int[] LengthChoices = [15, 20, 30, 45, 60, 90];

    /// <summary>The manager's reps with their schedules, and a picker to open one.</summary>
    public static AdaptiveCard Pick(IReadOnlyList<(Person Rep, OneOnOneSchedule? Schedule)> reps, DateTimeOffset now)
    {
        var body = new List<CardElement> { Heading("Your 1:1s") };
        if (reps.Count == 0)
        {
            body.Add(new TextBlock("Nobody reports to you yet. Type **my team** to set up your team first."));
            return new AdaptiveCard { Body = body, Speak = "Your 1:1s" };
        }

        body.Add(new FactSet([.. reps.Select(r => new Fact(r.Rep.DisplayName, Describe(r.Schedule, now)))]));
        body.Add(new ChoiceSetInput([.. reps.Select(r => new Choice(r.Rep.DisplayName, r.Rep.Id))])
        {
            Id = OneOnOneVerbs.RepInput,
            Label = "Set the 1:1s with",
            IsRequired = true,
            ErrorMessage = "Pick a rep.",
            Style = reps.Count > 12 ? "filtered" : "compact",
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction(OneOnOneVerbs.OpenSchedule) { Title = "Open", Data = new OneOnOneActionData() }],
            Speak = "Your 1:1s",
        };
    }

    /// <summary>The schedule form for one rep, filled with the current schedule or sensible defaults.</summary>
    public static AdaptiveCard Edit(
        Person manager,
        Person rep,
        OneOnOneSchedule? current,
        TimeSpan defaultLength,
        DateTimeOffset now,
        string? notice = null)
    {
        var heading = $"1:1s with {rep.DisplayName}";
        var body = new List<CardElement>
        {
            Heading(heading),
            new TextBlock($"Your zone: {manager.TimeZone}. {rep.DisplayName}'s zone: {rep.TimeZone}."),
        };
        if (current is { Active: true })
        {
            body.Add(new TextBlock("Now: " + Describe(current, now)));
            body.Add(NextLine(current, manager, rep, now));
        }

        if (notice is not null)
        {
            body.Add(new Container([new TextBlock(notice) { Weight = "Bolder", Color = "Attention" }]) { Style = "attention" });
        }

        var length = (int)(current?.Length ?? defaultLength).TotalMinutes;
        var mondayFirst = Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7);
        body.Add(new ChoiceSetInput([.. mondayFirst.Select(d => new Choice(d.ToString(), d.ToString()))])
        {
            Id = OneOnOneVerbs.WeekdayInput,
            Label = "Day",
            IsRequired = true,
            ErrorMessage = "Pick a day.",
            Style = "compact",
            Value = (current?.Weekday ?? DayOfWeek.Monday).ToString(),
        });
        body.Add(new TimeInput
        {
            Id = OneOnOneVerbs.TimeInput,
            Label = "Time",
            IsRequired = true,
            ErrorMessage = "Pick a time.",
            Value = (current?.LocalTime ?? new TimeOnly(9, 0)).ToString("HH:mm", CultureInfo.InvariantCulture),
        });
        body.Add(new ChoiceSetInput([.. LengthChoices.Union([length]).Order().Select(m =>
            new Choice($"{m} minutes", m.ToString(CultureInfo.InvariantCulture)))])
        {
            Id = OneOnOneVerbs.LengthInput,
            Label = "Length",
            Style = "compact",
            Value = length.ToString(CultureInfo.InvariantCulture),
        });
        body.Add(new ChoiceSetInput(ZoneChoices(manager, rep))
        {
            Id = OneOnOneVerbs.ZoneInput,
            Label = "The time is in",
            Style = "expanded",
            Value = current?.TimeZone ?? manager.TimeZone,
        });
        body.Add(new ChoiceSetInput(
        [
            new Choice("Every week", nameof(OneOnOneFrequency.Weekly)),
            new Choice("Every two weeks", nameof(OneOnOneFrequency.Biweekly)),
        ])
        {
            Id = OneOnOneVerbs.FrequencyInput,
            Label = "How often",
            Style = "expanded",
            Value = (current?.Frequency ?? OneOnOneFrequency.Weekly).ToString(),
        });
        body.Add(new ToggleInput("Hold these 1:1s (untick to stop them)")
        {
            Id = OneOnOneVerbs.ActiveInput,
            Value = current is { Active: false } ? "false" : "true",
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(OneOnOneVerbs.SaveSchedule) { Title = "Save", Style = "positive", Data = new OneOnOneActionData(Rep: rep.Id) },
            ],
            Speak = heading,
        };
    }

    public static AdaptiveCard Saved(Person manager, Person rep, OneOnOneSchedule schedule, DateTimeOffset now)
    {
        var heading = schedule.Active ? $"Saved: 1:1s with {rep.DisplayName}" : $"Stopped: 1:1s with {rep.DisplayName}";
        var body = new List<CardElement> { Heading(heading, "Good"), new TextBlock(Describe(schedule, now)) };
        if (schedule.Active)
        {
            body.Add(NextLine(schedule, manager, rep, now));
            body.Add(Subtle($"{rep.DisplayName} gets the prep prompt a day before, and you get the brief before the meeting."));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction(OneOnOneVerbs.OpenSchedule) { Title = "Change", Data = new OneOnOneActionData(Rep: rep.Id) }],
            Speak = heading,
        };
    }

    public static string Describe(OneOnOneSchedule? schedule, DateTimeOffset now)
    {
        if (schedule is not { Active: true })
        {
            return "No 1:1s scheduled";
        }

        var every = schedule.Frequency == OneOnOneFrequency.Biweekly ? "every other " : "";
        return $"{every}{schedule.Weekday} {schedule.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} "
            + $"({schedule.TimeZone}), {Minutes(schedule.Length)}";
    }

    private static TextBlock NextLine(OneOnOneSchedule schedule, Person manager, Person rep, DateTimeOffset now)
    {
        var next = OneOnOneCalendar.NextStart(schedule, now);
        var managerZone = OneOnOneCalendar.Zone(manager.TimeZone);
        var repZone = OneOnOneCalendar.Zone(rep.TimeZone);
        return new TextBlock($"Next: {LocalFormat.DayAndTime(next, managerZone)} for you, "
            + $"{LocalFormat.DayAndTime(next, repZone)} for {rep.DisplayName}.");
    }

    private static List<Choice> ZoneChoices(Person manager, Person rep)
    {
        var choices = new List<Choice> { new($"Your zone ({manager.TimeZone})", manager.TimeZone) };
        if (rep.TimeZone != manager.TimeZone)
        {
            choices.Add(new Choice($"{rep.DisplayName}'s zone ({rep.TimeZone})", rep.TimeZone));
        }

        return choices;
    }
}
