using Microsoft.Extensions.Hosting;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorCredentialOptionsValidatorTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Validate_NoneOutsideDevelopment_Fails(string environment)
    {
        var sut = new ConnectorCredentialOptionsValidator(new FakeHostEnvironment(environment));

        var result = sut.Validate(null, new ConnectorCredentialOptions { Kind = ConnectorCredentialKind.None });

        Assert.True(result.Failed);
        Assert.Contains("Development", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoneInDevelopment_Succeeds()
    {
        var sut = new ConnectorCredentialOptionsValidator(new FakeHostEnvironment(Environments.Development));

        var result = sut.Validate(null, new ConnectorCredentialOptions { Kind = ConnectorCredentialKind.None });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(ConnectorCredentialKind.ClientSecret, "ClientSecret")]
    [InlineData(ConnectorCredentialKind.Certificate, "CertificatePath")]
    [InlineData(ConnectorCredentialKind.ManagedIdentity, "ManagedIdentityClientId")]
    public void Validate_KindWithoutItsSecret_FailsNamingTheKey(ConnectorCredentialKind kind, string key)
    {
        var sut = new ConnectorCredentialOptionsValidator(new FakeHostEnvironment(Environments.Production));
        var options = new ConnectorCredentialOptions { Kind = kind, TenantId = "tenant-1" };

        var result = sut.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConnectorCredentialKind.ClientSecret)]
    [InlineData(ConnectorCredentialKind.Certificate)]
    [InlineData(ConnectorCredentialKind.ManagedIdentity)]
    public void Validate_CompleteCredentialInProduction_Succeeds(ConnectorCredentialKind kind)
    {
        var sut = new ConnectorCredentialOptionsValidator(new FakeHostEnvironment(Environments.Production));

        var result = sut.Validate(null, Complete(kind));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_PlainHttpAuthorityHost_Fails()
    {
        var sut = new ConnectorCredentialOptionsValidator(new FakeHostEnvironment(Environments.Production));
        var options = Complete(ConnectorCredentialKind.ClientSecret);
        options.AuthorityHost = new Uri("http://login.example.test/");

        var result = sut.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("AuthorityHost", result.FailureMessage, StringComparison.Ordinal);
    }

    internal static ConnectorCredentialOptions Complete(ConnectorCredentialKind kind) => new()
    {
        Kind = kind,
        TenantId = "tenant-1",
        ClientId = "00000000-0000-0000-0000-000000000001",
        ClientSecret = kind == ConnectorCredentialKind.ClientSecret ? "secret" : null,
        CertificatePath = kind == ConnectorCredentialKind.Certificate ? "/certs/bot.pem" : null,
    };
}
