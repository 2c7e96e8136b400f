using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.People;

/// <summary>The <c>People</c> configuration section.</summary>
internal sealed class PeopleOptions : IValidatableObject
{
    public const string Section = "People";

    /// <summary>The zone of people whose Teams client never said theirs and who did not set one.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZones.TryNormalize(DefaultTimeZone, out _))
        {
            yield return new ValidationResult(
                $"People:DefaultTimeZone must be an IANA or Windows time zone name, such as {TimeZones.Example}.",
                [nameof(DefaultTimeZone)]);
        }
    }
}
