using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using TeamsCadenceBot.Teams.Authentication;
using TeamsCadenceBot.Teams.Tests.Hosting;
using static TeamsCadenceBot.Teams.Authentication.AuthenticationFailure;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

public sealed class BotTokenValidationTests(TokenTestServer keys) : IClassFixture<TokenTestServer>, IAsyncLifetime
{
    private BotTestHost _sut = null!;

    private static TestTokens Tokens => new() { Now = BotTestHost.Start };

    public async Task InitializeAsync() => _sut = await BotTestHost.StartAsync(keys.Settings(), "Production");

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Post_ValidBotFrameworkToken_ReachesHandler(string algorithm)
    {
        var token = Tokens.SignedWith(keys.TeamsKey.SecurityKey, algorithm);

        var context = await _sut.PostAsync(MessageJson(), Bearer(token));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("help", Assert.Single(_sut.Handler.Received).Text);
        Assert.Empty(_sut.Logs.WithEvent("InboundRequestRefused"));
    }

    [Fact]
    public async Task Post_TokenSignedWithAnotherKeyUnderPublishedKeyId_Refused()
    {
        Assert.Equal(keys.TeamsKey.KeyId, keys.ImpostorKey.KeyId);

        await AssertRefusedAsync(Tokens.SignedWith(keys.ImpostorKey.SecurityKey), BadSignature);
    }

    [Fact]
    public async Task Post_TokenWithUnpublishedKeyId_Refused()
    {
        await AssertRefusedAsync(Tokens.SignedWith(keys.UnpublishedKey.SecurityKey), UnknownKey);
    }

    [Fact]
    public async Task Post_ExpiredBeyondClockSkew_Refused()
    {
        var tokens = Tokens with { StartedAgo = TimeSpan.FromHours(1), ExpiresIn = TimeSpan.FromMinutes(-6) };

        await AssertRefusedAsync(tokens.SignedWith(keys.TeamsKey.SecurityKey), Expired);
    }

    [Fact]
    public async Task Post_ExpiredWithinClockSkew_ReachesHandler()
    {
        var tokens = Tokens with { StartedAgo = TimeSpan.FromHours(1), ExpiresIn = TimeSpan.FromMinutes(-4) };

        var context = await _sut.PostAsync(MessageJson(), Bearer(tokens.SignedWith(keys.TeamsKey.SecurityKey)));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(_sut.Handler.Received);
    }

    [Fact]
    public async Task Post_NotYetValidBeyondClockSkew_Refused()
    {
        var tokens = Tokens with { StartedAgo = TimeSpan.FromMinutes(-6), ExpiresIn = TimeSpan.FromHours(1) };

        await AssertRefusedAsync(tokens.SignedWith(keys.TeamsKey.SecurityKey), NotYetValid);
    }

