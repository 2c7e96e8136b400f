using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCadenceBot.Deals.Admin;

/// <summary>
/// The authentication scheme and policy of the admin endpoints: an Entra ID bearer token validated against the
/// authority's published keys, with the configured app role. The scheme is named and never the default, so it
/// touches no other endpoint.
/// </summary>
// Gaps: one authority only, and v2.0 tokens only: a v1.0 token carries the sts.windows.net issuer and is refused.
internal static class AdminAuthentication
{
    public const string Scheme = "CadenceAdmin";
    public const string Policy = "CadenceAdmin";
    public const string RolesClaim = "roles";
    public const string TenantClaim = "tid";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddAuthentication().AddJwtBearer(Scheme);
        services.AddOptions<JwtBearerOptions>(Scheme)
            .Configure<IOptions<AdminOptions>, TimeProvider>((jwt, admin, time) => Configure(jwt, admin.Value, time));
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>()
            .Configure<IOptions<AdminOptions>>((authorization, admin) => authorization.AddPolicy(
                Policy,
                policy => policy
                    .AddAuthenticationSchemes(Scheme)
                    .RequireAuthenticatedUser()
                    .RequireRole(admin.Value.Role)));
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, AdminOptions admin, TimeProvider time)
    {
        if (!admin.IsConfigured)
        {
            return;
        }

        jwt.Authority = admin.Authority!.ToString();
        jwt.Audience = admin.Audience;
        jwt.RequireHttpsMetadata = admin.Authority.Scheme == Uri.UriSchemeHttps;
        jwt.MapInboundClaims = false;
        jwt.TimeProvider = time;
        var parameters = jwt.TokenValidationParameters;
        parameters.RoleClaimType = RolesClaim;
        parameters.NameClaimType = "name";
        parameters.ValidAlgorithms = AllowedAlgorithms;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        parameters.LifetimeValidator = (notBefore, expires, _, p) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } end && end > now - p.ClockSkew && (notBefore is not { } start || start <= now + p.ClockSkew);
        };
    }
}
