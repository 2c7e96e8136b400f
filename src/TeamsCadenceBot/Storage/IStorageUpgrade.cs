namespace TeamsCadenceBot.Storage;

/// <summary>
/// One change of the stored layout, applied once at start-up to what an older version of the service wrote.
/// </summary>
internal interface IStorageUpgrade
{
    /// <summary>A stable name: the upgrade is recorded as done under it and never run again.</summary>
    string Name { get; }

    /// <summary>
    /// Moves or rebuilds the rows of the older layout and returns how many it wrote. It must be harmless when run
    /// again after being cut short, and when another instance runs it at the same time.
    /// </summary>
    Task<int> ApplyAsync(CancellationToken cancellationToken);
}
