using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// App-only tokens for Graph from an Azure.Identity credential, attached only to requests for the configured Graph
/// host so that no token follows a link elsewhere. Azure.Identity caches and renews the token itself.
/// </summary>
internal sealed class GraphAccessTokenProvider(TokenCredential credential, string scope, Uri baseUrl)
    : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([baseUrl.Host]);

    public async Task<string> GetAuthorizationTokenAsync(
        Uri uri,
        Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return "";
        }

        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        return token.Token;
    }
}
