using Azure;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// The service's <c>import-deals &lt;file&gt; --tenant &lt;id&gt;</c> verb: imports a file with the service's own
/// configuration (any further arguments, such as <c>--Storage:ConnectionString=...</c>, configure it as they would
/// the web host), prints the report, and exits 0 when the file was read (rejected rows included), 1 when it could
/// not be read, 2 on a usage or configuration mistake, 3 when storage failed.
/// </summary>
/// <remarks>
/// The storage upgrades still pending are applied first, as the service does at start-up: an import into a layout
/// not yet moved would not see the deals stored, take each for new and lose its history.
/// </remarks>
internal static class DealImportCommandLine
{
    public const string Verb = "import-deals";

    public const int Read = 0;
    public const int Unreadable = 1;
    public const int Misused = 2;
    public const int StorageFailed = 3;

    private const string Usage = "Usage: import-deals <file.csv> --tenant <tenant id> [--Section:Key=value ...]";

    /// <summary>
    /// What an import verb does once its file is open and the service is built: imports the file, writes the
    /// report, and answers whether the file was read (rejected rows included).
    /// </summary>
    internal delegate Task<bool> ImportFile(ImportFileRequest request, CancellationToken cancellationToken);

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(args, Usage, ImportDealsAsync, output, cancellationToken);

    /// <summary>
    /// Runs an import verb (<c>&lt;verb&gt; &lt;file&gt; --tenant &lt;id&gt;</c>) with the exit codes above; the deal
    /// and quota imports share it.
    /// </summary>
    internal static async Task<int> RunAsync(
        string[] args,
        string usage,
        ImportFile import,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var file, out var tenant, out var hostArgs))
        {
            await output.WriteLineAsync(usage);
            return Misused;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(
                file,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                bufferSize: 64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await output.WriteLineAsync($"Cannot read {file}: {e.Message}");
            return Unreadable;
        }

        await using (stream)
        {
            try
            {
                var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs });
                builder.AddCadenceBot();
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                await using var app = builder.Build();
                if (!await TryApplyUpgradesAsync(app.Services, output, cancellationToken))
                {
                    return StorageFailed;
                }

                var request = new ImportFileRequest(app.Services, tenant, stream, Path.GetFileName(file), output);
                var read = await import(request, cancellationToken);
                return read ? Read : Unreadable;
            }
            catch (OptionsValidationException e)
            {
                await output.WriteLineAsync($"The configuration is not valid: {e.Message}");
                return Misused;
            }
            catch (RequestFailedException e)
            {
                await output.WriteLineAsync($"Storage failed ({e.Status} {e.ErrorCode}); rows written before stay.");
                return StorageFailed;
            }
        }
    }

    private static async Task<bool> TryApplyUpgradesAsync(
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<StorageUpgrades>().ApplyPendingAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OptionsValidationException)
        {
            var reason = e is RequestFailedException failed ? $"{failed.Status} {failed.ErrorCode}" : e.GetType().Name;
            await output.WriteLineAsync(
                $"The storage upgrades of this version could not be applied ({reason}); nothing was imported.");
            return false;
        }
    }

    private static async Task<bool> ImportDealsAsync(ImportFileRequest request, CancellationToken cancellationToken)
    {
        var importer = request.Services.GetRequiredService<DealImporter>();
        var report = await importer.ImportAsync(request.Tenant, request.File, cancellationToken);
        DealImportReportText.Write(report, request.FileName, request.Output);
        return report.FileError is null;
    }

    private static bool TryParse(string[] args, out string file, out string tenant, out string[] hostArgs)
    {
        file = "";
        tenant = "";
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--tenant" && i + 1 < args.Length)
            {
                tenant = args[++i];
            }
            else if (arg.StartsWith("--tenant=", StringComparison.Ordinal))
            {
                tenant = arg["--tenant=".Length..];
            }
            else if (!arg.StartsWith('-') && file.Length == 0)
            {
                file = arg;
            }
            else
            {
                rest.Add(arg);
            }
        }

        hostArgs = [.. rest];
        return file.Length > 0 && !string.IsNullOrWhiteSpace(tenant);
    }
}

/// <summary>An import verb's open file, the built service to import it with, and where to write the report.</summary>
internal sealed record ImportFileRequest(
    IServiceProvider Services,
    string Tenant,
    Stream File,
    string FileName,
    TextWriter Output);
