using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Tests.Cards;

/// <summary>
/// What every card the service sends must pass: the official parser reports no error, the message that carries
/// it stays under 80 KB (Teams refuses about 100 KB, and a real message adds its addressing), and its schema
/// version is at most 1.5, the highest Teams renders. A test class marked
/// <c>[Collection(OfficialCardParser.Collection)]</c> takes the <see cref="OfficialCardParser"/> in its constructor
/// and calls <c>await CardAssert.IsValidForTeamsAsync(parser, card)</c>.
/// </summary>
public static class CardAssert
{
    public const int MaxMessageBytes = 80 * 1024;

    public static Version MaxVersion { get; } = new(1, 5);

    public static async Task IsValidForTeamsAsync(OfficialCardParser parser, AdaptiveCard card)
    {
        var failures = new List<string>();
        AddVersionFailure(card.Version, failures);
        AddSizeFailure(MessageBytes(card.ToAttachment()), failures);
        AddParserFailures(await parser.ValidateAsync(card), failures);
        FailIfAny(failures);
    }

    /// <summary>Checks a card as JSON, such as one a test captured from the Agents Playground.</summary>
    public static async Task IsValidForTeamsAsync(OfficialCardParser parser, JsonElement card)
    {
        var failures = new List<string>();
        var version = card.ValueKind == JsonValueKind.Object
            && card.TryGetProperty("version", out var value)
            && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        AddVersionFailure(version, failures);
        AddSizeFailure(MessageBytes(new Attachment(Attachment.AdaptiveCardContentType, card)), failures);
        AddParserFailures(await parser.ValidateAsync(card), failures);
        FailIfAny(failures);
    }

    /// <summary>The UTF-8 size of a message activity that carries only this attachment.</summary>
    public static int MessageBytes(Attachment attachment)
    {
        var message = new Activity { Type = ActivityTypes.Message, Attachments = [attachment] };
        return JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJson.Options).Length;
    }

    private static void AddVersionFailure(string? version, List<string> failures)
    {
        if (!Version.TryParse(version, out var parsed) || parsed > MaxVersion)
        {
            failures.Add($"Version \"{version}\" is not a schema version up to {MaxVersion}.");
        }
    }

    private static void AddSizeFailure(int bytes, List<string> failures)
    {
        if (bytes >= MaxMessageBytes)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"The message carrying the card is {bytes} bytes; it must stay under {MaxMessageBytes} (80 KB)."));
        }
    }

    private static void AddParserFailures(CardValidation validation, List<string> failures) =>
        failures.AddRange(validation.Errors.Select(e => $"Parser: {e}"));

    private static void FailIfAny(List<string> failures)
    {
        if (failures.Count > 0)
        {
            Assert.Fail("The card is not valid for Teams:\n" + string.Join('\n', failures));
        }
    }
}
