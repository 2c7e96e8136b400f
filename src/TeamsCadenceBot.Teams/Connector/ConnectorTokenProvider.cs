using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// Caches the connector token from an Azure.Identity credential and replaces it a margin before it
/// expires; concurrent callers share one refresh.
/// </summary>
internal sealed class ConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    private readonly TokenCredential? _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConnectorTokenProvider> _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile CachedToken? _cached;

    /// <summary>Creates the provider; a null <paramref name="credential"/> means calls carry no token.</summary>
    public ConnectorTokenProvider(
        TokenCredential? credential,
        IOptions<ConnectorCredentialOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _credential = credential;
        _request = new TokenRequestContext([options.Value.Scope]);
        _refreshMargin = options.Value.TokenRefreshMargin;
        _timeProvider = timeProvider;
        _logger = logger;

        if (credential is null)
        {
            ConnectorLog.RunningWithoutCredentials(logger);
        }
    }

    /// <inheritdoc />
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }

        var cached = _cached;
        if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited for the lock.
            cached = _cached;
            if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
            {
                return cached.Token;
            }

            var token = await _credential.GetTokenAsync(_request, cancellationToken);
            _cached = new CachedToken(token.Token, token.ExpiresOn - _refreshMargin);
            ConnectorLog.TokenAcquired(_logger, token.ExpiresOn);
            return token.Token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _refreshLock.Dispose();

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);
}