    [Theory]
    [InlineData("5a4b3c2d-0000-4000-8000-000000000000")]
    [InlineData("api://" + TestTokens.AppId)]
    [InlineData("https://api.botframework.com")]
    public async Task Post_AudienceOtherThanAppId_Refused(string audience)
    {
        var tokens = Tokens with { Audience = audience };

        await AssertRefusedAsync(tokens.SignedWith(keys.TeamsKey.SecurityKey), WrongAudience);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example.com")]
    [InlineData("https://login.microsoftonline.com/" + TokenTestServer.ForeignTenantId + "/v2.0")]
    public async Task Post_UntrustedIssuer_Refused(string issuer)
    {
        var tokens = Tokens with { Issuer = issuer };

        await AssertRefusedAsync(tokens.SignedWith(keys.TeamsKey.SecurityKey), UnknownIssuer);
    }

    [Fact]
    public async Task Post_AlgNone_Refused()
    {
        await AssertRefusedAsync(Tokens.Unsigned(keys.TeamsKey.KeyId), AlgorithmNotAllowed);
    }

    [Fact]
    public async Task Post_Hs256SignedWithPublicKeyBytes_Refused()
    {
        var hmacKey = new SymmetricSecurityKey(keys.TeamsKey.PublicKeyBytes) { KeyId = keys.TeamsKey.KeyId };

        await AssertRefusedAsync(Tokens.SignedWith(hmacKey, SecurityAlgorithms.HmacSha256), AlgorithmNotAllowed);
    }

    [Fact]
    public async Task Post_RsaPssAlgorithm_Refused()
    {
        var token = Tokens.SignedWith(keys.TeamsKey.SecurityKey, SecurityAlgorithms.RsaSsaPssSha256);

        await AssertRefusedAsync(token, AlgorithmNotAllowed);
    }

    [Fact]
    public async Task Post_MissingServiceUrlClaim_Refused()
    {
        var tokens = Tokens with { ServiceUrlClaim = null };

        await AssertRefusedAsync(tokens.SignedWith(keys.TeamsKey.SecurityKey), MissingServiceUrl);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimOfAnotherRegion_Refused()
    {
        var tokens = Tokens with { ServiceUrlClaim = "https://smba.trafficmanager.net/emea/" };

        await AssertRefusedAsync(tokens.SignedWith(keys.TeamsKey.SecurityKey), ServiceUrlMismatch);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersOnlyInCase_ReachesHandler()
    {
        var tokens = Tokens with { ServiceUrlClaim = TestActivities.ServiceUrl.ToUpperInvariant() };

        var context = await _sut.PostAsync(MessageJson(), Bearer(tokens.SignedWith(keys.TeamsKey.SecurityKey)));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(_sut.Handler.Received);
    }

    [Fact]
    public async Task Post_KeyEndorsedForAnotherChannelOnly_Refused()
    {
        await AssertRefusedAsync(Tokens.SignedWith(keys.WebChatKey.SecurityKey), MissingEndorsement);
    }

    [Fact]
    public async Task Post_BotFrameworkKeyWithoutEndorsements_Refused()
    {
        await AssertRefusedAsync(Tokens.SignedWith(keys.UnendorsedKey.SecurityKey), MissingEndorsement);
    }

    [Fact]
    public async Task Post_ActivityFromChannelTheKeyIsNotEndorsedFor_Refused()
    {
        var body = TestActivities.Json(TestActivities.Message(channelId: "directline"));

        await AssertRefusedAsync(Tokens.SignedWith(keys.TeamsKey.SecurityKey), MissingEndorsement, body);
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Refused()
    {
        await AssertRefusedAsync(authorization: null, MissingHeader);
    }

    [Theory]
    [InlineData("Bearer abc", nameof(MalformedToken))]
    [InlineData("Bearer ", nameof(MalformedToken))]
    [InlineData("Bearer a.b.c", nameof(MalformedToken))]
    [InlineData("Basic x", nameof(NotBearer))]
    [InlineData("abc", nameof(NotBearer))]
    public async Task Post_GarbageAuthorizationHeader_Refused(string header, string reason)
    {
        var context = await _sut.PostAsync(MessageJson(), header);

        AssertRefused(context, Enum.Parse<AuthenticationFailure>(reason), header);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_EntraTokenFromBotTenant_ReachesHandler(bool version2)
    {
        var issuer = version2 ? TestTokens.EntraV2Issuer(TestTokens.TenantId) : TestTokens.EntraV1Issuer(TestTokens.TenantId);
        var token = (Tokens with { Issuer = issuer }).SignedWith(keys.EntraKey.SecurityKey);

        var context = await _sut.PostAsync(MessageJson(), Bearer(token));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(_sut.Handler.Received);
    }

    [Fact]
    public async Task Post_EntraTokenFromForeignTenant_Refused()
    {
        var tokens = Tokens with { Issuer = TestTokens.EntraV2Issuer(TokenTestServer.ForeignTenantId) };

        await AssertRefusedAsync(tokens.SignedWith(keys.ForeignEntraKey.SecurityKey), UnknownIssuer);
    }

    [Fact]
    public async Task Post_EntraTokenFromListedAdditionalTenant_ReachesHandler()
    {
        var settings = keys.Settings();
        settings["Bot:Authentication:AdditionalEntraTenants:0"] = TokenTestServer.ForeignTenantId;
        await using var sut = await BotTestHost.StartAsync(settings, "Production");
        var tokens = Tokens with { Issuer = TestTokens.EntraV1Issuer(TokenTestServer.ForeignTenantId) };

        var context = await sut.PostAsync(MessageJson(), Bearer(tokens.SignedWith(keys.ForeignEntraKey.SecurityKey)));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(sut.Handler.Received);
    }

    [Fact]
    public async Task Post_EntraTokenSignedWithBotFrameworkKey_Refused()
    {
        var tokens = Tokens with { Issuer = TestTokens.EntraV2Issuer(TestTokens.TenantId) };

        await AssertRefusedAsync(tokens.SignedWith(keys.TeamsKey.SecurityKey), UnknownKey);
    }

    private static string Bearer(string token) => $"Bearer {token}";

    private static string MessageJson() => TestActivities.Json(TestActivities.Message());

    private async Task AssertRefusedAsync(string? authorization, AuthenticationFailure reason, string? body = null)
    {
        var header = authorization is null ? null : Bearer(authorization);

        var context = await _sut.PostAsync(body ?? MessageJson(), header);

        AssertRefused(context, reason, authorization);
    }

    private void AssertRefused(HttpContext context, AuthenticationFailure reason, string? secret)
    {
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Equal("", new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEnd());
        Assert.Empty(_sut.Handler.Received);
        var refusal = Assert.Single(_sut.Logs.WithEvent("InboundRequestRefused"));
        Assert.Equal(reason, refusal.Properties["Reason"]);
        if (!string.IsNullOrWhiteSpace(secret))
        {
            Assert.DoesNotContain(_sut.Logs.Entries, entry => entry.Message.Contains(secret, StringComparison.Ordinal));
        }
    }
}
