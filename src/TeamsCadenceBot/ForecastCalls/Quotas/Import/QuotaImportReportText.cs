using static System.FormattableString;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>Writes a quota import report for a person at a terminal.</summary>
internal static class QuotaImportReportText
{
    public static void Write(QuotaImportReport report, string source, TextWriter output)
    {
        if (report.RowsRead == 0 && report.FileError is not null)
        {
            output.WriteLine(Invariant($"Nothing imported from {source}: {report.FileError}"));
            return;
        }

        output.WriteLine(Invariant($"Imported quotas from {source} into tenant {report.TenantId}"));
        output.WriteLine(Invariant($"  rows read  {report.RowsRead,8}"));
        output.WriteLine(Invariant(
            $"  imported   {report.Imported,8}  ({report.Created} new, {report.Updated} changed)"));
        output.WriteLine(Invariant($"  unchanged  {report.Unchanged,8}"));
        output.WriteLine(Invariant($"  rejected   {report.Rejected,8}"));
        if (report.Errors.Count > 0)
        {
            output.WriteLine(report.ErrorsTruncated
                ? Invariant($"Rejected rows (the first {report.Errors.Count} of {report.Rejected}):")
                : "Rejected rows:");
            foreach (var error in report.Errors)
            {
                output.WriteLine(Invariant($"  line {error.Line}: {error.Reason}"));
            }
        }

        if (report.FileError is not null)
        {
            output.WriteLine(Invariant($"The file was not read to its end: {report.FileError}"));
        }
    }
}
