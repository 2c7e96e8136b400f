using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Teams.Authentication;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

public sealed class SigningKeySourceTests : IAsyncLifetime
{
    private const string Set = "botframework";

    private readonly LocalOpenIdServer _server = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly BotAuthenticationOptions _options = new();
    private readonly TestSigningKey _first = new("first", "msteams");
    private SigningKeySource _sut = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _server.BotFrameworkKeys.Add(_first);
        _sut = new SigningKeySource(
            new Uri(_server.BotFrameworkMetadataUrl),
            new SigningKeyRetriever(new PlainHttpClientFactory()),
            _options,
            _time,
            NullLogger.Instance);
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task FindAsync_PublishedKey_ReturnsItWithEndorsements()
    {
        var key = await _sut.FindAsync("first", CancellationToken.None);

        Assert.NotNull(key);
        Assert.Equal("first", key.Key.Kid);
        Assert.Equal(["msteams"], key.Endorsements);
    }

    [Fact]
    public async Task FindAsync_KnownKeyWithinRefreshInterval_UsesCache()
    {
        await _sut.FindAsync("first", CancellationToken.None);
        _time.Advance(_options.KeyRefreshInterval - TimeSpan.FromMinutes(1));

        await _sut.FindAsync("first", CancellationToken.None);

        Assert.Equal(1, _server.KeySetRequestCount(Set));
    }

    [Fact]
    public async Task FindAsync_KeySetOlderThanRefreshInterval_DownloadsAgain()
    {
        await _sut.FindAsync("first", CancellationToken.None);
        _time.Advance(_options.KeyRefreshInterval);

        await _sut.FindAsync("first", CancellationToken.None);

        Assert.Equal(2, _server.KeySetRequestCount(Set));
    }

    [Fact]
    public async Task FindAsync_KeyPublishedAfterDownload_DownloadsAgainAndFindsIt()
    {
        await _sut.FindAsync("first", CancellationToken.None);
        _time.Advance(_options.MinimumKeyRefreshInterval);
        _server.BotFrameworkKeys.Add(new TestSigningKey("rotated", "msteams"));

        var key = await _sut.FindAsync("rotated", CancellationToken.None);

        Assert.Equal("rotated", key?.Key.Kid);
        Assert.Equal(2, _server.KeySetRequestCount(Set));
    }

    [Fact]
    public async Task FindAsync_UnknownKeysWithinRateLimit_DownloadOnlyOnce()
    {
        await _sut.FindAsync("first", CancellationToken.None);
        _time.Advance(_options.MinimumKeyRefreshInterval);

        var results = new List<SigningKey?>();
        foreach (var keyId in new[] { "made-up-1", "made-up-2", "made-up-3" })
        {
            results.Add(await _sut.FindAsync(keyId, CancellationToken.None));
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.All(results, Assert.Null);
        Assert.Equal(2, _server.KeySetRequestCount(Set));
    }

    [Fact]
    public async Task FindAsync_DownloadFailsAfterSuccess_KeepsPreviousKeys()
    {
        await _sut.FindAsync("first", CancellationToken.None);
        _server.FailKeySets = true;
        _time.Advance(_options.KeyRefreshInterval);

        var key = await _sut.FindAsync("first", CancellationToken.None);

        Assert.Equal("first", key?.Key.Kid);
        Assert.Equal(2, _server.KeySetRequestCount(Set));
    }

    [Theory]
    [InlineData("http://keys.example.com/keys")]
    [InlineData("ftp://127.0.0.1/keys")]
    public async Task FindAsync_MetadataNamesKeySetOutsideHttpsRule_FindsNothing(string keySetUrl)
    {
        _server.JwksUriOverride = keySetUrl;

        var key = await _sut.FindAsync("first", CancellationToken.None);

        Assert.Null(key);
        Assert.Equal(0, _server.KeySetRequestCount(Set));
    }

    private sealed class PlainHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
