using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Whom a call's card refreshes for: the manager, the leaders above, then the reps.</summary>
internal static class ForecastAudience
{
    /// <summary>Teams refreshes a card on sight for at most this many listed users.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>
    /// The Teams user ids of everyone who takes part, at most <see cref="MaxRefreshUsers"/>; people Teams never
    /// showed the bot have no id and are left out.
    /// </summary>
    public static IReadOnlyList<string> All(IReadOnlyList<Person> chain, IReadOnlyList<Person> reps) =>
        [.. chain.Concat(reps)
            .Select(p => p.TeamsUserId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Take(MaxRefreshUsers)];

    /// <summary>How many take part, to tell when the refresh list had to be cut.</summary>
    public static int Count(IReadOnlyList<Person> chain, IReadOnlyList<Person> reps) =>
        chain.Concat(reps).Select(p => p.Id).Distinct(StringComparer.Ordinal).Count();
}
