using System.Globalization;
using Azure.Core;

namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>Hands out token-1, token-2, ... each valid for a fixed lifetime, and counts the requests.</summary>
internal sealed class CountingTokenCredential(TimeProvider timeProvider, TimeSpan lifetime) : TokenCredential
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<string> LastScopes { get; private set; } = [];

    public TaskCompletionSource? Gate { get; init; }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(
        TokenRequestContext requestContext,
        CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        LastScopes = requestContext.Scopes;
        if (Gate is not null)
        {
            await Gate.Task;
        }

        return new AccessToken(
            string.Create(CultureInfo.InvariantCulture, $"token-{call}"),
            timeProvider.GetUtcNow() + lifetime);
    }
}
