using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorCredentialFactoryTests
{
    [Fact]
    public void Create_None_ReturnsNoCredential()
    {
        var credential = ConnectorCredentialFactory.Create(new ConnectorCredentialOptions());

        Assert.Null(credential);
    }

    [Fact]
    public void Create_ClientSecret_ReturnsClientSecretCredential()
    {
        var options = ConnectorCredentialOptionsValidatorTests.Complete(ConnectorCredentialKind.ClientSecret);

        var credential = ConnectorCredentialFactory.Create(options);

        Assert.IsType<ClientSecretCredential>(credential);
    }

    [Fact]
    public void Create_ManagedIdentity_ReturnsManagedIdentityCredential()
    {
        var options = ConnectorCredentialOptionsValidatorTests.Complete(ConnectorCredentialKind.ManagedIdentity);

        var credential = ConnectorCredentialFactory.Create(options);

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("pfx-password")]
    public void Create_CertificateFile_ReturnsClientCertificateCredential(string? password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=bot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        var path = Path.Combine(Path.GetTempPath(), $"bot-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        var options = ConnectorCredentialOptionsValidatorTests.Complete(ConnectorCredentialKind.Certificate);
        options.CertificatePath = path;
        options.CertificatePassword = password;

        try
        {
            var credential = ConnectorCredentialFactory.Create(options);

            Assert.IsType<ClientCertificateCredential>(credential);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
