namespace TeamsCadenceBot.People;

/// <summary>The card verbs, input ids and action data of the team setup card.</summary>
internal static class TeamSetupVerbs
{
    public const string Prefix = "people.";

    public const string Start = "people.setup.start";

    public const string Members = "people.setup.members";

    public const string Save = "people.setup.save";

    public const string ConversationInput = "conversation";

    public const string RepsInput = "reps";

    public const string LeaderInput = "leader";

    public const string ConfirmMoveInput = "confirmMove";

    public const string ConversationIdData = "conversationId";
}

/// <summary>The data the save button carries: which conversation the members were listed from.</summary>
/// <param name="ConversationId">The conversation id, checked again against the installations on save.</param>
internal sealed record TeamSetupData(string ConversationId);
