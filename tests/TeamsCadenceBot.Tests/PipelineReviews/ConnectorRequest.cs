using System.Text.Json;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>One request the service made to the loopback Bot Connector: method, path and JSON body.</summary>
public sealed record ConnectorRequest(string Method, string Path, string Body)
{
    /// <summary>A send or reply into a conversation (not a personal chat created for a proactive message).</summary>
    public bool IsActivityPost =>
        Method == "POST" && Path.Contains("/activities", StringComparison.Ordinal);

    /// <summary>The first attachment's card of a posted activity, or null for a text.</summary>
    public JsonElement? Card()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty("attachments", out var attachments)
            && attachments.GetArrayLength() > 0
                ? attachments[0].GetProperty("content").Clone()
                : null;
    }

    public string? Text()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty("text", out var text) ? text.GetString() : null;
    }
}
