using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Deals.Admin;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// <c>GET</c> and <c>PUT /admin/teams/{managerId}/pipeline-settings?tenant={id}</c>: a team's thresholds for
/// revenue operations' scripts, with an admin token of the tenant named. A PUT sends the version it read and the
/// values to change (input id to value, as the settings card names them); it answers 400 naming each bad value and
/// 409 when the settings changed since that version, and saves nothing in either case.
/// </summary>
internal static class PipelineSettingsEndpoint
{
    public const string Route = "/admin/teams/{managerId}/pipeline-settings";

    /// <summary>Maps both when <see cref="AdminOptions"/> is configured; otherwise there are none (404).</summary>
    public static IEndpointRouteBuilder MapPipelineSettings(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (admin.IsConfigured)
        {
            endpoints.MapGet(Route, GetAsync).RequireAuthorization(AdminAuthentication.Policy);
            endpoints.MapPut(Route, PutAsync).RequireAuthorization(AdminAuthentication.Policy);
        }

        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        HttpContext context,
        string managerId,
        PipelineSettingsService settings,
        CancellationToken cancellationToken)
    {
        if (TenantProblem(context) is { } problem)
        {
            return problem;
        }

        var outcome = await settings.OpenAsync(Tenant(context), SettingsActor.AdminApi, managerId, cancellationToken);
        return Answer(outcome);
    }

    private static async Task<IResult> PutAsync(
        HttpContext context,
        string managerId,
        PipelineSettingsService settings,
        CancellationToken cancellationToken)
    {
        if (TenantProblem(context) is { } problem)
        {
            return problem;
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(
                context.Request.Body,
                cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not JSON.");
        }

        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String
            || !body.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return Problem(
                StatusCodes.Status400BadRequest,
                "Send {\"version\": the version read, \"values\": {\"stalledAfterDays\": 28, ...}}.");
        }

        var unknown = values.EnumerateObject()
            .Select(p => p.Name)
            .Where(n => ThresholdSettings.All.All(s => s.Id != n))
            .ToList();
        if (unknown.Count > 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown settings: " + string.Join(", ", unknown) + ".");
        }

        var typed = values.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.String => p.Value.GetString(),
                _ => null,
            },
            StringComparer.Ordinal);
        var outcome = await settings.SaveAsync(
            Tenant(context),
            SettingsActor.AdminApi,
            managerId,
            version.GetString()!,
            typed,
            reset: false,
            cancellationToken);
        return Answer(outcome);
    }

    private static IResult Answer(SettingsOutcome outcome) => outcome.Status switch
    {
        SettingsStatus.Done => Results.Json(Body(outcome.View!)),
        SettingsStatus.Invalid => Problem(StatusCodes.Status400BadRequest, outcome.Message!),
        SettingsStatus.Outdated => Problem(StatusCodes.Status409Conflict, outcome.Message!),
        SettingsStatus.NoTeam => Problem(StatusCodes.Status404NotFound, outcome.Message!),
        _ => Problem(StatusCodes.Status403Forbidden, outcome.Message!),
    };

    private static object Body(SettingsView view) => new
    {
        managerId = view.ManagerId,
        managerName = view.ManagerName,
        version = view.Version,
        settings = ThresholdSettings.All.Select(s => new
        {
            id = s.Id,
            group = s.Group,
            label = s.Label,
            unit = s.Unit.ToString(),
            value = s.InputValue(s.Read(view.Thresholds)),
            @default = s.InputValue(s.Default),
            min = s.InputValue(s.Min),
            max = s.InputValue(s.Max),
        }),
    };

    private static string Tenant(HttpContext context) => context.Request.Query["tenant"].ToString();

    private static IResult? TenantProblem(HttpContext context)
    {
        var tenant = Tenant(context);
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return Problem(StatusCodes.Status400BadRequest, "Name the tenant: ?tenant=<id>.");
        }

        var tokenTenant = context.User.FindFirst(AdminAuthentication.TenantClaim)?.Value;
        return string.Equals(tokenTenant, tenant, StringComparison.OrdinalIgnoreCase)
            ? null
            : Problem(StatusCodes.Status403Forbidden, "The token was issued in another tenant than the one named.");
    }

    private static IResult Problem(int status, string detail) => Results.Problem(statusCode: status, detail: detail);
}
