using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.Cards;

[Collection(OfficialCardParser.Collection)]
public sealed class HelpCardValidityTests(OfficialCardParser parser)
{
    private static readonly IBotCommand[] Commands =
    [
        new FakeCommand("help", "help", "List what I can do in this conversation."),
        new FakeCommand("my commitments", "my commitments", "Show the commitments you made and when they are due."),
        new FakeCommand("pipeline review", "pipeline review [@rep]", "Start a pipeline review with a rep."),
    ];

    [Theory]
    [InlineData(ConversationScope.Personal)]
    [InlineData(ConversationScope.GroupChat)]
    [InlineData(ConversationScope.Team)]
    public async Task Build_CommandsInScope_IsValidForTeams(ConversationScope scope)
    {
        var card = HelpCard.Build("What I can do here", "Hi, I keep the team's meeting cadence.", Commands, scope);

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task Build_WithoutIntroduction_IsValidForTeams()
    {
        var card = HelpCard.Build("What I can do here", introduction: null, Commands, ConversationScope.Personal);

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }
}
