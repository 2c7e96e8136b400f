using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Graph;

/// <summary><c>Graph:OrganisationSync</c>: managers and direct reports from the directory (User.Read.All).</summary>
internal sealed class OrganisationSyncOptions
{
    public bool Enabled { get; set; }

    /// <summary>
    /// Entra object ids of the people at the top of the sales organisation; everyone below them is synced. Without
    /// roots, only the managers the bot already knows and their direct reports are synced.
    /// </summary>
    public IList<string> RootUserIds { get; } = [];

    /// <summary>
    /// Stops a walk down from the roots after this many people, so a root set too high cannot read a whole company.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxPeople { get; set; } = 5000;
}
