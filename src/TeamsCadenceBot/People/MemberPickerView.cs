using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.People;

/// <summary>What the member step of the team setup card shows.</summary>
/// <param name="Conversation">The team or group chat the members come from.</param>
/// <param name="Candidates">The members that can be picked: people other than the manager, with an object id.</param>
/// <param name="SelectedReps">The object ids ticked as reps.</param>
/// <param name="SelectedLeader">The object id picked as the manager's own manager.</param>
/// <param name="KeptLeaderName">The manager's current manager when not among the members, kept if none is picked.</param>
/// <param name="Notice">Why the last save was refused, if it was.</param>
/// <param name="Moves">Reps on another manager's team, whose move must be confirmed.</param>
internal sealed record MemberPickerView(
    InstalledConversation Conversation,
    IReadOnlyList<TeamsMember> Candidates,
    IReadOnlySet<string> SelectedReps,
    string? SelectedLeader,
    string? KeptLeaderName,
    string? Notice = null,
    IReadOnlyList<TeamMove>? Moves = null);
