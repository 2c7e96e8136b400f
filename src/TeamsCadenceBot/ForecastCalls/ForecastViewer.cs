using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>Who is looking at a team's forecast call, with the team it is about.</summary>
/// <param name="Actor">The viewer.</param>
/// <param name="Role">What they are to the call.</param>
/// <param name="Manager">The team's manager.</param>
/// <param name="Chain">The manager and the leaders above them, nearest first.</param>
/// <param name="Reps">The manager's reps, by name.</param>
internal sealed record ForecastViewer(
    Person Actor,
    ForecastRole Role,
    Person Manager,
    IReadOnlyList<Person> Chain,
    IReadOnlyList<Person> Reps);
