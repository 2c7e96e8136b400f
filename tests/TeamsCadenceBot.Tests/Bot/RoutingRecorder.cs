using System.Collections.Concurrent;
using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Tests.Bot;

/// <summary>Every seam of the router at once, recording what reached it.</summary>
internal sealed class RoutingRecorder : IBotCommand, ICardActionHandler, IConversationLifecycle, IMeetingLifecycle, IActivityDeduplicator
{
    private readonly ConcurrentDictionary<string, bool> _claims = new();

    public List<string> Events { get; } = [];

    public string Name => "help";

    public string Usage => "help";

    public string Description => "Probe.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Personal, ConversationScope.GroupChat, ConversationScope.Team];

    public string VerbPrefix => "probe.";

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        Events.Add($"command:{Name}:{turn.Scope}:{arguments}");
        return Task.CompletedTask;
    }

    public Task<InvokeResponse> HandleAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        Events.Add($"action:{verb}:{data.GetProperty(data.TryGetProperty("id", out _) ? "id" : "note").GetString()}");
        return Task.FromResult(InvokeResponse.Message("ok"));
    }

    public Task OnInstalledAsync(Turn turn, CancellationToken cancellationToken)
    {
        Events.Add($"installed:{turn.Scope}");
        return Task.CompletedTask;
    }

    public Task OnUninstalledAsync(Turn turn, CancellationToken cancellationToken)
    {
        Events.Add($"uninstalled:{turn.Scope}");
        return Task.CompletedTask;
    }

    public Task OnMeetingStartedAsync(Turn turn, string meetingId, CancellationToken cancellationToken)
    {
        Events.Add($"meetingStart:{meetingId}");
        return Task.CompletedTask;
    }

    public Task OnMeetingEndedAsync(Turn turn, string meetingId, CancellationToken cancellationToken)
    {
        Events.Add($"meetingEnd:{meetingId}");
        return Task.CompletedTask;
    }

    public Task<bool> TryClaimAsync(string tenantId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(_claims.TryAdd(tenantId + "/" + activityId, true));

    public Task ReleaseAsync(string tenantId, string activityId, CancellationToken cancellationToken)
    {
        _claims.TryRemove(tenantId + "/" + activityId, out _);
        return Task.CompletedTask;
    }
}
