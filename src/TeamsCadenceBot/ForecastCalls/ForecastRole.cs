namespace TeamsCadenceBot.ForecastCalls;

/// <summary>What a viewer is to one team's forecast call, and so which view they get.</summary>
internal enum ForecastRole
{
    /// <summary>Not part of this forecast: a view without numbers.</summary>
    None,

    /// <summary>One of the team's reps: their own submission form.</summary>
    Rep,

    /// <summary>The team's manager: the roll-up per rep, with their own calls.</summary>
    Manager,

    /// <summary>A leader above the manager: the roll-ups of the leader's managers.</summary>
    Leader,
}
