using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.People;

/// <summary><c>whoami</c>: what the bot knows about the sender, so a wrong manager or zone is easy to spot.</summary>
internal sealed class WhoAmICommand(IPeopleStore store) : IBotCommand
{
    public string Name => "whoami";

    public string Usage => "whoami";

    public string Description => "Show what I know about you: name, time zone, your manager and your reps.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await store.GetSenderAsync(turn, cancellationToken) is not { } person
            || await store.GetPositionAsync(turn.TenantId, person.Id, cancellationToken) is not { } position)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var roles = position.Roles;
        var lines = new List<string>
        {
            $"You are **{person.DisplayName}**{(person.Email ?? person.UserPrincipalName) switch { { } mail => $" ({mail})", _ => "" }}.",
            $"Time zone: {person.TimeZone}{(person.TimeZoneSetByPerson ? " (set by you)" : "")}.",
            position.Manager is { } manager ? $"Your manager: {manager.DisplayName}." : "No manager is set for you.",
            position.Reports.Count == 0 ? "Nobody reports to you." : $"People reporting to you: {position.Reports.Count}.",
            $"Roles: {(roles == PersonRoles.None ? "none yet" : RoleNames(roles))}.",
        };
        await turn.ReplyAsync(string.Join("\n\n", lines), cancellationToken);
    }

    private static string RoleNames(PersonRoles roles) =>
        string.Join(", ", new[]
        {
            roles.HasFlag(PersonRoles.Rep) ? "rep" : null,
            roles.HasFlag(PersonRoles.Manager) ? "manager" : null,
            roles.HasFlag(PersonRoles.Leader) ? "sales leader" : null,
        }.OfType<string>());
}
