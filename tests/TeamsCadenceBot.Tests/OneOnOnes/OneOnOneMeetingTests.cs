using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// A meeting starts with the bot in its chat: which 1:1 it is, told by the chat's members as Teams lists them, and by
// the time when Teams does not list them. Alice (London) meets Bob (Berlin) on Mondays at 09:00 Berlin and Dave
// (Berlin) at 09:30, from Monday 22 March 2027 (08:00 and 08:30 UTC).
[Collection(OneOnOneFlows.Name)]
public sealed class OneOnOneMeetingTests
{
    private const string MeetingChat = ActivityBuilder.MeetingChatId;

    private static readonly DateTimeOffset Now = new(2027, 3, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

    private static readonly TeamsUser Dave = new(
        "29:1Dv3Xo6Pq9Rs2Tu5Vw8Xy1Za4Bc7De0Fg3Hi6Jk9Lm2No5Pq8Rs1Tu4Vw7Xy0Za3Bc6De9Fg2Hi5Jk8Lm1",
        "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b",
        "Dave Ito",
        "a:1Dv8Lm1Jk4Hi7Fg0De3Bc6Za9Xy2Vw5Tu8Rs1Pq4No7Lm0Jk3Hi6Fg9De2Bc5Za8Xy1Vw4Tu7Rs0Pq3No6");

    private static async Task<(OneOnOneEndpoint Bot, string WithBob, string WithDave)> TwoOneOnOnesAsync()
    {
        var bot = await OneOnOneEndpoint.StartAsync(Now);
        await bot.SeedPairAsync(managerZone: "Europe/London", repZone: "Europe/Berlin");
        await bot.AddRepAsync(Dave, "Europe/Berlin");
        var withBob = await bot.ScheduleAsync(DayOfWeek.Monday, "09:00", "Europe/Berlin");
        var withDave = await bot.ScheduleAsync(DayOfWeek.Monday, "09:30", "Europe/Berlin", rep: Dave);
        return (bot, withBob.Id, withDave.Id);
    }

    private static async Task<string?> MeetingOfAsync(OneOnOneEndpoint bot, string occurrence) =>
        (await bot.Service.GetAsync(OneOnOneEndpoint.Tenant, occurrence, default))!.MeetingId;

    private static IReadOnlyList<AdaptiveCard> AgendasInTheMeetingChat(OneOnOneEndpoint bot) =>
        [.. bot.Teams.Cards(LoopbackTeams.Send, MeetingChat)
            .Where(c => c.Speak?.StartsWith("1:1 agenda", StringComparison.Ordinal) == true)];

    [Fact]
    public async Task MeetingStart_TwoOneOnOnesDueAroundNow_TheOneWhosePairTeamsListsInTheChat()
    {
        var (bot, withBob, withDave) = await TwoOneOnOnesAsync();
        await using var _ = bot;
        bot.Teams.SetMembers(MeetingChat, Manager, Dave);
        await bot.SweepAtAsync(Start.AddMinutes(25));

        await bot.MeetingEventAsync(Manager, ActivityTypes.MeetingStartEvent, "meeting-dave");
        await bot.DeliverAsync();

        var agenda = Assert.Single(AgendasInTheMeetingChat(bot));
        Assert.Equal("1:1 agenda: Alice Rivera and Dave Ito", agenda.Speak);
        Assert.Equal("meeting-dave", await MeetingOfAsync(bot, withDave));
        Assert.Null(await MeetingOfAsync(bot, withBob));
    }

    [Fact]
    public async Task MeetingStart_ATeamMeetingTheyBothAttend_IsNotTakenForTheirOneOnOne()
    {
        var (bot, withBob, withDave) = await TwoOneOnOnesAsync();
        await using var _ = bot;
        bot.Teams.SetMembers(MeetingChat, Manager, Rep, Outsider);
        await bot.SweepAtAsync(Start.AddMinutes(-5));

        await bot.MeetingEventAsync(Manager, ActivityTypes.MeetingStartEvent, "team-meeting");
        await bot.DeliverAsync();

        Assert.Empty(AgendasInTheMeetingChat(bot));
        Assert.Null(await MeetingOfAsync(bot, withBob));
        Assert.Null(await MeetingOfAsync(bot, withDave));
    }

    [Fact]
    public async Task MeetingStart_MembersNotListed_TheSendersOneOnOneDueNowIsTaken()
    {
        var (bot, _, withDave) = await TwoOneOnOnesAsync();
        await using var _ = bot;
        await bot.SweepAtAsync(Start.AddMinutes(-5));

        await bot.MeetingEventAsync(Dave, ActivityTypes.MeetingStartEvent, "meeting-dave");
        await bot.DeliverAsync();

        Assert.Equal("1:1 agenda: Alice Rivera and Dave Ito", Assert.Single(AgendasInTheMeetingChat(bot)).Speak);
        Assert.Equal("meeting-dave", await MeetingOfAsync(bot, withDave));
    }
}
