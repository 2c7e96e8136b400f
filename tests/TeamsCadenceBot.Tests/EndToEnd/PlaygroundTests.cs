using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.EndToEnd;

[Collection(OfficialCardParser.Collection)]
public sealed class PlaygroundTests(OfficialCardParser parser, PlaygroundBot bot) : IClassFixture<PlaygroundBot>
{
    [Fact]
    public async Task Install_InGroupChat_WelcomeCardArrivesAndIsValid()
    {
        var groupChat = bot.Config.GetProperty("groupChats")[0].GetProperty("id").GetString()!;

        await bot.InstallAsync(groupChat);

        var card = await bot.NextCardAsync(WelcomeCard.Heading);
        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Contains("Mention me", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_InPersonalChat_ListsThePersonalCommands()
    {
        await bot.SayAsync(bot.PersonalChatId, "help");

        var card = await bot.NextCardAsync("What I can do here");

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Contains("my commitments", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_TypedInPersonalChat_RecordedCardComesBack()
    {
        await bot.SayAsync(bot.PersonalChatId, "commit Send the MSA to Contoso; due 2099-01-15 10:00; owner me; done when legal has it");

        var card = await bot.NextCardAsync("Commitment recorded");

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }
}
