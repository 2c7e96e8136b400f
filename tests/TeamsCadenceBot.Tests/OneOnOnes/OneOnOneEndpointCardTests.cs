using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.Tests.Cards;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// Every card of two 1:1s through POST /api/messages, with the longest realistic content: three long priorities,
// ten topics, twenty action items, and a book of forty deals that all changed and raise flags.
[Collection(OfficialCardParser.Collection)]
public sealed class OneOnOneEndpointCardTests(OfficialCardParser parser)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextStart = new(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);

    private static string Long(string start, int length) => LongContent.Text(start, length);

    [Fact]
    public async Task EveryCard_LongestRealisticContent_ValidForTeamsAndUnder80KB()
    {
        await using var bot = await OneOnOneEndpoint.StartAsync(Now);
        await bot.SeedPairAsync(managerZone: "Europe/London", repZone: "Europe/Berlin");
        await SeedBookAsync(bot);
        var occurrence = (await bot.ScheduleAsync(DayOfWeek.Monday, "09:00", "Europe/Berlin")).Id;
        var answers = new List<InvokeAnswer>();
        var items = new List<InvokeAnswer>();

        await bot.SweepAtAsync(Start.AddDays(-1));
        answers.Add(await bot.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, new
        {
            occurrence,
            priority1 = Long("Priority 1: close the Contoso renewal", OneOnOneLimits.PriorityLength),
            priority2 = Long("Priority 2: Fabrikam keeps asking for a discount", OneOnOneLimits.PriorityLength),
            priority3 = Long("Priority 3: my territory is too thin for Q2", OneOnOneLimits.PriorityLength),
            dealPick = "006D01,006D02,006D03",
            other = Long("Other: my training plan", OneOnOneLimits.OtherTopicsLength),
        }));
        await bot.SweepAtAsync(Start.AddMinutes(-15));
        for (var i = 1; i <= 10; i++)
        {
            var who = i % 2 == 0 ? Manager : Rep;
            var topic = Long($"Topic {i}: pricing", OneOnOneLimits.TopicLength);
            answers.Add(await bot.ExecuteAsync(who, OneOnOneVerbs.AddTopic, new { occurrence, topic }));
        }

        bot.Clock.SetUtcNow(Start.AddMinutes(5));
        for (var i = 1; i <= 20; i++)
        {
            items.Add(await bot.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, new
            {
                occurrence,
                itemText = Long($"Item {i}: send the revised proposal", OneOnOneLimits.ItemTextLength),
                itemOwner = (i % 3) switch { 0 => "both", 1 => "rep", _ => "manager" },
                itemDueDate = new DateOnly(2027, 3, 23).AddDays(i % 10).ToString("o", CultureInfo.InvariantCulture),
                itemDueTime = "12:00",
                itemDoneWhen = Long("The buyer confirms in writing", OneOnOneLimits.CriterionLength),
                itemConfirm = "true",
            }));
        }

        var decision = Long("Drop the Litware pilot", OneOnOneLimits.TopicLength);
        answers.Add(await bot.ExecuteAsync(Rep, OneOnOneVerbs.AddDecision, new { occurrence, decision }));
        answers.Add(await bot.ExecuteAsync(Manager, OneOnOneVerbs.Finish, new { occurrence }));
        await bot.DeliverAsync();
        await bot.SweepAtAsync(NextStart.AddMinutes(-15));

        var sent = bot.Teams.CardJson();
        var speaks = sent.Select(c => c.TryGetProperty("speak", out var s) ? s.GetString() : null).OfType<string>();
        Assert.Contains(speaks, s => s.StartsWith("Prepare your 1:1", StringComparison.Ordinal));
        Assert.Contains(sent, c => c.GetRawText().Contains("Hygiene flags (40 deals)", StringComparison.Ordinal));
        Assert.Contains(speaks, s => s.StartsWith("1:1 agenda", StringComparison.Ordinal));
        Assert.Contains(speaks, s => s.StartsWith("1:1 summary", StringComparison.Ordinal));
        Assert.All(items, a => Assert.Contains("Action items from this 1:1", Text(a.Card!), StringComparison.Ordinal));
        Assert.Contains("Action items from this 1:1 (20)", Text(items[^1].Card!), StringComparison.Ordinal);
        foreach (var card in sent.Concat(answers.Concat(items).Select(a => a.CardJson).OfType<JsonElement>()))
        {
            await CardAssert.IsValidForTeamsAsync(parser, card);
        }
    }

    // Forty deals of Bob's with long CRM names, imported on 10 March and again on 18 March, each advanced, slipped
    // and gone quiet by then.
    private static async Task SeedBookAsync(OneOnOneEndpoint bot)
    {
        var then = Enumerable.Range(1, 40).Select(i => LongContent.Deal(i, new DateOnly(2027, 3, 10))).ToList();
        var now = then.Select(d => d with
        {
            Stage = DealStage.Negotiation,
            CrmStage = "Negotiation",
            CloseDate = new DateOnly(2027, 4, 30),
        });
        await OneOnOneEndpointTests.ImportAsync(bot, then, new DateOnly(2027, 3, 10));
        await OneOnOneEndpointTests.ImportAsync(bot, now, new DateOnly(2027, 3, 18));
    }
}
