using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>The checks data annotations cannot express: URL schemes, the environment, required ids.</summary>
internal sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment)
    : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();

        if (options.AllowUnauthenticatedLocalRequests && !environment.IsDevelopment())
        {
            failures.Add(
                $"{BotAuthenticationOptions.SectionName}:{nameof(options.AllowUnauthenticatedLocalRequests)} "
                + $"is true in the '{environment.EnvironmentName}' environment; it is allowed only in Development.");
        }

        // Without an app id no token can ever be accepted; only the local profile may run that way.
        if (!options.AllowUnauthenticatedLocalRequests)
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                failures.Add("Bot:AppId is required.");
            }

            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                failures.Add("Bot:TenantId is required.");
            }
        }

        CheckMetadataUrl(failures, nameof(options.BotFrameworkMetadataUrl), options.BotFrameworkMetadataUrl);
        CheckMetadataUrl(
            failures,
            nameof(options.EntraMetadataUrl),
            options.EntraMetadataUrl.Replace(BotAuthenticationOptions.TenantPlaceholder, "tenant", StringComparison.Ordinal));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckMetadataUrl(List<string> failures, string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !MetadataUrlPolicy.IsAllowed(uri))
        {
            failures.Add(
                $"{BotAuthenticationOptions.SectionName}:{key} must be an absolute HTTPS URL "
                + "(plain HTTP only on a loopback host).");
        }
    }
}
