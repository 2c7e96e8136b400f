using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Deals.Admin;
using TeamsCadenceBot.Deals.Import;

namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// <c>POST /admin/quotas/import?tenant={id}</c>: a quota file as the body (<c>text/csv</c>) or as the file part of a
/// <c>multipart/form-data</c> body, behind the deal import's admin app role; answers the report as JSON, 200 when
/// the file was read (rejected rows included) and 422 when it could not be. Never anonymous.
/// </summary>
internal static class QuotaImportEndpoint
{
    public const string Route = "/admin/quotas/import";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the endpoint when <see cref="AdminOptions"/> is configured; otherwise there is none (404).</summary>
    public static IEndpointRouteBuilder MapQuotaImport(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.IsConfigured)
        {
            endpoints.MapPost(Route, ImportAsync).RequireAuthorization(AdminAuthentication.Policy);
        }

        return endpoints;
    }

    private static async Task<IResult> ImportAsync(
        HttpContext context,
        QuotaImporter importer,
        IOptions<DealImportOptions> options,
        CancellationToken cancellationToken)
    {
        var tenant = context.Request.Query["tenant"].ToString();
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Name the tenant: ?tenant=<id>.");
        }

        var tokenTenant = context.User.FindFirst(AdminAuthentication.TenantClaim)?.Value;
        if (!string.Equals(tokenTenant, tenant, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                detail: "The token was issued in another tenant than the one named.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxUploadBytes;
        }

        var (csv, problem) = await DealImportEndpoint.OpenCsvAsync(context.Request, cancellationToken);
        if (csv is null)
        {
            return problem!;
        }

        var report = await importer.ImportAsync(tenant, csv, "upload", cancellationToken);
        return Results.Json(
            report,
            Json,
            statusCode: report.FileError is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }
}
