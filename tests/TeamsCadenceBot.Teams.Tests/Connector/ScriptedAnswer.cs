namespace TeamsCadenceBot.Teams.Tests.Connector;

internal sealed record ScriptedAnswer(
    int StatusCode,
    string? Body = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    bool AbortConnection = false)
{
    public static ScriptedAnswer Json(int statusCode, string body) => new(statusCode, body);

    public static ScriptedAnswer Error(int statusCode, string code) =>
        new(statusCode, $$$"""{"error":{"code":"{{{code}}}","message":"Sent to Alice Example"}}""");

    public static ScriptedAnswer Throttled(string? retryAfter) =>
        new(429, Headers: retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static ScriptedAnswer Abort() => new(0, AbortConnection: true);
}

internal sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body);
