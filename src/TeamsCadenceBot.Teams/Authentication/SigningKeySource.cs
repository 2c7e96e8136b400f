using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>
/// The cached signing keys of one metadata document. Keys are downloaded again when the set is older than
/// <see cref="BotAuthenticationOptions.KeyRefreshInterval"/> or when a token names a key the set does not
/// know, but never more often than <see cref="BotAuthenticationOptions.MinimumKeyRefreshInterval"/>, so that
/// tokens with made-up key ids cannot make the bot hammer the metadata server.
/// </summary>
internal sealed class SigningKeySource(
    Uri metadataUrl,
    SigningKeyRetriever retriever,
    BotAuthenticationOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    // Until a first download succeeds every request fails, so retry sooner than the usual rate limit.
    private static readonly TimeSpan RetryWhileEmpty = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private volatile SigningKeySet? _current;
    private Task<SigningKeySet?>? _download;
    private DateTimeOffset? _lastAttempt;

    public Uri MetadataUrl => metadataUrl;

    // Gaps: keys are first downloaded by the first request that needs them, not at start-up, so that request waits.
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = _current;
        if (keys is null || timeProvider.GetUtcNow() - keys.RetrievedAt >= options.KeyRefreshInterval)
        {
            keys = await RefreshAsync().WaitAsync(cancellationToken);
        }

        if (keys is not null && keys.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        // The key may have been published since the last download.
        keys = await RefreshAsync().WaitAsync(cancellationToken);
        return keys?.Keys.GetValueOrDefault(keyId);
    }

    private Task<SigningKeySet?> RefreshAsync()
    {
        lock (_lock)
        {
            if (_download is { IsCompleted: false } running)
            {
                return running;
            }

            var now = timeProvider.GetUtcNow();
            var current = _current;
            var gap = current is null
                ? TimeSpan.FromTicks(Math.Min(RetryWhileEmpty.Ticks, options.MinimumKeyRefreshInterval.Ticks))
                : options.MinimumKeyRefreshInterval;
            if (_lastAttempt is { } last && now - last < gap)
            {
                return Task.FromResult(current);
            }

            _lastAttempt = now;
            _download = DownloadAsync();
            return _download;
        }
    }

    private async Task<SigningKeySet?> DownloadAsync()
    {
        try
        {
            // Not the caller's token: other requests wait on the same download.
            var keys = await retriever.RetrieveAsync(metadataUrl, CancellationToken.None);
            var set = new SigningKeySet(keys, timeProvider.GetUtcNow());
            _current = set;
            AuthenticationLog.SigningKeysDownloaded(logger, keys.Count, metadataUrl);
            return set;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException
            or InvalidDataException or ArgumentException or System.Text.Json.JsonException)
        {
            AuthenticationLog.SigningKeysDownloadFailed(logger, metadataUrl, _current is not null, exception);
            return _current;
        }
    }
}
