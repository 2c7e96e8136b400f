using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Deals.Admin;

/// <summary>
/// Who may call the admin endpoints: bearer tokens of <see cref="Authority"/> (an Entra ID tenant's v2.0
/// authority) for <see cref="Audience"/> carrying the app role <see cref="Role"/>. Section <c>Admin</c>; without
/// an authority and an audience the admin endpoints are not mapped at all.
/// </summary>
internal sealed class AdminOptions : IValidatableObject
{
    public const string Section = "Admin";

    /// <summary>Such as https://login.microsoftonline.com/{tenant}/v2.0; its OpenID metadata gives issuer and keys.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The API's application (client) id, as v2.0 tokens carry it in <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>The app role (in the token's <c>roles</c> claim) that admits a caller.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Role { get; set; } = "Cadence.Admin";

    public bool IsConfigured => Authority is not null && !string.IsNullOrWhiteSpace(Audience);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((Authority is null) != string.IsNullOrWhiteSpace(Audience))
        {
            yield return new ValidationResult("Set both Admin:Authority and Admin:Audience, or neither.");
        }

        if (Authority is { } authority
            && !(authority.IsAbsoluteUri
                && (authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback))))
        {
            yield return new ValidationResult("Admin:Authority must be an HTTPS URL (plain HTTP only on a loopback host).");
        }
    }
}
