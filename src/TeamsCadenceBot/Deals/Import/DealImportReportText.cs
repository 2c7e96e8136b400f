using static System.FormattableString;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>Writes an import report for a person at a terminal.</summary>
internal static class DealImportReportText
{
    public static void Write(DealImportReport report, string source, TextWriter output)
    {
        if (report.Layout is null)
        {
            output.WriteLine(Invariant($"Nothing imported from {source}: {report.FileError}"));
            return;
        }

        output.WriteLine(Invariant($"Imported {source} ({report.Layout} layout) into tenant {report.TenantId}"));
        output.WriteLine(Invariant($"  rows read  {report.RowsRead,8}"));
        output.WriteLine(Invariant($"  imported   {report.Imported,8}  ({report.Created} new, {report.Updated} changed)"));
        output.WriteLine(Invariant($"  unchanged  {report.Unchanged,8}"));
        output.WriteLine(Invariant($"  rejected   {report.Rejected,8}"));
        foreach (var (reason, rows) in report.RejectedByReason)
        {
            output.WriteLine(Invariant($"    {reason,-26} {rows,8}"));
        }

        output.WriteLine(Invariant($"  snapshots  {report.SnapshotsWritten,8}"));
        if (report.Errors.Count > 0)
        {
            var heading = report.ErrorsTruncated
                ? Invariant($"Rejected rows (the first {report.Errors.Count} of {report.Rejected}):")
                : "Rejected rows:";
            output.WriteLine(heading);
            foreach (var error in report.Errors)
            {
                var id = error.CrmId is null ? "" : $" [{error.CrmId}]";
                output.WriteLine(Invariant($"  line {error.Line}{id}: {error.Reason}"));
            }
        }

        if (report.ReadAsWindows1252)
        {
            output.WriteLine("Read as Windows-1252: the file is not UTF-8 and has no byte order mark.");
        }

        if (report.Footer is { } footer)
        {
            var lines = Invariant($"{footer.Lines} {(footer.Lines == 1 ? "line" : "lines")}");
            var from = Invariant($"from line {footer.FirstLine} on");
            output.WriteLine($"Left out the file's footer: {lines} of one value each {from}.");
        }

        if (report.FileError is not null)
        {
            output.WriteLine(Invariant($"The file was not read to its end: {report.FileError}"));
        }
    }
}
