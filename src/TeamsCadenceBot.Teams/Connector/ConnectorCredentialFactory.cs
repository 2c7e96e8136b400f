using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>Builds the Azure.Identity credential that <see cref="ConnectorCredentialOptions"/> describes.</summary>
public static class ConnectorCredentialFactory
{
    /// <summary>The credential for the options, or null for <see cref="ConnectorCredentialKind.None"/>.</summary>
    public static TokenCredential? Create(ConnectorCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        return options.Kind switch
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
    }

    private static ClientCertificateCredential CreateCertificateCredential(ConnectorCredentialOptions options)
    {
        var credentialOptions = new ClientCertificateCredentialOptions
        {
            AuthorityHost = options.AuthorityHost,
            SendCertificateChain = options.SendCertificateChain,
        };

        // Azure.Identity reads a PEM or password-less PFX by path itself; a password needs loading here.
        if (string.IsNullOrEmpty(options.CertificatePassword))
        {
            return new ClientCertificateCredential(
                options.TenantId,
                options.ClientId,
                options.CertificatePath,
                credentialOptions);
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(
            options.CertificatePath!,
            options.CertificatePassword);
        return new ClientCertificateCredential(options.TenantId, options.ClientId, certificate, credentialOptions);
    }
}
