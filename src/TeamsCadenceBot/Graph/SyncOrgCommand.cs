using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// <c>sync org</c>: a manager (in the bot or in the directory) or a configured admin asks for a refresh from Graph now.
/// The refresh can outlast the time Teams waits for an answer, so it is scheduled and its report sent when done.
/// </summary>
internal sealed class SyncOrgCommand(
    IPeopleStore people,
    IGraphDirectory directory,
    WorkSchedule schedule,
    IOptions<GraphOptions> options,
    TimeProvider clock) : IBotCommand
{
    public string Name => "sync org";

    public string Usage => "sync org";

    public string Description =>
        "Managers and admins: refresh who reports to whom from your organisation's directory now.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var settings = options.Value;
        if (!string.Equals(turn.TenantId, settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            await turn.ReplyAsync(
                "Your organisation's directory isn't connected to me, so there is nothing to sync.",
                cancellationToken);
            return;
        }

        if (!await MayRefreshAsync(turn.TenantId, sender.Id, cancellationToken))
        {
            await turn.ReplyAsync(
                "Only managers and admins can sync the organisation. "
                + "Ask your manager, or type **my team** to see yours.",
                cancellationToken);
            return;
        }

        var refresh = GraphWork.Requested(turn.TenantId, sender.Id, clock.GetUtcNow());
        await schedule.ScheduleAsync(refresh, cancellationToken);
        await turn.ReplyAsync(
            "Refreshing from your organisation's directory now. I'll message you here when it's done.",
            cancellationToken);
    }

    // The bot's own view first; the directory is asked only for someone the bot does not know as a manager yet.
    private async Task<bool> MayRefreshAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        options.Value.AdminIds.Contains(personId, StringComparer.OrdinalIgnoreCase)
        || (await people.ListReportsAsync(tenantId, personId, cancellationToken)).Count > 0
        || (await directory.ListDirectReportsAsync(personId, cancellationToken)).Count > 0;
}
