using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

/// <summary>
/// An RSA key pair the tests own, published as a JWK with optional endorsements. Key pairs are generated once
/// per name and shared by the whole run, because generating them is the slowest part of these tests.
/// </summary>
internal sealed class TestSigningKey
{
    private static readonly ConcurrentDictionary<string, Lazy<RSA>> KeyPairs = new();

    private readonly RSA _rsa;
    private readonly string[]? _endorsements;

    public TestSigningKey(string keyId, params string[]? endorsements)
        : this(keyId, keyId, endorsements)
    {
    }

    private TestSigningKey(string keyPairName, string keyId, string[]? endorsements)
    {
        _rsa = KeyPairs.GetOrAdd(keyPairName, _ => new Lazy<RSA>(() => RSA.Create(2048))).Value;
        KeyId = keyId;
        _endorsements = endorsements;
    }

    public string KeyId { get; }

    public RsaSecurityKey SecurityKey => new(_rsa) { KeyId = KeyId };

    public byte[] PublicKeyBytes => _rsa.ExportSubjectPublicKeyInfo();

    public static TestSigningKey WithoutEndorsements(string keyId) => new(keyId, endorsements: null);

    /// <summary>Another key pair under <paramref name="keyId"/>: what an attacker would sign with.</summary>
    public static TestSigningKey Impostor(string keyId) => new($"impostor:{keyId}", keyId, ["msteams"]);

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (_endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. _endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }
}
