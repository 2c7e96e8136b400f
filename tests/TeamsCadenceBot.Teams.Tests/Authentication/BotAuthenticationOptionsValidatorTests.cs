using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TeamsCadenceBot.Teams.Authentication;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

public sealed class BotAuthenticationOptionsValidatorTests
{
    private readonly BotAuthenticationOptionsValidator _sut = new(new Environment("Production"));

    [Fact]
    public void Validate_PublicCloudDefaults_Succeeds()
    {
        var result = _sut.Validate(null, Configured());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/.well-known/openidconfiguration")]
    [InlineData("http://localhost:5000/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5000/.well-known/openidconfiguration")]
    [InlineData("https://login.botframework.azure.us/v1/.well-known/openidconfiguration")]
    public void Validate_HttpsOrLoopbackMetadataUrl_Succeeds(string url)
    {
        var options = Configured();
        options.BotFrameworkMetadataUrl = url;
        options.EntraMetadataUrl = url.Replace(".well-known", "{tenant}/.well-known", StringComparison.Ordinal);

        Assert.True(_sut.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.0.0.4/.well-known/openidconfiguration")]
    [InlineData("/v1/.well-known/openidconfiguration")]
    [InlineData("ftp://127.0.0.1/metadata")]
    public void Validate_MetadataUrlNeitherHttpsNorLoopback_Fails(string url)
    {
        var botFramework = Configured();
        botFramework.BotFrameworkMetadataUrl = url;
        var entra = Configured();
        entra.EntraMetadataUrl = url;

        Assert.Contains("BotFrameworkMetadataUrl", _sut.Validate(null, botFramework).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("EntraMetadataUrl", _sut.Validate(null, entra).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "tenant", "Bot:AppId")]
    [InlineData("app", " ", "Bot:TenantId")]
    public void Validate_MissingIds_Fails(string appId, string tenantId, string expected)
    {
        var options = new BotAuthenticationOptions { AppId = appId, TenantId = tenantId };

        Assert.Contains(expected, _sut.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocalModeInDevelopmentWithoutIds_Succeeds()
    {
        var sut = new BotAuthenticationOptionsValidator(new Environment("Development"));

        var result = sut.Validate(null, new BotAuthenticationOptions { AllowUnauthenticatedLocalRequests = true });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_LocalModeOutsideDevelopment_Fails()
    {
        var options = Configured();
        options.AllowUnauthenticatedLocalRequests = true;

        var result = _sut.Validate(null, options);

        Assert.Contains("'Production'", result.FailureMessage, StringComparison.Ordinal);
    }

    private static BotAuthenticationOptions Configured() => new() { AppId = TestTokens.AppId, TenantId = TestTokens.TenantId };

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
