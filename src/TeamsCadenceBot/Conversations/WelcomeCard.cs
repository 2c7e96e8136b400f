using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Conversations;

/// <summary>The card the bot introduces itself with where it is installed, listing what works there.</summary>
internal static class WelcomeCard
{
    public const string Heading = "Hi, I'm Cadence";

    public static AdaptiveCard Build(ConversationScope scope, IReadOnlyList<IBotCommand> commands) =>
        HelpCard.Build(Heading, Introduction(scope), commands, scope);

    private static string Introduction(ConversationScope scope) => scope switch
    {
        ConversationScope.Personal =>
            "I keep your sales cadence moving from this chat: I ask what you want to cover before each 1:1, "
            + "remind you of the commitments you made before they are due, and ask how they went.",
        ConversationScope.GroupChat =>
            "I run this group's pipeline reviews and forecast calls: I flag the deals that need attention, "
            + "collect each person's forecast, and turn what you agree into commitments with an owner and a due date.",
        _ =>
            "I run this team's pipeline reviews and forecast calls: I flag the deals that need attention, "
            + "collect each person's forecast, and turn what you agree into commitments with an owner and a due date.",
    };
}
