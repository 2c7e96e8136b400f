using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCadenceBot.Teams.Activities;

/// <summary>
/// The JSON settings of the Bot Framework protocol: camelCase, nulls left out, and text written as UTF-8, so that
/// what is sent is as small as the text it carries.
/// </summary>
public static class ProtocolJson
{
    /// <summary>Options for reading and writing activities, cards and connector payloads.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,

            // The default encoder writes every non-ASCII character and each of ' < > & + as a 6-byte \uXXXX escape,
            // for JSON placed in HTML. This JSON goes to Teams and the Bot Framework over HTTPS as application/json
            // and is never put in a page, so it escapes only what JSON requires (quotes, backslashes, control
            // characters) and a card of accented or CJK text takes the bytes of its UTF-8, not up to 6 per character.
            // Gaps: characters outside the BMP (emoji) are still written as two escapes; card size checks measure it.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
