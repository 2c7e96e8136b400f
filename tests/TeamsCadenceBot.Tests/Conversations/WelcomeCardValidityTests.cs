using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.AppPackage;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.Conversations;

[Collection(OfficialCardParser.Collection)]
public sealed class WelcomeCardValidityTests(OfficialCardParser parser, RegisteredCommands registered)
    : IClassFixture<RegisteredCommands>
{
    [Theory]
    [InlineData(ConversationScope.Personal)]
    [InlineData(ConversationScope.GroupChat)]
    [InlineData(ConversationScope.Team)]
    public async Task Build_EveryRegisteredCommandOfTheScope_IsValidForTeams(ConversationScope scope)
    {
        var card = WelcomeCard.Build(scope, registered.Catalog.In(scope));

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }
}
