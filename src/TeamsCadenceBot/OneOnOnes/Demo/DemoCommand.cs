using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.OneOnOnes.Demo;

/// <summary>
/// <c>demo</c>, in the local demo only: <c>demo 1:1 now [rep]</c> runs a 1:1 that starts in a few minutes, with
/// every step compressed into them, and seats the Playground user as that rep; <c>demo as &lt;rep&gt;</c> and
/// <c>demo as me</c> take or leave a rep's seat.
/// </summary>
internal sealed partial class DemoCommand(
    IPeopleStore people,
    OneOnOneStore store,
    OneOnOneService service,
    DemoStandIns standIns,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoCommand> logger) : IBotCommand
{
    public string Name => "demo";

    public string Usage => "demo 1:1 now [rep] | demo as <rep> | demo as me";

    public string Description => "Local demo only: run a 1:1 starting in minutes, or see and act from a rep's seat.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var words = arguments.Trim();
        if (words.StartsWith("1:1 now", StringComparison.OrdinalIgnoreCase))
        {
            await RunNowAsync(turn, sender, words["1:1 now".Length..].Trim(), cancellationToken);
        }
        else if (words.Equals("as me", StringComparison.OrdinalIgnoreCase))
        {
            standIns.Leave(turn.TenantId, sender.Id);
            await turn.ReplyAsync("You are yourself again: cards meant for reps are no longer shown to you.", cancellationToken);
        }
        else if (words.StartsWith("as ", StringComparison.OrdinalIgnoreCase))
        {
            if (await FindRepAsync(turn.TenantId, sender, words[3..].Trim(), cancellationToken) is not { } rep)
            {
                await turn.ReplyAsync(NoSuchRep(words[3..].Trim()), cancellationToken);
                return;
            }

            standIns.Take(turn.TenantId, sender.Id, rep.Id);
            await turn.ReplyAsync(
                $"You now also see the 1:1 cards meant for {rep.DisplayName}, marked **As {rep.DisplayName}**, and act as "
                + $"{rep.DisplayName} from them. Type **demo as me** to stop.",
                cancellationToken);
        }
        else
        {
            await turn.ReplyAsync(
                "Type **demo 1:1 now** (optionally with a rep's name), **demo as** a rep's name, or **demo as me**.",
                cancellationToken);
        }
    }

    private async Task RunNowAsync(Turn turn, Person manager, string repName, CancellationToken cancellationToken)
    {
        var rep = await FindRepAsync(turn.TenantId, manager, repName, cancellationToken);
        if (rep is null)
        {
            await turn.ReplyAsync(NoSuchRep(repName), cancellationToken);
            return;
        }

        var schedule = await store.GetScheduleAsync(turn.TenantId, manager.Id, rep.Id, cancellationToken);
        if (schedule is not { Active: true })
        {
            await turn.ReplyAsync(
                $"Your 1:1s with {rep.DisplayName} are not scheduled. Type **schedule 1:1 {rep.DisplayName}** first.",
                cancellationToken);
            return;
        }

        var startIn = options.Value.StartIn;
        var now = clock.GetUtcNow();
        var wholeMinute = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var start = wholeMinute + startIn + TimeSpan.FromMinutes(1);
        var occurrence = new OneOnOneOccurrence
        {
            TenantId = turn.TenantId,
            ManagerId = manager.Id,
            RepId = rep.Id,
            StartsAt = start,
            Length = schedule.Length,
            ScheduleVersion = schedule.Version,
            IsDemo = true,
        };

        // The whole lead-up in a few minutes: prompt now, reminder, brief and agenda before the start.
        var lead = start - now;
        var timings = new StepTimings(
            PromptLead: lead,
            ReminderLead: lead * 0.6,
            BriefLead: lead * 0.4,
            AgendaLead: lead * 0.2,
            CloseAfter: TimeSpan.FromMinutes(5));
        standIns.Take(turn.TenantId, manager.Id, rep.Id);
        await service.PlanAsync(occurrence, timings, cancellationToken);
        LogDemoStarted(logger);
        var zone = OneOnOneCalendar.Zone(manager.TimeZone);
        await turn.ReplyAsync(
            $"Demo 1:1 with {rep.DisplayName} at **{Scheduling.LocalFormat.DayAndTime(start, zone)}**. You now sit in both seats: "
            + $"cards for {rep.DisplayName} come here marked **As {rep.DisplayName}**. In a moment: the prep prompt (answer it as "
            + $"{rep.DisplayName}); about {Minutes(lead * 0.6)} min before the start, the reminder if unanswered; then your brief and "
            + "the agenda card (add topics and action items there, or type **action ...**); **Finish the 1:1** sends the summary. "
            + "Type **demo as me** to leave the rep's seat.",
            cancellationToken);
    }

    private async Task<Person?> FindRepAsync(string tenantId, Person manager, string name, CancellationToken cancellationToken)
    {
        var reps = await people.ListReportsAsync(tenantId, manager.Id, cancellationToken);
        if (name.Length == 0)
        {
            return reps.Count > 0 ? reps[0] : null;
        }

        var matches = reps.Where(r => r.DisplayName.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string NoSuchRep(string name) =>
        name.Length == 0
            ? "Nobody reports to you yet, so there is no 1:1 to run."
            : $"None (or more than one) of your reps matches \"{name}\". Type **my team** to see them.";

    private static string Minutes(TimeSpan span) =>
        ((int)Math.Round(span.TotalMinutes)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 2291, EventName = "DemoOneOnOneStarted", Level = LogLevel.Information,
        Message = "Demo: started a 1:1 with compressed steps")]
    private static partial void LogDemoStarted(ILogger logger);
}
