using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Bot;

/// <summary>The card that lists what a person can type in a conversation, used by <c>help</c> and the welcome.</summary>
internal static class HelpCard
{
    public static AdaptiveCard Build(string heading, string? introduction, IReadOnlyList<IBotCommand> commands, ConversationScope scope)
    {
        var body = new List<CardElement>
        {
            new TextBlock(heading) { Size = "Medium", Weight = "Bolder", Style = "heading" },
        };
        if (introduction is not null)
        {
            body.Add(new TextBlock(introduction));
        }

        body.Add(new TextBlock(scope == ConversationScope.Personal
            ? "Type one of these here:"
            : "Mention me and type one of these:")
        { Spacing = "Medium", Weight = "Bolder" });
        body.Add(new FactSet([.. commands.Select(c => new Fact(c.Usage, c.Description))]));
        return new AdaptiveCard { Body = body, Speak = heading };
    }
}
