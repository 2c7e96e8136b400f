using System.Text.Json;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// Reads the error code from a connector error body (<c>{"error":{"code":...}}</c>). Only the code is kept:
/// the message beside it can quote names or text, which must not reach logs or exception messages.
/// </summary>
internal static class ConnectorErrorCode
{
    private const int MaxLength = 64;

    public static bool MeansBlocked(string? errorCode) =>
        string.Equals(errorCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
        || string.Equals(errorCode, "ConversationBlockedByUser", StringComparison.OrdinalIgnoreCase);

    public static string? Read(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var code = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? Property(error, "code")
                : Property(root, "code");
            return IsPlainCode(code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    // A code is an identifier; anything else is dropped rather than carried into messages.
    private static bool IsPlainCode(string? code) =>
        code is { Length: > 0 and <= MaxLength }
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
