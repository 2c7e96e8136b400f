using Microsoft.Extensions.Logging.Abstractions;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>A connector client wired to a scripted local server, a fake clock and a counting credential.</summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string ConversationId = "a:1Xy;messageid=9@thread.tacv2";
    public const string TenantId = "tenant-1";
    public const string AppId = "app-id-1";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly SingleHandlerHttpClientFactory _httpClientFactory = new();
    private ConnectorTokenProvider? _tokenProvider;

    private ConnectorHarness(ScriptedConnectorServer server)
    {
        Server = server;
        Credential = new CountingTokenCredential(Time, TokenLifetime);
    }

    public ScriptedConnectorServer Server { get; }

    public WatchedClock Time { get; } = new();

    public CountingTokenCredential Credential { get; }

    public ConnectorOptions Options { get; } = new()
    {
        MaxAttempts = 4,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(8),
        DefaultRetryAfter = TimeSpan.FromSeconds(5),
        MaxRetryAfter = TimeSpan.FromMinutes(1),
        MembersPageSize = 50,
    };

    public ConnectorCredentialOptions CredentialOptions { get; } = new()
    {
        Kind = ConnectorCredentialKind.ClientSecret,
        TenantId = TenantId,
        ClientId = AppId,
        ClientSecret = "not-used",
        Scope = "https://connector.test/.default",
    };

    public ConversationAddress Address => new(Server.BaseUrl, ConversationId, TenantId);

    public static async Task<ConnectorHarness> StartAsync() => new(await ScriptedConnectorServer.StartAsync());

    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    public IConnectorClient CreateClient(
        bool withCredential = true,
        IConnectorThrottleListener? throttleListener = null)
    {
        _tokenProvider = new ConnectorTokenProvider(
            withCredential ? Credential : null,
            Microsoft.Extensions.Options.Options.Create(CredentialOptions),
            Time,
            NullLogger<ConnectorTokenProvider>.Instance);
        return new ConnectorClient(
            _httpClientFactory,
            _tokenProvider,
            Microsoft.Extensions.Options.Options.Create(Options),
            Microsoft.Extensions.Options.Options.Create(CredentialOptions),
            Time,
            NullLogger<ConnectorClient>.Instance,
            throttleListener is null ? null : [throttleListener]);
    }

    public async ValueTask DisposeAsync()
    {
        _tokenProvider?.Dispose();
        _httpClientFactory.Dispose();
        await Server.DisposeAsync();
    }
}
