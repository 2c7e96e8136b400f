namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// What an import did. <see cref="FileError"/> is set when the file could not be read at all (nothing imported)
/// or not to its end (the rows before were imported). <see cref="Errors"/> lists the first rejected rows by
/// line; <see cref="Rejected"/> counts them all, and <see cref="RejectedByReason"/> how many for each reason.
/// </summary>
internal sealed record DealImportReport(
    string TenantId,
    CrmLayout? Layout,
    int RowsRead,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    int SnapshotsWritten,
    IReadOnlyList<DealRowError> Errors,
    string? FileError)
{
    /// <summary>
    /// How many rows were rejected for each reason (bad date, negative amount, unknown stage, unknown owner,
    /// duplicate id...), the reasons that occurred only, in a fixed order. A row rejected for several reasons counts
    /// under each, so the counts can add up to more than <see cref="Rejected"/>.
    /// </summary>
    public IReadOnlyList<DealRejectionCount> RejectedByReason { get; init; } = [];

    /// <summary>True when the file was not UTF-8 and was read as Windows-1252.</summary>
    public bool ReadAsWindows1252 { get; init; }

    /// <summary>The lines of one value each that ended the file and were left out as its footer, or null.</summary>
    public DealFileFooter? Footer { get; init; }

    /// <summary>Deals created or changed.</summary>
    public int Imported => Created + Updated;

    /// <summary>True when more rows were rejected than <see cref="Errors"/> lists.</summary>
    public bool ErrorsTruncated => Rejected > Errors.Count;

    public static DealImportReport Unreadable(string tenantId, string reason) =>
        new(tenantId, null, 0, 0, 0, 0, 0, 0, [], reason);
}
