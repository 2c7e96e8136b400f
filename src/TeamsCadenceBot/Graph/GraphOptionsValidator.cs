using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Checks, when Graph is on, what the attributes cannot: a tenant, a credential fit for the endpoint, the app id.
/// </summary>
internal sealed class GraphOptionsValidator(IOptionsMonitor<ConnectorCredentialOptions> credentials)
    : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var credential = credentials.Get(GraphSetup.CredentialsName);
        var loopback = options.BaseUrl.IsLoopback;
        if (!options.BaseUrl.IsAbsoluteUri || (options.BaseUrl.Scheme != Uri.UriSchemeHttps && !loopback))
        {
            failures.Add("Graph:BaseUrl must be an https URL (http only on a loopback address).");
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Graph:TenantId (or the credentials' TenantId) is required when Graph:Enabled is true.");
        }

        if (credential.Kind == ConnectorCredentialKind.None && !loopback)
        {
            failures.Add(
                "Graph needs credentials (Graph:Credentials, else Bot:Credentials) for a non-loopback Graph:BaseUrl.");
        }

        if (options.ProactiveInstall.Enabled && string.IsNullOrWhiteSpace(options.TeamsAppExternalId))
        {
            failures.Add(
                "Graph:TeamsAppExternalId (the manifest id) is required when Graph:ProactiveInstall:Enabled is true.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
