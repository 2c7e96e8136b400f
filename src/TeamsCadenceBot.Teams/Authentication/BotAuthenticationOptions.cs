using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>
/// How inbound requests to the bot endpoint are authenticated. <see cref="AppId"/> and <see cref="TenantId"/>
/// come from the <c>Bot</c> section, everything else from <c>Bot:Authentication</c>. The defaults are the
/// public cloud's; US Gov and China clouds, and tests, override the URLs and issuers.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The configuration section of everything but the app and tenant ids.</summary>
    public const string SectionName = "Bot:Authentication";

    /// <summary>The placeholder replaced by a tenant id in the Entra ID URL and issuer templates.</summary>
    public const string TenantPlaceholder = "{tenant}";

    /// <summary>The bot's Entra ID app (client) id: the only audience accepted (<c>Bot:AppId</c>).</summary>
    public string AppId { get; set; } = "";

    /// <summary>The tenant the bot's app is registered in (<c>Bot:TenantId</c>).</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The issuer of the tokens the Bot Framework channels (Teams among them) send.</summary>
    [Required]
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The OpenID metadata document that names the Bot Framework signing keys.</summary>
    [Required]
    public string BotFrameworkMetadataUrl { get; set; } =
        "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The OpenID metadata document of an Entra ID tenant; <c>{tenant}</c> is replaced.</summary>
    [Required]
    public string EntraMetadataUrl { get; set; } =
        "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>The issuer of Entra ID v1 tokens; <c>{tenant}</c> is replaced.</summary>
    [Required]
    public string EntraV1Issuer { get; set; } = "https://sts.windows.net/{tenant}/";

    /// <summary>The issuer of Entra ID v2 tokens; <c>{tenant}</c> is replaced.</summary>
    [Required]
    public string EntraV2Issuer { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>
    /// Tenants besides <see cref="TenantId"/> whose Entra ID tokens are accepted, empty by default. Azure Bot
    /// Service tokens for a single-tenant bot come from the bot's own tenant, so the Bot Service's own tenants
    /// are not trusted unless listed here.
    /// </summary>
    public IList<string> AdditionalEntraTenants { get; } = new List<string>();

    /// <summary>How far token lifetimes may disagree with this server's clock.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a downloaded key set is used before it is downloaded again.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The least time between two downloads, even when a token names an unknown key.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one download of a metadata document or key set may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan MetadataRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Local development only: accept requests that carry no Authorization header when they come from a
    /// loopback address (the Microsoft 365 Agents Playground sends no token). Refused at start-up outside
    /// the Development environment.
    /// </summary>
    public bool AllowUnauthenticatedLocalRequests { get; set; }
}
