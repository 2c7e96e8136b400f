using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Cards;
using TeamsCadenceBot.Tests.OneOnOnes;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.Commitments;

// "my commitments" typed in personal chat, through the real router: Bob (rep) and Alice (his manager).
[Collection(OfficialCardParser.Collection)]
public sealed class MyCommitmentsCommandTests(OfficialCardParser parser)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static async Task<OneOnOneTestbed> SeededAsync()
    {
        var bed = new OneOnOneTestbed(Now);
        await bed.SeedPairAsync();
        return bed;
    }

    private static Task<Commitment> CommitAsync(
        OneOnOneTestbed bed,
        string text,
        DateTimeOffset due,
        string? criterion = null,
        params string[] owners) =>
        bed.Get<CommitmentService>().CreateAsync(
            Tenant,
            new CommitmentDraft(text, OwnerChoice.Me, due, criterion),
            owners.Length == 0 ? [Rep.AadObjectId] : owners,
            owners.Length == 0 ? Rep.AadObjectId : owners[0],
            new CommitmentOrigin(CommitmentOriginKind.Chat, Rep.PersonalConversationId),
            default);

    private static async Task<AdaptiveCard> AskAsync(OneOnOneTestbed bed)
    {
        bed.Connector.Calls.Clear();
        await bed.SayAsync(Rep, "my commitments");
        return Assert.Single(bed.CardsSentTo(Rep));
    }

    private static List<Container> Items(AdaptiveCard card) => [.. card.Body.OfType<Container>()];

    private static string TextOf(Container item) => ((TextBlock)item.Items[0]).Text;

    [Fact]
    public async Task MyCommitments_NoneOpenOrMissed_SaysSoAndHowToAddOne()
    {
        await using var bed = await SeededAsync();
        var done = await CommitAsync(bed, "Send Contoso the MSA", Now.AddDays(1));
        await bed.Get<CommitmentService>().CompleteAsync(Tenant, done.Id, Rep.AadObjectId, default);

        var card = await AskAsync(bed);

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Equal("Your commitments (0)", Heading(card));
        Assert.Empty(Items(card));
        Assert.Contains("You have no open or missed commitments", Text(card), StringComparison.Ordinal);
        Assert.Contains(CommitmentText.Example, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCommitments_OpenBlockedAndMissed_MissedFirstEachWithDoneNewDateAndBlocked()
    {
        await using var bed = await SeededAsync();
        var commitments = bed.Get<CommitmentService>();
        await CommitAsync(bed, "Book the Fabrikam demo", Now.AddDays(5), "the demo is in both calendars");
        var blocked = await CommitAsync(bed, "Map the Litware buying committee", Now.AddDays(3));
        await commitments.BlockAsync(Tenant, blocked.Id, Rep.AadObjectId, "waiting on Litware's org chart", default);
        await CommitAsync(bed, "Send Contoso the MSA", Now.AddHours(1));
        var done = await CommitAsync(bed, "Send Tailspin the quote", Now.AddDays(2));
        await commitments.CompleteAsync(Tenant, done.Id, Rep.AadObjectId, default);
        await CommitAsync(bed, "Alice's own forecast prep", Now.AddDays(2), null, Manager.AadObjectId);
        await bed.SweepAtAsync(Now.AddHours(2));

        var card = await AskAsync(bed);

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Equal("Your commitments (3)", Heading(card));
        var items = Items(card);
        Assert.Equal(
            ["Send Contoso the MSA", "Map the Litware buying committee", "Book the Fabrikam demo"],
            items.Select(TextOf));
        Assert.Equal(["attention", null, null], items.Select(i => i.Style));
        Assert.Contains("waiting on Litware's org chart", OneOnOneTestbed.Text(card), StringComparison.Ordinal);
        Assert.Contains("the demo is in both calendars", OneOnOneTestbed.Text(card), StringComparison.Ordinal);
        foreach (var item in items)
        {
            var actions = item.Items.OfType<ActionSet>().Single().Actions;
            Assert.Equal(["Done", "New date", "Blocked"], actions.Select(a => a.Title));
            Assert.Equal(CommitmentVerbs.Done, Assert.IsType<ExecuteAction>(actions[0]).Verb);
            Assert.IsType<ShowCardAction>(actions[1]);
            Assert.IsType<ShowCardAction>(actions[2]);
        }
    }

    [Fact]
    public async Task MyCommitments_DonePressedOnTheList_TheItemLeavesTheNextList()
    {
        await using var bed = await SeededAsync();
        var item = await CommitAsync(bed, "Send Contoso the MSA", Now.AddHours(1));
        await CommitAsync(bed, "Book the Fabrikam demo", Now.AddDays(5));
        await bed.SweepAtAsync(Now.AddHours(2));
        var before = await AskAsync(bed);
        var done = (ExecuteAction)Items(before)[0].Items.OfType<ActionSet>().Single().Actions[0];

        var answer = await bed.ExecuteAsync(Rep, done.Verb, done.Data!);
        var after = await AskAsync(bed);

        Assert.Equal(200, ((UniversalActionBody)answer.Body!).StatusCode);
        Assert.Equal(["Book the Fabrikam demo"], Items(after).Select(TextOf));
        Assert.Equal(CommitmentState.Done, (await bed.Commitments.GetAsync(Tenant, item.Id, default))!.State);
    }

    [Fact]
    public async Task MyCommitments_SixtyLongItems_ShowsTheMostUrgentUnder80KbAndSaysHowManyMore()
    {
        await using var bed = await SeededAsync();
        var commitments = bed.Get<CommitmentService>();
        var text = string.Concat(Enumerable.Repeat("Send the redlined MSA and the security questionnaire to Contoso legal. ", 20));
        var criterion = string.Concat(Enumerable.Repeat("Legal confirms receipt in writing and books the signature call. ", 10));
        for (var i = 0; i < 60; i++)
        {
            var item = await CommitAsync(
                bed,
                $"Item {i:D2}: {text}",
                Now.AddHours(1 + i),
                criterion,
                Rep.AadObjectId,
                Manager.AadObjectId);
            await commitments.BlockAsync(Tenant, item.Id, Rep.AadObjectId, new string('b', 2000), default);
        }

        await bed.SweepAtAsync(Now.AddHours(10.5));

        var card = await AskAsync(bed);

        await CardAssert.IsValidForTeamsAsync(parser, card);
        Assert.Equal("Your commitments (60)", Heading(card));
        var items = Items(card);
        Assert.Equal(CommitmentCards.MaxListed, items.Count);
        Assert.StartsWith("Item 00:", TextOf(items[0]), StringComparison.Ordinal);
        Assert.Equal(10, items.Count(i => i.Style == "attention"));
        Assert.Contains(card.Body, e => e is TextBlock { Text: var t } && t.StartsWith("35 more not shown", StringComparison.Ordinal));
    }
}
