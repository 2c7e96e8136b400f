using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

/// <summary>An RSA key pair the tests own, published as a JWK with optional endorsements.</summary>
internal sealed class TestSigningKey(string keyId, params string[]? endorsements) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId => keyId;

    public RsaSecurityKey SecurityKey => new(_rsa) { KeyId = keyId };

    public byte[] PublicKeyBytes => _rsa.ExportSubjectPublicKeyInfo();

    public static TestSigningKey WithoutEndorsements(string keyId) => new(keyId, endorsements: null);

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
