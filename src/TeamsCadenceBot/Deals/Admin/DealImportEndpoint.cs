using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Deals.Admin;

/// <summary>
/// <c>POST /admin/deals/import?tenant={id}</c>: a CSV export as the body (<c>text/csv</c>) or as the file part of
/// a <c>multipart/form-data</c> body, streamed into the importer; answers the import report as JSON, 200 when the
/// file was read (rejected rows included) and 422 when it could not be. Needs an admin token whose tenant
/// (<c>tid</c>) is the one named. While the storage upgrades of a new version are running it answers 503 with
/// Retry-After: an import into a layout not yet moved would take stored deals for new ones and lose their history.
/// </summary>
internal static class DealImportEndpoint
{
    public const string Route = "/admin/deals/import";

    /// <summary>How long a caller is asked to wait while the storage upgrades run.</summary>
    internal static readonly TimeSpan UpgradesRetryAfter = TimeSpan.FromSeconds(30);

    private static readonly string[] CsvMediaTypes =
        ["text/csv", "application/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>What an admin CSV upload does with the file, once the caller and the tenant are checked.</summary>
    internal delegate Task<IResult> CsvUpload(
        HttpContext context,
        string tenant,
        Stream csv,
        CancellationToken cancellationToken);

    /// <summary>
    /// Maps the endpoint when <see cref="AdminOptions"/> is configured; otherwise there is none (404).
    /// </summary>
    public static IEndpointRouteBuilder MapDealImport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCsvUpload(Route, ImportAsync);

    /// <summary>
    /// Maps <c>POST {route}?tenant={id}</c> for a CSV file as this endpoint takes it, behind the admin policy, when
    /// <see cref="AdminOptions"/> is configured; the deal and quota imports share it.
    /// </summary>
    internal static IEndpointRouteBuilder MapCsvUpload(
        this IEndpointRouteBuilder endpoints,
        string route,
        CsvUpload upload)
    {
        var admin = endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (admin.IsConfigured)
        {
            endpoints
                .MapPost(
                    route,
                    (HttpContext context, IOptions<DealImportOptions> options, CancellationToken cancellationToken) =>
                        UploadAsync(context, options.Value, upload, cancellationToken))
                .RequireAuthorization(AdminAuthentication.Policy);
        }

        return endpoints;
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context,
        DealImportOptions options,
        CsvUpload upload,
        CancellationToken cancellationToken)
    {
        var tenant = context.Request.Query["tenant"].ToString();
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return BadRequest("Name the tenant: ?tenant=<id>.");
        }

        var tokenTenant = context.User.FindFirst(AdminAuthentication.TenantClaim)?.Value;
        if (!string.Equals(tokenTenant, tenant, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                detail: "The token was issued in another tenant than the one named.");
        }

        if (context.RequestServices.GetService<StorageUpgrades>() is { Completed: false })
        {
            context.Response.Headers.RetryAfter =
                UpgradesRetryAfter.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Storage upgrades running",
                detail: "This instance is still moving rows that an older version stored; nothing was imported. "
                    + $"Send the file again in {UpgradesRetryAfter.TotalSeconds:0} seconds.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxUploadBytes;
        }

        var (csv, problem) = await OpenCsvAsync(context.Request, cancellationToken);
        return csv is null ? problem! : await upload(context, tenant, csv, cancellationToken);
    }

    private static async Task<IResult> ImportAsync(
        HttpContext context,
        string tenant,
        Stream csv,
        CancellationToken cancellationToken)
    {
        var importer = context.RequestServices.GetRequiredService<DealImporter>();
        var report = await importer.ImportAsync(tenant, csv, cancellationToken);
        return Results.Json(
            report,
            Json,
            statusCode: report.FileError is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<(Stream? Csv, IResult? Problem)> OpenCsvAsync(
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || type.MediaType.Value is not { } mediaType)
        {
            return (null, Unsupported());
        }

        if (CsvMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (request.Body, null);
        }

        if (!mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Unsupported());
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, BadRequest("The multipart body has no boundary."));
        }

        // Read section by section rather than through the form feature, which would buffer the file first.
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition())
            {
                return (section.Body, null);
            }
        }

        return (null, BadRequest("The multipart body has no file."));
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: detail);

    private static IResult Unsupported() =>
        Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            detail: "Send the CSV file as text/csv, or as the file of a multipart/form-data body.");
}
