using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.Cards;

internal sealed record FakeCommand(string Name, string Usage, string Description) : IBotCommand
{
    public IReadOnlyCollection<ConversationScope> Scopes { get; } =
        [ConversationScope.Personal, ConversationScope.GroupChat, ConversationScope.Team];

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken) => Task.CompletedTask;
}
