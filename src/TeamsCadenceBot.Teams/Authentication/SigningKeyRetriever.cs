using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>
/// Downloads an OpenID metadata document and the key set it names. The key set is read raw as well, because
/// Bot Framework keys carry an <c>endorsements</c> array that the identity model types do not surface.
/// </summary>
internal sealed class SigningKeyRetriever(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "TeamsCadenceBot.Teams.SigningKeys";

    public async Task<IReadOnlyDictionary<string, SigningKey>> RetrieveAsync(
        Uri metadataUrl,
        CancellationToken cancellationToken)
    {
        var metadata = OpenIdConnectConfiguration.Create(await GetAsync(metadataUrl, cancellationToken));
        if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var keySetUrl))
        {
            throw new InvalidDataException("The metadata document names no absolute jwks_uri.");
        }

        return Parse(await GetAsync(keySetUrl, cancellationToken));
    }

    internal static Dictionary<string, SigningKey> Parse(string keySetJson)
    {
        using var document = JsonDocument.Parse(keySetJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The key set has no keys array.");
        }

        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var element in keys.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var key = new JsonWebKey(element.GetRawText());
            var isSigningKey = string.IsNullOrEmpty(key.Use) || key.Use == JsonWebKeyUseNames.Sig;
            if (key.Kty == JsonWebAlgorithmsKeyTypes.RSA && !string.IsNullOrEmpty(key.Kid) && isSigningKey)
            {
                result[key.Kid] = new SigningKey(key, ReadEndorsements(element));
            }
        }

        return result;
    }

    private static HashSet<string> ReadEndorsements(JsonElement key)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (key.TryGetProperty("endorsements", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    endorsements.Add(channel);
                }
            }
        }

        return endorsements;
    }

    private async Task<string> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        // Checked on every download, not only at start-up: the jwks_uri comes from a downloaded document.
        if (!MetadataUrlPolicy.IsAllowed(url))
        {
            throw new InvalidDataException($"{url} is neither HTTPS nor on a loopback host.");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}
