using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.PipelineReviews;

[Collection(OfficialCardParser.Collection)]
public sealed class PipelineReviewEndpointTests(OfficialCardParser parser, ReviewEndpointHost host)
    : IClassFixture<ReviewEndpointHost>
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string ErrorType = "application/vnd.microsoft.error";
    private const int FlaggedPerRep = ReviewEndpointHost.DealsPerRep * 3 / 4;

    private static TeamsUser Manager => ReviewEndpointHost.Manager;

    private static IReadOnlyList<TeamsUser> Reps => ReviewEndpointHost.Reps;

    [Fact]
    public async Task PipelineReview_ManagerInChannelWith2000OpenDeals_EveryTeamPageValidUnder80KBAndEveryRepShown()
    {
        var before = host.Requests.Count;

        using var response = await host.SayInChannelAsync(Manager, "pipeline review");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.PostedSince(before));
        Assert.EndsWith("/activities/" + ActivityIdOf(reply), reply.Path, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(reply.Body), 1, CardAssert.MaxMessageBytes - 1);
        var pages = new List<JsonElement> { reply.Card()!.Value };
        while (CardJson.Execute(pages[^1], "Next page") is { } next)
        {
            pages.Add(CardOf(await host.ExecuteAsync(Manager, Verb(next), Data(next))));
        }

        foreach (var page in pages)
        {
            await CardAssert.IsValidForTeamsAsync(parser, page);
        }

        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal("Pipeline review: Megan Bowen's team", CardJson.Texts(p).First()));
        var repLines = pages.SelectMany(CardJson.Texts)
            .Where(t => t.StartsWith("**Rep ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            Reps.Select(r => $"**{r.Name}**: {ReviewEndpointHost.DealsPerRep} open"),
            repLines.Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TeamNumbers_ManagerPressesItWith2000OpenDeals_EveryPageValidUnder80KBWithEveryRep()
    {
        var before = host.Requests.Count;
        using var response = await host.SayInChannelAsync(Manager, "pipeline review");
        var card = Assert.Single(host.PostedSince(before)).Card()!.Value;
        var press = CardJson.Execute(card, "Team numbers")!.Value;

        var pages = new List<JsonElement> { CardOf(await host.ExecuteAsync(Manager, Verb(press), Data(press))) };
        while (CardJson.Execute(pages[^1], "Next page") is { } next)
        {
            pages.Add(CardOf(await host.ExecuteAsync(Manager, Verb(next), Data(next))));
        }

        foreach (var page in pages)
        {
            await CardAssert.IsValidForTeamsAsync(parser, page);
        }

        Assert.Equal(PipelineReviewVerbs.Numbers, Verb(press));
        Assert.All(pages, p => Assert.Equal("Team numbers: Megan Bowen's team", CardJson.Texts(p).First()));
        var texts = pages.SelectMany(CardJson.Texts).ToList();
        Assert.Equal(Reps.Select(r => r.Name), texts.Where(t => t.StartsWith("Rep ", StringComparison.Ordinal)));
        Assert.Contains("By deal size", texts);
        Assert.Contains("By source", texts);
        Assert.Contains(
            texts,
            t => t == $"{ReviewEndpointHost.DealsPerRep} · " + Format.Money(Enumerable.Range(0, ReviewEndpointHost.DealsPerRep)
                .Sum(i => 20_000m + i * 3_750m)));
    }

    [Fact]
    public async Task TeamNumbers_RepPressesIt_RefusedAndNoCard()
    {
        var before = host.Requests.Count;

        var answer = await host.ExecuteAsync(
            Reps[1],
            PipelineReviewVerbs.Numbers,
            new JsonObject { ["managerId"] = Manager.AadObjectId, ["page"] = 0 });

        Assert.Equal((403, ErrorType), StatusOf(answer));
        Assert.Empty(host.PostedSince(before));
    }

    [Fact]
    public async Task PipelineReview_ManagerMentionsRep_EveryRepPageValidAndEveryFlaggedDealListedOnce()
    {
        var before = host.Requests.Count;

        using var response = await host.SayInChannelAsync(Manager, "pipeline review", Reps[0]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.PostedSince(before));
        var pages = new List<JsonElement> { reply.Card()!.Value };
        while (CardJson.Execute(pages[^1], "Next page") is { } next)
        {
            pages.Add(CardOf(await host.ExecuteAsync(Manager, Verb(next), Data(next))));
        }

        foreach (var page in pages)
        {
            await CardAssert.IsValidForTeamsAsync(parser, page);
        }

        Assert.All(pages, p => Assert.Equal("Pipeline review: Rep 01", CardJson.Texts(p).First()));
        var listed = pages.SelectMany(CardJson.Texts)
            .Where(t => t.StartsWith("**Fabrikam", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(FlaggedPerRep, listed.Count);
        Assert.Equal(FlaggedPerRep, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(FlaggedPerRep, pages.Sum(p => CardJson.ShowCards(p, "Plan recovery").Count()));
    }

    [Theory]
    [InlineData(-1, "A pipeline review covers your reps, and you have none yet.")]
    [InlineData(0, "Only Megan Bowen and the leaders above them can run or open this pipeline review.")]
    [InlineData(2, "Only Rep 03's manager and the leaders above them can open Rep 03's review")]
    public async Task PipelineReview_RepAsksForTheirOwnTeamTheManagersOrAPeers_RefusedWithTextAndNoCard(
        int mentionedRep,
        string refusal)
    {
        TeamsUser[] mentioned = mentionedRep switch
        {
            -1 => [],
            0 => [Manager],
            _ => [Reps[mentionedRep]],
        };
        var before = host.Requests.Count;

        using var response = await host.SayInChannelAsync(Reps[1], "pipeline review", mentioned);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.PostedSince(before));
        Assert.Null(reply.Card());
        Assert.StartsWith(refusal, reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextPage_RepPressesIt_RefusedAndNoCard()
    {
        var before = host.Requests.Count;

        var answer = await host.ExecuteAsync(
            Reps[1],
            PipelineReviewVerbs.Page,
            new JsonObject { ["managerId"] = Manager.AadObjectId, ["page"] = 1 });

        Assert.Equal((403, ErrorType), StatusOf(answer));
        Assert.Empty(host.PostedSince(before));
    }

    [Fact]
    public async Task PlanRecovery_ManagerRecordsIt_CommitmentForTheOwnerDueWithinSevenDays()
    {
        var owner = Reps[2];
        var repCard = CardOf(await host.ExecuteAsync(
            Manager,
            PipelineReviewVerbs.Rep,
            new JsonObject { ["repId"] = owner.AadObjectId, ["page"] = 0 }));
        var (verb, data) = CardJson.Press(CardJson.ShowCards(repCard, "Plan recovery").First());

        var answer = await host.ExecuteAsync(Manager, verb, data);

        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.StartsWith(
            "Recovery plan recorded for Rep 03 on Fabrikam",
            answer.GetProperty("value").GetString(),
            StringComparison.Ordinal);
        var plan = Assert.Single(await host.CommitmentsOfAsync(owner));
        Assert.Equal(CommitmentOriginKind.PipelineReview, plan.Origin.Kind);
        Assert.Equal(Manager.AadObjectId, plan.CreatedBy);
        Assert.InRange(plan.DueAt, host.Clock.GetUtcNow(), host.Clock.GetUtcNow().AddDays(8));
        var dealId = data["dealId"]!.GetValue<string>();
        Assert.Equal(data[PipelineReviewVerbs.TextInput(dealId)]!.GetValue<string>(), plan.Text);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task PlanRecovery_PeerOrTheOwnerThemselves_RefusedAndNoCommitment(int actor)
    {
        var owner = Reps[4];
        var repCard = CardOf(await host.ExecuteAsync(
            Manager,
            PipelineReviewVerbs.Rep,
            new JsonObject { ["repId"] = owner.AadObjectId, ["page"] = 0 }));
        var (verb, data) = CardJson.Press(CardJson.ShowCards(repCard, "Plan recovery").First());

        var answer = await host.ExecuteAsync(Reps[actor], verb, data);

        Assert.Equal((403, ErrorType), StatusOf(answer));
        Assert.StartsWith(
            "Only Rep 05's manager and the leaders above them",
            answer.GetProperty("value").GetProperty("message").GetString(),
            StringComparison.Ordinal);
        Assert.Empty(await host.CommitmentsOfAsync(owner));
    }

    private static JsonElement CardOf(JsonElement invokeAnswer)
    {
        Assert.Equal((200, CardType), StatusOf(invokeAnswer));
        return invokeAnswer.GetProperty("value");
    }

    private static string ActivityIdOf(ConnectorRequest reply)
    {
        using var document = JsonDocument.Parse(reply.Body);
        return document.RootElement.GetProperty("replyToId").GetString()!;
    }

    private static string Verb(JsonElement action) => action.GetProperty("verb").GetString()!;

    private static JsonObject Data(JsonElement action) =>
        JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();

    private static (int Status, string? Type) StatusOf(JsonElement answer) =>
        (answer.GetProperty("statusCode").GetInt32(), answer.GetProperty("type").GetString());
}
