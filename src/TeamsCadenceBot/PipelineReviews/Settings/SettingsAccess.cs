using TeamsCadenceBot.People;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// Who may see and change a team's thresholds: the team's manager, the leaders above them (as for the review
/// itself) and the configured admins (revenue operations), who set thresholds for teams they do not manage.
/// </summary>
internal static class SettingsAccess
{
    public static bool MayChange(
        SettingsActor actor,
        IReadOnlyList<Person> managerChain,
        IEnumerable<string> adminIds) =>
        actor.PersonId is not { } personId
        || adminIds.Contains(personId, StringComparer.OrdinalIgnoreCase)
        || ReviewAccess.MayReviewTeam(personId, managerChain);

    public static string NotAllowed(string managerName) =>
        $"Only {managerName}, the leaders above them and admins can see or change their team's pipeline settings.";

    public const string NoTeamOfYourOwn =
        "Pipeline settings belong to a manager's team, and you have no reps yet. "
        + "To change another team's, mention its manager: **pipeline settings @name**.";

    public static string NoReps(string managerName) =>
        $"{managerName} has no reps yet, so there are no team settings to change.";
}
