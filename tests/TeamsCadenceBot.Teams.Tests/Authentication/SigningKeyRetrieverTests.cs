using TeamsCadenceBot.Teams.Authentication;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

public sealed class SigningKeyRetrieverTests
{
    [Fact]
    public void Parse_KeySetWithEndorsements_KeepsRsaSigningKeysWithTheirEndorsements()
    {
        var teams = new TestSigningKey("teams", "msteams", "skype");
        var bare = TestSigningKey.WithoutEndorsements("bare");
        var encryption = new TestSigningKey("enc", "msteams");
        var encryptionJwk = encryption.ToJwk();
        encryptionJwk["use"] = "enc";
        var json = $$"""
            {"keys":[{{teams.ToJwk().ToJsonString()}},{{bare.ToJwk().ToJsonString()}},{{encryptionJwk.ToJsonString()}},
            {"kty":"EC","kid":"ec","crv":"P-256","x":"AA","y":"AA"},"not a key"]}
            """;

        var keys = SigningKeyRetriever.Parse(json);

        Assert.Equal(["bare", "teams"], keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["msteams", "skype"], keys["teams"].Endorsements.Order(StringComparer.Ordinal));
        Assert.Empty(keys["bare"].Endorsements);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"keys\":{}}")]
    [InlineData("[]")]
    public void Parse_DocumentWithoutKeysArray_Throws(string json)
    {
        Assert.Throws<InvalidDataException>(() => SigningKeyRetriever.Parse(json));
    }
}
