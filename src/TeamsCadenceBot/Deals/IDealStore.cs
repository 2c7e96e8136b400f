namespace TeamsCadenceBot.Deals;

/// <summary>
/// Deals imported from the CRM, keyed by the CRM's id within a tenant, and one snapshot of each deal per ISO week
/// in which it was imported.
/// </summary>
internal interface IDealStore
{
    /// <summary>
    /// Creates or updates <paramref name="deals"/>, read as a stream in bounded chunks, as of
    /// <paramref name="asOf"/>: a deal whose imported content equals the stored one is not written; derived fields
    /// are filled from the stored deal; every deal gets a snapshot in the week of <paramref name="asOf"/> unless
    /// that week already holds an equal one. Writing the same deals twice in a week writes nothing the second time.
    /// A CRM id that repeats in the stream is applied in order (the last one wins).
    /// </summary>
    Task<DealUpsertResult> UpsertAsync(
        string tenantId,
        IAsyncEnumerable<IncomingDeal> deals,
        DateOnly asOf,
        CancellationToken cancellationToken);

    /// <summary>The deal with this CRM id, or null.</summary>
    Task<Deal?> GetAsync(string tenantId, string crmId, CancellationToken cancellationToken);

    /// <summary>The owner's open deals, in CRM id order.</summary>
    Task<IReadOnlyList<Deal>> ListOpenDealsAsync(string tenantId, string ownerId, CancellationToken cancellationToken);

    /// <summary>The deals of every owner in <paramref name="ownerIds"/> (open ones only, or all), owner by owner.</summary>
    Task<IReadOnlyList<Deal>> ListTeamDealsAsync(
        string tenantId,
        IReadOnlyCollection<string> ownerIds,
        bool openOnly,
        CancellationToken cancellationToken);

    /// <summary>Every deal's snapshot of <paramref name="week"/>, in CRM id order; empty when no import ran then.</summary>
    Task<IReadOnlyList<DealSnapshot>> ListSnapshotsAsync(
        string tenantId,
        IsoWeek week,
        CancellationToken cancellationToken);

    /// <summary>
    /// The snapshots of <paramref name="week"/> of the deals that <paramref name="ownerIds"/> owned then, owner by
    /// owner; empty when no import ran then.
    /// </summary>
    Task<IReadOnlyList<DealSnapshot>> ListTeamSnapshotsAsync(
        string tenantId,
        IsoWeek week,
        IReadOnlyCollection<string> ownerIds,
        CancellationToken cancellationToken);

    /// <summary>
    /// How the owner's deals changed from the snapshot of <paramref name="from"/> to that of <paramref name="to"/>
    /// (see <see cref="DealChanges.Between"/>); every deal is new when no import ran in <paramref name="from"/>.
    /// </summary>
    Task<IReadOnlyList<DealChange>> GetChangesAsync(
        string tenantId,
        string ownerId,
        IsoWeek from,
        IsoWeek to,
        CancellationToken cancellationToken);
}
