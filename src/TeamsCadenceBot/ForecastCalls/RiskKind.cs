namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The forecast risks of PRODUCT.md.</summary>
internal enum RiskKind
{
    /// <summary>A commit deal without customer contact for the team's number of days.</summary>
    NoRecentContact,

    /// <summary>The close date differs from last week's snapshot.</summary>
    CloseDateMoved,

    /// <summary>The forecast category differs from last week's snapshot.</summary>
    CategoryChanged,

    /// <summary>One deal is more than the team's share of the team's forecast.</summary>
    Concentration,

    /// <summary>The open pipeline is under the minimum multiple of the remaining quota.</summary>
    LowCoverage,
}
