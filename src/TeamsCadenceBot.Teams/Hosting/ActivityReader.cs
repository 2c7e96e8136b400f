using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>
/// Parses a request body into an activity. The body must be a JSON object with a non-empty <c>type</c>:
/// <see cref="Activity.Type"/> defaults to a message, so a missing type has to be caught on the raw JSON.
/// </summary>
internal static class ActivityReader
{
    public static bool TryRead(
        byte[] body,
        [NotNullWhen(true)] out Activity? activity,
        [NotNullWhen(false)] out string? problem)
    {
        activity = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "NotAnObject";
                return false;
            }

            if (!HasType(root))
            {
                problem = "MissingType";
                return false;
            }

            activity = root.Deserialize<Activity>(ProtocolJson.Options);
            problem = activity is null ? "NotAnActivity" : null;
            return activity is not null;
        }
        catch (JsonException)
        {
            problem = "MalformedJson";
            return false;
        }
    }

    private static bool HasType(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals("type"))
            {
                return property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 };
            }
        }

        return false;
    }
}
