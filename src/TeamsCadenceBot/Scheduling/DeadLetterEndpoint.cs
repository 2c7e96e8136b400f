using Microsoft.Extensions.Options;
using TeamsCadenceBot.Deals.Admin;

namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// <c>GET /admin/dead-letters?tenant=&lt;id&gt;</c>: what kept failing, newest first, with the reason, for the
/// tenant's admins (the same Entra ID app role as the deal import; never anonymous).
/// </summary>
internal static class DeadLetterEndpoint
{
    public const string Route = "/admin/dead-letters";

    public static IEndpointRouteBuilder MapDeadLetters(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.IsConfigured)
        {
            endpoints.MapGet(Route, ListAsync).RequireAuthorization(AdminAuthentication.Policy);
        }

        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        HttpContext context,
        DeadLetterStore deadLetters,
        int? max,
        CancellationToken cancellationToken)
    {
        var tenant = context.Request.Query["tenant"].ToString();
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Name the tenant: ?tenant=<id>.");
        }

        if (!string.Equals(context.User.FindFirst(AdminAuthentication.TenantClaim)?.Value, tenant, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The token was issued in another tenant than the one named.");
        }

        var letters = await deadLetters.ListAsync(tenant, Math.Clamp(max ?? 100, 1, 1000), cancellationToken);
        return Results.Json(letters);
    }
}
