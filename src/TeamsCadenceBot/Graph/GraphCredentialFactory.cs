using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// The Azure.Identity credential for Graph, of the same kinds as the bot's connector credentials: usually the same
/// app registration or managed identity, granted the Graph application permissions as well.
/// </summary>
internal static class GraphCredentialFactory
{
    /// <summary>
    /// The credential, or null for <see cref="ConnectorCredentialKind.None"/> (a loopback Graph only).
    /// </summary>
    public static TokenCredential? Create(ConnectorCredentialOptions options) => options.Kind switch
    {
        ConnectorCredentialKind.None => null,
        ConnectorCredentialKind.ClientSecret => new ClientSecretCredential(
            options.TenantId,
            options.ClientId,
            options.ClientSecret,
            new ClientSecretCredentialOptions { AuthorityHost = options.AuthorityHost }),
        ConnectorCredentialKind.Certificate => CreateCertificateCredential(options),
        ConnectorCredentialKind.ManagedIdentity => new ManagedIdentityCredential(
            new ManagedIdentityCredentialOptions(
                ManagedIdentityId.FromUserAssignedClientId(
                    string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                        ? options.ClientId!
                        : options.ManagedIdentityClientId))
            {
                AuthorityHost = options.AuthorityHost,
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown credential kind."),
    };

    private static ClientCertificateCredential CreateCertificateCredential(ConnectorCredentialOptions options)
    {
        var credentialOptions = new ClientCertificateCredentialOptions
        {
            AuthorityHost = options.AuthorityHost,
            SendCertificateChain = options.SendCertificateChain,
        };

        // Azure.Identity reads a PEM or password-less PFX by path itself; a password needs loading here.
        return string.IsNullOrEmpty(options.CertificatePassword)
            ? new ClientCertificateCredential(
                options.TenantId,
                options.ClientId,
                options.CertificatePath,
                credentialOptions)
            : new ClientCertificateCredential(
                options.TenantId,
                options.ClientId,
                X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword),
                credentialOptions);
    }
}
