namespace TeamsCadenceBot.Teams.Activities;

/// <summary>Where a conversation takes place, which decides the commands that make sense in it.</summary>
public enum ConversationScope
{
    /// <summary>A one-to-one chat between a person and the bot.</summary>
    Personal,

    /// <summary>A group chat, including a meeting's chat.</summary>
    GroupChat,

    /// <summary>A channel of a team.</summary>
    Team,
}
