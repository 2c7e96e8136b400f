using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>An issuer this bot accepts tokens from, where its keys come from, and whether they need endorsements.</summary>
internal sealed record TrustedIssuer(string Issuer, SigningKeySource Keys, bool RequiresEndorsement);

/// <summary>
/// The issuers accepted: the Bot Framework, and Entra ID v1 and v2 for the bot's tenant and any additional
/// tenants configured. Each Entra ID tenant has its own metadata document; both versions share its keys.
/// </summary>
internal sealed class TrustedIssuers
{
    private readonly Dictionary<string, TrustedIssuer> _issuers = new(StringComparer.Ordinal);

    public TrustedIssuers(
        IOptions<BotAuthenticationOptions> options,
        SigningKeyRetriever retriever,
        TimeProvider timeProvider,
        ILogger<SigningKeySource> logger)
    {
        var settings = options.Value;
        SigningKeySource Source(string url) => new(new Uri(url), retriever, settings, timeProvider, logger);

        Add(settings.BotFrameworkIssuer, Source(settings.BotFrameworkMetadataUrl), requiresEndorsement: true);

        var tenants = settings.AdditionalEntraTenants.Prepend(settings.TenantId)
            .Where(tenant => !string.IsNullOrWhiteSpace(tenant))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var tenant in tenants)
        {
            var keys = Source(WithTenant(settings.EntraMetadataUrl, Uri.EscapeDataString(tenant)));
            Add(WithTenant(settings.EntraV1Issuer, tenant), keys, requiresEndorsement: false);
            Add(WithTenant(settings.EntraV2Issuer, tenant), keys, requiresEndorsement: false);
        }
    }

    public TrustedIssuer? Find(string? issuer) =>
        issuer is not null && _issuers.TryGetValue(issuer, out var trusted) ? trusted : null;

    private static string WithTenant(string template, string tenant) =>
        template.Replace(BotAuthenticationOptions.TenantPlaceholder, tenant, StringComparison.Ordinal);

    private void Add(string issuer, SigningKeySource keys, bool requiresEndorsement) =>
        _issuers[issuer] = new TrustedIssuer(issuer, keys, requiresEndorsement);
}
