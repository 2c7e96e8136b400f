using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.People;

/// <summary>
/// The team setup card's actions. The manager is always the sender of the turn, in their personal chat:
/// nothing in the action's data can name another manager. Members are read from the connector at every
/// step, so only real members of a conversation where the bot is installed can be picked.
/// </summary>
internal sealed partial class TeamSetupActionHandler(
    IPeopleStore store,
    IInstalledConversations installedConversations,
    ILogger<TeamSetupActionHandler> logger) : ICardActionHandler
{
    private const int MaxParallelWrites = 8;

    public string VerbPrefix => TeamSetupVerbs.Prefix;

    public async Task<InvokeResponse> HandleAsync(
        Turn turn,
        string verb,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (turn.Scope != ConversationScope.Personal)
        {
            return InvokeResponse.Message("Set up your team in your personal chat with me.");
        }

        if (await store.GetSenderAsync(turn, cancellationToken) is not { } manager)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        return verb switch
        {
            TeamSetupVerbs.Start => await StartAsync(turn, manager, cancellationToken),
            TeamSetupVerbs.Members => await ShowMembersAsync(turn, manager, data, cancellationToken),
            TeamSetupVerbs.Save => await SaveAsync(turn, manager, data, cancellationToken),
            _ => InvokeResponse.Error(400, "UnknownAction", "This card is out of date. Type **set up my team** for a new one."),
        };
    }

    private async Task<InvokeResponse> StartAsync(Turn turn, Person manager, CancellationToken cancellationToken)
    {
        var position = await store.GetPositionAsync(turn.TenantId, manager.Id, cancellationToken);
        var conversations = await installedConversations.ListAsync(turn.TenantId, cancellationToken);
        return InvokeResponse.Card(TeamCards.MyTeam(position!, conversations));
    }

    private async Task<InvokeResponse> ShowMembersAsync(
        Turn turn,
        Person manager,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        var roster = await ReadRosterAsync(turn, manager, ReadString(data, TeamSetupVerbs.ConversationInput), cancellationToken);
        if (roster.Problem is { } problem)
        {
            return InvokeResponse.Message(problem);
        }

        var currentReps = await store.ListReportsAsync(turn.TenantId, manager.Id, cancellationToken);
        var leader = manager.ManagerId is { } managerId ? await store.GetAsync(turn.TenantId, managerId, cancellationToken) : null;
        var candidateIds = roster.Candidates.Select(m => m.AadObjectId!).ToHashSet(StringComparer.Ordinal);
        var view = new MemberPickerView(
            roster.Conversation!,
            roster.Candidates,
            currentReps.Select(r => r.Id).Where(candidateIds.Contains).ToHashSet(StringComparer.Ordinal),
            leader is not null && candidateIds.Contains(leader.Id) ? leader.Id : null,
            leader is not null && !candidateIds.Contains(leader.Id) ? leader.DisplayName : null);
        return InvokeResponse.Card(TeamCards.PickMembers(view));
    }

    private async Task<InvokeResponse> SaveAsync(
        Turn turn,
        Person manager,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        var roster = await ReadRosterAsync(turn, manager, ReadString(data, TeamSetupVerbs.ConversationIdData), cancellationToken);
        if (roster.Problem is { } problem)
        {
            return InvokeResponse.Message(problem);
        }

        var tenantId = turn.TenantId;
        var pickedReps = ReadList(data, TeamSetupVerbs.RepsInput);
        var pickedLeader = ReadString(data, TeamSetupVerbs.LeaderInput);
        var known = await ReadKnownAsync(tenantId, pickedReps.Append(pickedLeader).OfType<string>(), cancellationToken);
        var chainTop = pickedLeader ?? manager.ManagerId;
        var request = new TeamRequest(
            manager,
            pickedReps,
            pickedLeader,
            string.Equals(ReadString(data, TeamSetupVerbs.ConfirmMoveInput), "true", StringComparison.OrdinalIgnoreCase),
            roster.Candidates.ToDictionary(m => m.AadObjectId!, m => m.Name ?? "Someone", StringComparer.Ordinal),
            known,
            await store.ListReportsAsync(tenantId, manager.Id, cancellationToken),
            chainTop is null ? [] : await store.GetManagementChainAsync(tenantId, chainTop, cancellationToken));

        var decision = TeamRules.Decide(request);
        if (decision is not TeamApproved approved)
        {
            LogSetupNotSaved(logger, decision is TeamRefused ? "refused" : "awaiting confirmation");
            var candidateIds = request.MemberNames.Keys.ToHashSet(StringComparer.Ordinal);
            return InvokeResponse.Card(TeamCards.PickMembers(new MemberPickerView(
                roster.Conversation!,
                roster.Candidates,
                pickedReps.Where(candidateIds.Contains).ToHashSet(StringComparer.Ordinal),
                pickedLeader is not null && candidateIds.Contains(pickedLeader) ? pickedLeader : null,
                pickedLeader is null && manager.ManagerId is { } kept && !candidateIds.Contains(kept)
                    && request.ChainAboveManager.Count > 0
                    ? request.ChainAboveManager[0].DisplayName
                    : null,
                Notice: (decision as TeamRefused)?.Reason,
                Moves: (decision as TeamNeedsConfirmation)?.Moves)));
        }

        // Gaps: each rep's change is its own conditional write, so a rep changed by someone else meanwhile is
        // reported as not saved while the others are saved; and moved reps and their previous manager are not told.
        var problems = await ApplyAsync(tenantId, request, roster.Candidates, approved.Assignments, cancellationToken);
        LogSetupSaved(logger, approved.Assignments.Count, problems.Count);
        var saved = await store.GetPositionAsync(tenantId, manager.Id, cancellationToken);
        return InvokeResponse.Card(TeamCards.Saved(
            saved?.Manager,
            [.. (saved?.Reports ?? []).Select(r => r.Person)],
            problems));
    }

    private async Task<IReadOnlyList<string>> ApplyAsync(
        string tenantId,
        TeamRequest request,
        IReadOnlyList<TeamsMember> candidates,
        IReadOnlyList<ManagerAssignment> assignments,
        CancellationToken cancellationToken)
    {
        // Members who never wrote to the bot become people now, so that they can be given a manager.
        foreach (var member in candidates.Where(m => assignments.Any(a => a.PersonId == m.AadObjectId || a.NewManagerId == m.AadObjectId)))
        {
            if (!request.Known.ContainsKey(member.AadObjectId!) && PersonSighting.FromMember(member) is { } sighting)
            {
                await store.UpsertAsync(tenantId, sighting, cancellationToken);
            }
        }

        var problems = new List<string>();
        var own = assignments.Where(a => a.PersonId == request.Manager.Id).ToList();
        foreach (var assignment in own)
        {
            Report(assignment, await SetAsync(assignment, cancellationToken));
        }

        await Parallel.ForEachAsync(
            assignments.Except(own),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelWrites, CancellationToken = cancellationToken },
            async (assignment, token) => Report(assignment, await SetAsync(assignment, token)));
        return problems;

        Task<ManagerChange> SetAsync(ManagerAssignment a, CancellationToken token) =>
            store.SetManagerAsync(tenantId, a.PersonId, a.NewManagerId, a.ExpectedManagerId, token);

        void Report(ManagerAssignment assignment, ManagerChange change)
        {
            var name = request.NameOf(assignment.PersonId == request.Manager.Id
                ? assignment.NewManagerId!
                : assignment.PersonId);
            var problem = change switch
            {
                ManagerChange.Conflict => $"{name}'s manager was changed by someone else just now, so I left it. "
                    + "Open the list again to see the change.",
                ManagerChange.Cycle => $"{name} was not saved: it would make a circle of managers.",
                ManagerChange.NotFound => $"{name} was not saved: I could not find them.",
                _ => null,
            };
            if (problem is not null)
            {
                lock (problems)
                {
                    problems.Add(problem);
                }
            }
        }
    }

    private async Task<IReadOnlyDictionary<string, Person>> ReadKnownAsync(
        string tenantId,
        IEnumerable<string> ids,
        CancellationToken cancellationToken)
    {
        var picked = await Task.WhenAll(ids.Distinct(StringComparer.Ordinal).Select(id => store.GetAsync(tenantId, id, cancellationToken)));
        var managerIds = picked.OfType<Person>().Select(p => p.ManagerId).OfType<string>().Distinct(StringComparer.Ordinal);
        var managers = await Task.WhenAll(managerIds.Select(id => store.GetAsync(tenantId, id, cancellationToken)));
        return picked.Concat(managers).OfType<Person>().DistinctBy(p => p.Id).ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    private async Task<Roster> ReadRosterAsync(
        Turn turn,
        Person manager,
        string? conversationId,
        CancellationToken cancellationToken)
    {
        var conversations = await installedConversations.ListAsync(turn.TenantId, cancellationToken);
        var conversation = conversations.FirstOrDefault(c =>
            c.Scope != ConversationScope.Personal
            && c.Address.TenantId == turn.TenantId
            && c.Address.ConversationId == conversationId);
        if (conversation is null)
        {
            return new Roster(null, [], "I'm not in that team or group chat any more. Type **set up my team** for a fresh list.");
        }

        var members = await ConversationMembers.ListAllAsync(turn.Connector, conversation.Address, cancellationToken);
        var name = TeamCards.ConversationName(conversation);
        if (members is null)
        {
            return new Roster(null, [], $"I can't read the members of {name} now. Check that I'm still installed there.");
        }

        // Only a member may list a conversation's members, or anyone could read any team's roster here.
        if (!members.Any(m => m.AadObjectId == manager.Id || m.Id == turn.From.Id))
        {
            return new Roster(null, [], $"You are not a member of {name}. Pick a team or group chat you are in.");
        }

        var candidates = members
            .Where(m => m.AadObjectId != manager.Id && m.Id != turn.From.Id && PersonSighting.FromMember(m) is not null)
            .DistinctBy(m => m.AadObjectId)
            .ToList();
        return new Roster(conversation, candidates, null);
    }

    private static string? ReadString(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;

    private static IReadOnlyList<string> ReadList(JsonElement data, string name) =>
        ReadString(data, name) is { } text
            ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)]
            : [];

    private sealed record Roster(InstalledConversation? Conversation, IReadOnlyList<TeamsMember> Candidates, string? Problem);

    [LoggerMessage(EventId = 1520, EventName = "TeamSetupSaved", Level = LogLevel.Information,
        Message = "Saved a team setup: {Changes} manager changes, {Problems} not saved")]
    private static partial void LogSetupSaved(ILogger logger, int changes, int problems);

    [LoggerMessage(EventId = 1521, EventName = "TeamSetupNotSaved", Level = LogLevel.Information,
        Message = "Did not save a team setup: {Reason}")]
    private static partial void LogSetupNotSaved(ILogger logger, string reason);
}
