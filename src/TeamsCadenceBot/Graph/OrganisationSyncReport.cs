namespace TeamsCadenceBot.Graph;

/// <summary>What one organisation sync did.</summary>
/// <param name="PeopleSeen">People read from the directory and recorded.</param>
/// <param name="ManagersChanged">People whose manager the sync set or changed.</param>
/// <param name="ChoicesKept">People whose manager chosen in the bot was kept over the directory's.</param>
/// <param name="Conflicts">
/// Changes skipped because someone changed the manager meanwhile; the next sync tries again.
/// </param>
/// <param name="CyclesRefused">Changes refused because they would make someone their own manager.</param>
/// <param name="Truncated">True when the walk stopped at <see cref="OrganisationSyncOptions.MaxPeople"/>.</param>
internal sealed record OrganisationSyncReport(
    int PeopleSeen,
    int ManagersChanged,
    int ChoicesKept,
    int Conflicts,
    int CyclesRefused,
    bool Truncated);
