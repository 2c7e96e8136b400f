using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// Checks at start-up that the chosen credential has what it needs, and that running without
/// credentials is confined to the Development environment.
/// </summary>
internal sealed class ConnectorCredentialOptionsValidator(IHostEnvironment environment)
    : IValidateOptions<ConnectorCredentialOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ConnectorCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!options.AuthorityHost.IsAbsoluteUri || options.AuthorityHost.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Bot:Credentials:AuthorityHost must be an absolute HTTPS URL.");
        }

        switch (options.Kind)
        {
            case ConnectorCredentialKind.None:
                if (!environment.IsDevelopment())
                {
                    failures.Add(
                        "Bot:Credentials:Kind is None, which only the Development environment allows; "
                        + "set it to ClientSecret, Certificate or ManagedIdentity.");
                }

                break;
            case ConnectorCredentialKind.ClientSecret:
                Require(failures, options.TenantId, nameof(options.TenantId));
                Require(failures, options.ClientId, nameof(options.ClientId));
                Require(failures, options.ClientSecret, nameof(options.ClientSecret));
                break;
            case ConnectorCredentialKind.Certificate:
                Require(failures, options.TenantId, nameof(options.TenantId));
                Require(failures, options.ClientId, nameof(options.ClientId));
                Require(failures, options.CertificatePath, nameof(options.CertificatePath));
                break;
            case ConnectorCredentialKind.ManagedIdentity:
                if (string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                    && string.IsNullOrWhiteSpace(options.ClientId))
                {
                    failures.Add(
                        "Bot:Credentials:ManagedIdentityClientId or ClientId is required for ManagedIdentity.");
                }

                break;
            default:
                failures.Add($"Bot:Credentials:Kind '{options.Kind}' is not known.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"Bot:Credentials:{key} is required for this Kind.");
        }
    }
}
