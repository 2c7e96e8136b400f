using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;

namespace TeamsCadenceBot.Tests.OneOnOnes;

/// <summary>
/// The Teams connector on a real loopback port, for a bot whose activities name it as their <c>serviceUrl</c>:
/// it takes sends, replies, updates and new personal chats as Teams does (201 with an id), lists the members the
/// test set for a chat, and keeps every request in order so that a test reads what each person received.
/// </summary>
internal sealed class LoopbackTeams : IAsyncDisposable
{
    public const string Send = "send";
    public const string Reply = "reply";
    public const string Update = "update";

    private readonly ConcurrentDictionary<string, IReadOnlyList<TeamsUser>> _members = new(StringComparer.Ordinal);
    private readonly LoopbackServer<TeamsPost> _server;
    private int _nextId;

    public LoopbackTeams() => _server = new LoopbackServer<TeamsPost>(Read, AnswerAsync);

    /// <summary>The service URL to put on inbound activities.</summary>
    public string ServiceUrl => _server.BaseUrl + "/";

    public IReadOnlyList<TeamsPost> Posts => _server.Requests;

    public Task StartAsync() => _server.StartAsync();

    /// <summary>Sets who is in a chat, as its <c>pagedmembers</c> and <c>members/{id}</c> answer.</summary>
    public void SetMembers(string conversationId, params TeamsUser[] users) => _members[conversationId] = users;

    /// <summary>The cards posted (as new messages, or as updates) into one conversation, oldest first.</summary>
    public IReadOnlyList<AdaptiveCard> Cards(string operation, string conversationId) =>
        [.. CardJson(operation, conversationId).Select(j => j.Deserialize<AdaptiveCard>(ProtocolJson.Options)!)];

    /// <summary>The same cards as the JSON that went over the wire.</summary>
    public IReadOnlyList<JsonElement> CardJson(string? operation = null, string? conversationId = null) =>
        [.. Posts
            .Where(p => (operation is null || p.Operation == operation || (operation == Send && p.Operation == Reply))
                && (conversationId is null || p.ConversationId == conversationId))
            .Select(p => p.Card)
            .OfType<JsonElement>()];

    /// <summary>The texts of the plain messages posted into one conversation, oldest first.</summary>
    public IReadOnlyList<string> Texts(string conversationId) =>
        [.. Posts.Where(p => p.ConversationId == conversationId && p.Operation != Update)
            .Select(p => p.Activity?.Text)
            .OfType<string>()];

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static TeamsPost Read(HttpContext context, string body)
    {
        // /v3/conversations[/{conversation}[/activities[/{activity}]]], each part escaped by the connector client.
        var parts = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        var method = context.Request.Method;
        var conversation = parts.Length > 2 ? parts[2] : null;
        var activityId = parts.Length > 4 ? parts[4] : null;
        var operation = (method, parts.Length > 3 ? parts[3] : null) switch
        {
            ("POST", null) => "create",
            ("POST", "activities") => activityId is null ? Send : Reply,
            ("PUT", "activities") => Update,
            ("GET", var what) => what ?? "get",
            _ => method.ToLowerInvariant(),
        };
        var activity = body.Length > 0 && operation is Send or Reply or Update
            ? JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options)
            : null;
        var created = operation == "create" ? JsonDocument.Parse(body).RootElement.Clone() : (JsonElement?)null;
        var last = parts.Length > 3 ? parts[^1] : null;
        return new TeamsPost(operation, conversation, activityId, activity, created, last);
    }

    private async Task AnswerAsync(HttpContext context, TeamsPost post)
    {
        var response = context.Response;
        switch (post.Operation)
        {
            case "create":
                var userId = post.Created!.Value.GetProperty("members")[0].GetProperty("id").GetString();
                response.StatusCode = StatusCodes.Status201Created;
                await response.WriteAsJsonAsync(new { id = "a:" + userId });
                return;
            case Send or Reply:
                response.StatusCode = StatusCodes.Status201Created;
                await response.WriteAsJsonAsync(new { id = NextId() });
                return;
            case Update:
                await response.WriteAsJsonAsync(new { id = post.ActivityId });
                return;
            case "pagedmembers" when _members.TryGetValue(post.ConversationId!, out var members):
                await response.WriteAsJsonAsync(new { members = members.Select(Member) });
                return;
            case "members" when _members.TryGetValue(post.ConversationId!, out var members)
                && members.FirstOrDefault(m => m.Id == post.Last) is { } member:
                await response.WriteAsJsonAsync(Member(member));
                return;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                await response.WriteAsJsonAsync(new { error = new { code = "NotFound", message = "Unknown." } });
                return;
        }
    }

    private static object Member(TeamsUser user) =>
        new { id = user.Id, name = user.Name, aadObjectId = user.AadObjectId };

    private string NextId() =>
        (1733217300000 + Interlocked.Increment(ref _nextId)).ToString(CultureInfo.InvariantCulture);
}
