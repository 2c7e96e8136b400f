using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Who sees what on a team's forecast call, decided from the manager's management chain (the manager first, then
/// their manager and up) and the manager's reps, so the rule is tested without storage.
/// </summary>
internal static class ForecastAccess
{
    public static ForecastRole RoleOf(string actorId, IReadOnlyList<Person> managerChain, IReadOnlyList<Person> reps)
    {
        if (managerChain.Count > 0 && managerChain[0].Id == actorId)
        {
            return ForecastRole.Manager;
        }

        if (managerChain.Skip(1).Any(p => p.Id == actorId))
        {
            return ForecastRole.Leader;
        }

        return reps.Any(p => p.Id == actorId) ? ForecastRole.Rep : ForecastRole.None;
    }

    public const string NoTeam =
        "A forecast call covers your reps, and you have none yet. "
        + "Set up your team with **set up my team** in your personal chat with me.";

    public static string NotPartOf(string managerName) =>
        $"This is {managerName}'s team forecast. Only {managerName}, their reps and the leaders above them take part.";

    public static string OnlyReps(string managerName) =>
        $"Only {managerName}'s reps submit a call on this card; each rep submits their own.";

    public static string OnlyManager(string managerName) =>
        $"Only {managerName} sets the manager's calls on this card.";
}
