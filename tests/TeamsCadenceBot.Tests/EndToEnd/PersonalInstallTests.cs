using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.EndToEnd;

[Collection(OfficialCardParser.Collection)]
public sealed class PersonalInstallTests(OfficialCardParser parser, PlaygroundBot bot) : IClassFixture<PlaygroundBot>
{
    [Fact]
    public async Task Install_InPersonalChat_WelcomeCardArrivesOnceAndIsValid()
    {
        await bot.InstallAsync(bot.PersonalChatId);
        var card = await bot.NextCardAsync(WelcomeCard.Heading);
        await bot.InstallAsync(bot.PersonalChatId);
        await bot.SayAsync(bot.PersonalChatId, "help");
        await bot.NextCardAsync("What I can do here");

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Equal(0, bot.CardsSeen(WelcomeCard.Heading));
    }
}
