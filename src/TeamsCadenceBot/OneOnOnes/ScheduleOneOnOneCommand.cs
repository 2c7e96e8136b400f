using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// <c>schedule 1:1 [rep]</c>: a manager sets or changes the 1:1s with one rep (named or @mentioned), or without a
/// name sees every rep's schedule and picks one.
/// </summary>
internal sealed class ScheduleOneOnOneCommand(OneOnOneService service, OneOnOneStore store, IPeopleStore people, TimeProvider clock)
    : IBotCommand
{
    public string Name => "schedule 1:1";

    public string Usage => "schedule 1:1 [rep's name]";

    public string Description => "Set or change when you meet each rep: day, time, length, time zone, every week or two.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } manager)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var reps = await people.ListReportsAsync(turn.TenantId, manager.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var mentioned = turn.Activity.GetMentionedPeople()
            .Select(m => m.AadObjectId)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var name = arguments.Trim();
        var matches = mentioned.Count > 0
            ? reps.Where(r => mentioned.Contains(r.Id)).ToList()
            : name.Length == 0 ? [] : reps.Where(r => r.DisplayName.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
        {
            var current = await store.GetScheduleAsync(turn.TenantId, manager.Id, matches[0].Id, cancellationToken);
            await turn.ReplyAsync(ScheduleCards.Edit(manager, matches[0], current, service.DefaultLength, now), cancellationToken);
            return;
        }

        if (name.Length > 0 || mentioned.Count > 0)
        {
            await turn.ReplyAsync(
                matches.Count == 0
                    ? $"None of your reps is called \"{name}\". Here are the reps I know report to you."
                    : $"More than one of your reps matches \"{name}\". Pick one here.",
                cancellationToken);
        }

        var schedules = await store.ListSchedulesOfManagerAsync(turn.TenantId, manager.Id, cancellationToken);
        var rows = reps.Select(r => (r, schedules.FirstOrDefault(s => s.RepId == r.Id))).ToList();
        await turn.ReplyAsync(ScheduleCards.Pick(rows, now), cancellationToken);
    }
}
