using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// The credentials the bot uses to get connector tokens, bound from <c>Bot:Credentials</c>.
/// Which fields are required depends on <see cref="Kind"/>; they are checked at start-up.
/// </summary>
public sealed class ConnectorCredentialOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot:Credentials";

    /// <summary>
    /// Which credential to use. Defaults to <see cref="ConnectorCredentialKind.None"/>, which only the
    /// Development environment accepts, so a deployment that forgets to configure credentials fails to start.
    /// </summary>
    public ConnectorCredentialKind Kind { get; set; } = ConnectorCredentialKind.None;

    /// <summary>The Entra ID tenant of the bot's single-tenant app registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// The bot's app id (Microsoft App ID). For a managed identity this is the identity's client id.
    /// The bot's own Teams id, <c>28:{ClientId}</c>, is sent when creating conversations.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The client secret, for <see cref="ConnectorCredentialKind.ClientSecret"/>. Keep it out of files.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// A PEM or PFX file holding the certificate and its private key,
    /// for <see cref="ConnectorCredentialKind.Certificate"/>.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of a PFX file in <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Sends the certificate chain with each token request (subject name and issuer authentication).
    /// </summary>
    public bool SendCertificateChain { get; set; }

    /// <summary>
    /// The client id of the user-assigned managed identity; when empty, <see cref="ClientId"/> is used.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The token scope of the Bot Connector.</summary>
    [Required]
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// The Entra ID authority host; the public cloud by default. US Government and China clouds differ.
    /// </summary>
    [Required]
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>How long before its expiry a cached token is replaced.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);
}
