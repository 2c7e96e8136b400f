namespace TeamsCadenceBot.Teams.Activities;

/// <summary>The activity types this library understands.</summary>
public static class ActivityTypes
{
    /// <summary>A message typed by a person or an <c>Action.Submit</c>.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left, or the bot was added to a team or chat.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The app was installed or uninstalled (<c>action</c> add or remove).</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A request that expects an answer in the HTTP response.</summary>
    public const string Invoke = "invoke";

    /// <summary>A notification such as a meeting's start or end.</summary>
    public const string Event = "event";

    /// <summary>A message reaction; accepted and ignored.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>A typing indicator; accepted and ignored.</summary>
    public const string Typing = "typing";

    /// <summary>The name of the Universal Actions invoke.</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>The name of the meeting start event.</summary>
    public const string MeetingStartEvent = "application/vnd.microsoft.meetingStart";

    /// <summary>The name of the meeting end event.</summary>
    public const string MeetingEndEvent = "application/vnd.microsoft.meetingEnd";
}
