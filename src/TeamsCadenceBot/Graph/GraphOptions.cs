using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// The <c>Graph</c> section: Microsoft Graph with the bot's application permissions. Everything is off until
/// <see cref="Enabled"/> is set, and each feature is switched on by itself because each needs its own
/// permission granted by an administrator.
/// </summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";

    public bool Enabled { get; set; }

    /// <summary>The Graph endpoint; another cloud's, or a loopback server in tests.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>
    /// The token scope: the Graph resource's <c>.default</c>, so the app's granted permissions apply.
    /// </summary>
    [Required]
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>
    /// The tenant whose directory is read; defaults to the credentials' tenant (the bot is single-tenant).
    /// </summary>
    public string? TenantId { get; set; }

    /// <summary>The Teams app's manifest id, the <c>externalId</c> proactive installation looks up.</summary>
    public string? TeamsAppExternalId { get; set; }

    /// <summary>Entra object ids of admins who may run <c>sync org</c> without managing anyone.</summary>
    public IList<string> AdminIds { get; } = [];

    /// <summary>The time of day (UTC) of the daily refresh.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan RefreshTime { get; set; } = new(2, 0, 0);

    /// <summary>How often a throttled (429) or unavailable (503, 504) request is tried again.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>
    /// The longest wait honoured; a longer <c>Retry-After</c> fails the request instead of stalling the work.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    public OrganisationSyncOptions OrganisationSync { get; set; } = new();

    public CalendarDiscoveryOptions CalendarDiscovery { get; set; } = new();

    public ProactiveInstallOptions ProactiveInstall { get; set; } = new();
}
