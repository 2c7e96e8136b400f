using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsCadenceBot.Teams.Activities;

/// <summary>
/// An activity entity. Teams sends <c>mention</c> and <c>clientInfo</c> entities; the fields of
/// both are modelled here and anything else is kept in <see cref="Extra"/>.
/// </summary>
public sealed record Entity
{
    /// <summary>The entity type, such as <c>mention</c> or <c>clientInfo</c>.</summary>
    public required string Type { get; init; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For a mention: the <c>&lt;at&gt;Name&lt;/at&gt;</c> text.</summary>
    public string? Text { get; init; }

    /// <summary>For clientInfo: the IANA time zone of the person's client.</summary>
    public string? Timezone { get; init; }

    /// <summary>For clientInfo: the client's locale.</summary>
    public string? Locale { get; init; }

    /// <summary>For clientInfo: the client's platform.</summary>
    public string? Platform { get; init; }

    /// <summary>Any other fields of the entity.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
