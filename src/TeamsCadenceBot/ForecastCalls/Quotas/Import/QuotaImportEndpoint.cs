using System.Text.Json;
using TeamsCadenceBot.Deals.Admin;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// <c>POST /admin/quotas/import?tenant={id}</c>: a quota file taken as the deal import takes its file (the body as
/// <c>text/csv</c>, or the file part of a <c>multipart/form-data</c> body), behind the same admin app role and tenant
/// check; answers the report as JSON, 200 when the file was read (rejected rows included) and 422 when it could not
/// be. Never anonymous; not mapped at all (404) until the admin authentication is configured.
/// </summary>
// Gaps: quotas imported through the endpoint are marked import:upload rather than with the uploaded file's name.
internal static class QuotaImportEndpoint
{
    public const string Route = "/admin/quotas/import";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapQuotaImport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCsvUpload(Route, ImportAsync);

    private static async Task<IResult> ImportAsync(
        HttpContext context,
        string tenant,
        Stream csv,
        CancellationToken cancellationToken)
    {
        var importer = context.RequestServices.GetRequiredService<QuotaImporter>();
        var report = await importer.ImportAsync(tenant, csv, "upload", cancellationToken);
        return Results.Json(
            report,
            Json,
            statusCode: report.FileError is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }
}
