using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorTokenProviderTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallersWhileRefreshing_ShareOneFetch()
    {
        var time = new WatchedClock();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var credential = new CountingTokenCredential(time, TimeSpan.FromHours(1)) { Gate = gate };
        using var sut = CreateProvider(credential, time);

        var callers = Enumerable.Range(0, 8).Select(_ => sut.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        gate.SetResult();
        var tokens = await Task.WhenAll(callers).WaitAsync(WaitLimit);

        Assert.All(tokens, token => Assert.Equal("token-1", token));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task GetTokenAsync_NoCredential_ReturnsNull()
    {
        using var sut = CreateProvider(credential: null, new WatchedClock());

        var token = await sut.GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
    }

    private static ConnectorTokenProvider CreateProvider(CountingTokenCredential? credential, TimeProvider time) =>
        new(
            credential,
            Options.Create(new ConnectorCredentialOptions()),
            time,
            NullLogger<ConnectorTokenProvider>.Instance);
}
