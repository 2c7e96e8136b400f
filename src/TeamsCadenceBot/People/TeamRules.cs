namespace TeamsCadenceBot.People;

/// <summary>
/// Decides what a manager's team setup may change: a plain function over what was read, so the rules
/// (one manager per rep, no self-management, no circles, no silent moves) are tested without storage.
/// </summary>
internal static class TeamRules
{
    public static TeamDecision Decide(TeamRequest request)
    {
        var managerId = request.Manager.Id;
        var picked = request.PickedRepIds.Distinct(StringComparer.Ordinal).ToList();
        var leaderId = request.PickedLeaderId;

        if (picked.Contains(managerId))
        {
            return new TeamRefused("You cannot be your own rep.");
        }

        if (leaderId == managerId)
        {
            return new TeamRefused("You cannot be your own manager.");
        }

        if (leaderId is not null && picked.Contains(leaderId))
        {
            return new TeamRefused($"{request.NameOf(leaderId)} cannot be both your rep and your manager.");
        }

        if (picked.Append(leaderId).OfType<string>().Any(id => !request.MemberNames.ContainsKey(id)))
        {
            return new TeamRefused("Someone you picked is not a member of this conversation any more. Pick again.");
        }

        foreach (var above in request.ChainAboveManager)
        {
            if (above.Id == managerId)
            {
                return new TeamRefused(
                    $"{request.NameOf(leaderId ?? above.Id)} reports to you, directly or through others, "
                    + "so they cannot be your manager.");
            }

            if (picked.Contains(above.Id))
            {
                return new TeamRefused(
                    $"{above.DisplayName} manages you, directly or through others, so they cannot be your rep.");
            }
        }

        var moves = picked
            .Select(id => request.Known.GetValueOrDefault(id))
            .OfType<Person>()
            .Where(p => p.ManagerId is not null && p.ManagerId != managerId)
            .Select(p => new TeamMove(p.Id, p.DisplayName, p.ManagerId!, request.NameOf(p.ManagerId!)))
            .ToList();
        if (moves.Count > 0 && !request.ConfirmMove)
        {
            return new TeamNeedsConfirmation(moves);
        }

        var assignments = new List<ManagerAssignment>();
        if (leaderId is not null && request.Manager.ManagerId != leaderId)
        {
            assignments.Add(new ManagerAssignment(managerId, leaderId, request.Manager.ManagerId));
        }

        foreach (var repId in picked)
        {
            var current = request.Known.GetValueOrDefault(repId)?.ManagerId;
            if (current != managerId)
            {
                assignments.Add(new ManagerAssignment(repId, managerId, current));
            }
        }

        foreach (var rep in request.CurrentReps)
        {
            if (request.MemberNames.ContainsKey(rep.Id) && !picked.Contains(rep.Id))
            {
                assignments.Add(new ManagerAssignment(rep.Id, null, managerId));
            }
        }

        return new TeamApproved(assignments);
    }
}

/// <summary>What a manager asked for and what storage says.</summary>
/// <param name="Manager">The person setting up their team: always the sender of the turn.</param>
/// <param name="PickedRepIds">The members ticked as reps.</param>
/// <param name="PickedLeaderId">The member picked as the manager's own manager; null keeps the current one.</param>
/// <param name="ConfirmMove">True when the manager confirmed moving reps from other teams.</param>
/// <param name="MemberNames">The members that could be picked, by object id.</param>
/// <param name="Known">The stored people among the picked ones and their managers, by object id.</param>
/// <param name="CurrentReps">The manager's reps now.</param>
/// <param name="ChainAboveManager">The manager's new (or kept) manager and those above, nearest first.</param>
internal sealed record TeamRequest(
    Person Manager,
    IReadOnlyList<string> PickedRepIds,
    string? PickedLeaderId,
    bool ConfirmMove,
    IReadOnlyDictionary<string, string> MemberNames,
    IReadOnlyDictionary<string, Person> Known,
    IReadOnlyList<Person> CurrentReps,
    IReadOnlyList<Person> ChainAboveManager)
{
    public string NameOf(string id) =>
        Known.GetValueOrDefault(id)?.DisplayName ?? MemberNames.GetValueOrDefault(id) ?? "Someone";
}

/// <summary>The outcome of <see cref="TeamRules.Decide"/>.</summary>
internal abstract record TeamDecision;

/// <summary>Nothing may change; <paramref name="Reason"/> says why in words the manager can act on.</summary>
internal sealed record TeamRefused(string Reason) : TeamDecision;

/// <summary>Some picked reps are on another manager's team; the manager must confirm moving them.</summary>
internal sealed record TeamNeedsConfirmation(IReadOnlyList<TeamMove> Moves) : TeamDecision;

/// <summary>The changes to make, the manager's own first.</summary>
internal sealed record TeamApproved(IReadOnlyList<ManagerAssignment> Assignments) : TeamDecision;

/// <summary>A rep who would leave another manager's team.</summary>
internal sealed record TeamMove(string RepId, string RepName, string CurrentManagerId, string CurrentManagerName);

/// <summary>Give <paramref name="PersonId"/> a new manager (null: none), provided the current one is still as read.</summary>
internal sealed record ManagerAssignment(string PersonId, string? NewManagerId, string? ExpectedManagerId);
