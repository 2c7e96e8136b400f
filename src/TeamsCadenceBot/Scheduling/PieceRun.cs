namespace TeamsCadenceBot.Scheduling;

/// <summary>What one sweep did with one piece of due work.</summary>
internal enum PieceRun
{
    /// <summary>Another instance had it, or it was not yet free to claim.</summary>
    NotClaimed,

    /// <summary>Claimed and finished: done, dropped as stale, or dead-lettered.</summary>
    Finished,

    /// <summary>Claimed, failed, and moved to the end of its backoff.</summary>
    Deferred,
}
