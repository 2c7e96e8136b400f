namespace TeamsCadenceBot.Commitments;

/// <summary>Where a commitment stands.</summary>
internal enum CommitmentState
{
    /// <summary>Due in the future and not done.</summary>
    Open,

    /// <summary>Done by its owner.</summary>
    Done,

    /// <summary>Given a new due date by its owner; followed up like an open item.</summary>
    Rescheduled,

    /// <summary>Stuck, with a reason; still followed up at its due time.</summary>
    Blocked,

    /// <summary>The due time passed while it was open, rescheduled or blocked.</summary>
    Missed,
}
