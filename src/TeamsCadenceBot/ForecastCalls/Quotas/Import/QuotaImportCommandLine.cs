using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// The service's <c>import-quotas &lt;file&gt; --tenant &lt;id&gt;</c> verb, run the way <c>import-deals</c> is
/// (same further arguments, same exit codes): imports the file and prints the report.
/// </summary>
internal static class QuotaImportCommandLine
{
    public const string Verb = "import-quotas";

    private const string Usage = "Usage: import-quotas <file.csv> --tenant <tenant id> [--Section:Key=value ...]";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken) =>
        DealImportCommandLine.RunAsync(args, Usage, ImportAsync, output, cancellationToken);

    private static async Task<bool> ImportAsync(ImportFileRequest request, CancellationToken cancellationToken)
    {
        var importer = request.Services.GetRequiredService<QuotaImporter>();
        var report = await importer.ImportAsync(request.Tenant, request.File, request.FileName, cancellationToken);
        QuotaImportReportText.Write(report, request.FileName, request.Output);
        return report.FileError is null;
    }
}
