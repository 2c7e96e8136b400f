using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Where state lives. Locally a connection string (Azurite); in Azure the service URIs, reached with
/// the managed identity through DefaultAzureCredential, so no key is ever configured.
/// </summary>
internal sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>A storage connection string; for local use only.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account's table endpoint, such as https://account.table.core.windows.net.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The account's queue endpoint, such as https://account.queue.core.windows.net.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Prefixes every table and queue name, so several deployments can share one account.</summary>
    [RegularExpression(
        "^[A-Za-z][A-Za-z0-9]{0,19}$",
        ErrorMessage = "Storage:TablePrefix must be a letter then up to 19 letters or digits.")]
    public string TablePrefix { get; set; } = "cadence";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && (TableServiceUri is null || QueueServiceUri is null))
        {
            yield return new ValidationResult(
                "Set Storage:ConnectionString (local) or both Storage:TableServiceUri and Storage:QueueServiceUri "
                + "(Azure).");
        }
    }
}
