namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// What a quota import did. <see cref="FileError"/> is set when the file could not be read at all (nothing
/// imported) or not to its end (the rows before were imported). <see cref="Errors"/> lists the first rejected rows
/// by line; <see cref="Rejected"/> counts them all.
/// </summary>
internal sealed record QuotaImportReport(
    string TenantId,
    int RowsRead,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<QuotaRowError> Errors,
    string? FileError)
{
    /// <summary>Quotas set for the first time or changed.</summary>
    public int Imported => Created + Updated;

    /// <summary>True when more rows were rejected than <see cref="Errors"/> lists.</summary>
    public bool ErrorsTruncated => Rejected > Errors.Count;

    public static QuotaImportReport Unreadable(string tenantId, string reason) =>
        new(tenantId, 0, 0, 0, 0, 0, [], reason);
}
