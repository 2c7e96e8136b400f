namespace TeamsCadenceBot.Deals;

/// <summary>What changed in one deal between two weekly snapshots; a deal can change in several ways at once.</summary>
[Flags]
internal enum DealChangeKinds
{
    None = 0,

    /// <summary>In the owner's later snapshot, not in the earlier one (created, or reassigned to them).</summary>
    New = 1,

    /// <summary>Moved to a later open stage.</summary>
    Advanced = 2,

    /// <summary>Moved back to an earlier open stage.</summary>
    MovedBack = 4,

    /// <summary>Closed won since.</summary>
    Won = 8,

    /// <summary>Closed lost since.</summary>
    Lost = 16,

    /// <summary>Was closed, is open again.</summary>
    Reopened = 32,

    /// <summary>The close date moved later.</summary>
    Slipped = 64,

    /// <summary>The close date moved earlier.</summary>
    PulledIn = 128,

    /// <summary>The forecast category changed.</summary>
    CategoryChanged = 256,

    /// <summary>The amount changed.</summary>
    AmountChanged = 512,

    /// <summary>In the owner's earlier snapshot, not in the later one (reassigned, or no longer exported).</summary>
    Removed = 1024,
}
