using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCadenceBot.Teams.Activities;

/// <summary>The JSON settings of the Bot Framework protocol: camelCase, nulls left out.</summary>
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
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
