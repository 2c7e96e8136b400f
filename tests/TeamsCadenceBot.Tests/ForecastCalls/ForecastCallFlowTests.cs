using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastDeals;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastTestbed;

namespace TeamsCadenceBot.Tests.ForecastCalls;

[Collection(OfficialCardParser.Collection)]
public sealed class ForecastCallFlowTests(OfficialCardParser parser)
{
    // Thursday 3 December 2026, in ISO week 49 of the calendar Q4 2026.
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static async Task<ForecastTestbed> TeamAsync()
    {
        var bed = new ForecastTestbed(Start);
        await bed.SeedOrgAsync();
        bed.InChannel(Manager, ForecastTestbed.Rep, Peer, Leader, Outsider);
        await bed.ImportAsync(
            Won("A0", 30_000m, ForecastTestbed.Rep),
            Deal("A1", ForecastCategory.Commit, 120_000m, owner: ForecastTestbed.Rep) with { Name = "Contoso renewal" },
            Deal("A2", ForecastCategory.BestCase, 50_000m, owner: ForecastTestbed.Rep),
            Deal("A3", ForecastCategory.Pipeline, 200_000m, DealStage.Discovery, ForecastTestbed.Rep),
            Deal("L1", ForecastCategory.Commit, 90_000m, owner: Peer) with { Name = "Fabrikam rollout" },
            Deal("I1", ForecastCategory.Commit, 70_000m, owner: OtherRep));
        await bed.SetQuotaAsync(ForecastTestbed.Rep, 300_000m);
        return bed;
    }

    private static Dictionary<string, object> Submission(
        ForecastCardData call,
        decimal commit,
        decimal bestCase,
        decimal pipeline,
        bool signed) =>
        new()
        {
            ["managerId"] = call.ManagerId,
            ["period"] = call.Period,
            ["callId"] = call.CallId,
            ["deals"] = new[] { "A1" },
            [ForecastVerbs.CommitInput] = Amount(commit),
            [ForecastVerbs.BestCaseInput] = Amount(bestCase),
            [ForecastVerbs.PipelineInput] = Amount(pipeline),
            [ForecastVerbs.PaperInput(0)] = signed ? "true" : "false",
            [ForecastVerbs.MeetingInput(0)] = "",
        };

    private static Task<Teams.Hosting.InvokeResponse> SubmitAsync(
        ForecastTestbed bed,
        string actor,
        ForecastCardData call,
        decimal commit,
        decimal bestCase,
        decimal pipeline,
        bool signed) =>
        bed.ActAsync(actor, ForecastVerbs.Submit, Submission(call, commit, bestCase, pipeline, signed));

    private static Dictionary<string, object> ManagerCalls(
        ForecastCardData call,
        params (string Rep, string Value)[] calls)
    {
        var data = new Dictionary<string, object>
        {
            ["managerId"] = call.ManagerId,
            ["period"] = call.Period,
            ["callId"] = call.CallId,
            ["reps"] = calls.Select(c => c.Rep).ToArray(),
        };
        for (var i = 0; i < calls.Length; i++)
        {
            data[ForecastVerbs.ManagerCallInput(i)] = calls[i].Value;
        }

        return data;
    }

    private static string Amount(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Forecast_ManagerInChannel_PostsOneCardThatRefreshesForTheTeamAndLeaders()
    {
        var bed = await TeamAsync();

        await bed.TypeForecastAsync(Manager);

        var card = Assert.Single(bed.Connector.Posted).Card!;
        Assert.Equal("Forecast call: Q4 FY2026, Megan Bowen's team", card.Body.OfType<TextBlock>().First().Text);
        Assert.Equal(
            [TeamsId(Manager), TeamsId(Leader), TeamsId(ForecastTestbed.Rep), TeamsId(Peer)],
            card.Refresh!.UserIds);
        Assert.DoesNotMatch(@"\d+K", TextOf(card));
        var call = bed.PostedCall();
        Assert.Equal((Manager, "FY2026-Q4"), (call.ManagerId, call.Period));
        var kept = await bed.Store.GetPeriodAsync(Tenant, Manager, "FY2026-Q4", default);
        Assert.Equal(2, kept.Snapshots.Count);
        Assert.NotNull(kept.LatestCall!.ActivityId);
        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task Forecast_TypedByARep_IsRefusedAndKeepsNothing()
    {
        var bed = await TeamAsync();

        await bed.TypeForecastAsync(ForecastTestbed.Rep);

        Assert.Equal(ForecastAccess.NoTeam, Assert.Single(bed.Connector.Sent).Text);
        Assert.Empty((await bed.Store.GetPeriodAsync(Tenant, ForecastTestbed.Rep, "FY2026-Q4", default)).Calls);
    }

    [Fact]
    public async Task Forecast_UnknownPeriod_SaysWhichFormsWork()
    {
        var bed = await TeamAsync();

        await bed.TypeForecastAsync(Manager, "someday");

        Assert.Contains(ForecastPeriod.Forms, Assert.Single(bed.Connector.Sent).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forecast_NamedQuarter_IsThatQuarter()
    {
        var bed = await TeamAsync();

        await bed.TypeForecastAsync(Manager, "next quarter");

        Assert.Equal("FY2027-Q1", bed.PostedCall().Period);
    }

    [Fact]
    public async Task Forecast_RepNotInChannel_GetsTheFormInPersonalChat()
    {
        var bed = await TeamAsync();
        bed.InChannel(Manager, ForecastTestbed.Rep);

        await bed.TypeForecastAsync(Manager);

        var call = bed.PostedCall();
        var key = $"{ForecastLauncher.FormKind}:{Manager}:{call.Period}:{call.CallId}:{Peer}";
        var queued = await bed.Outbox.GetAsync(Tenant, key, default);
        Assert.NotNull(queued);
        Assert.Equal(Peer, queued.Message.Target.PersonId);
        var form = (System.Text.Json.JsonElement)queued.Message.Activity.Attachments![0].Content!;
        Assert.Equal("Your forecast call: Q4 FY2026", form.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("Fabrikam rollout", form.GetRawText(), StringComparison.Ordinal);
        var userIds = form.GetProperty("refresh").GetProperty("userIds").EnumerateArray();
        Assert.Equal(TeamsId(Peer), Assert.Single(userIds).GetString());
        var alexKey = $"{ForecastLauncher.FormKind}:{Manager}:{call.Period}:{call.CallId}:{ForecastTestbed.Rep}";
        Assert.Null(await bed.Outbox.GetAsync(Tenant, alexKey, default));
        await CardAssert.IsValidForTeamsAsync(parser, form);
    }

    [Fact]
    public async Task View_Rep_SeesOnlyTheirOwnDealsAndTheForm()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);

        var card = CardOf(await bed.ViewAsync(ForecastTestbed.Rep));

        var text = TextOf(card);
        Assert.Equal("Your forecast call: Q4 FY2026", card.Body.OfType<TextBlock>().First().Text);
        Assert.Contains("Contoso renewal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fabrikam", text, StringComparison.Ordinal);
        Assert.Contains(ForecastVerbs.PaperInput(0), text, StringComparison.Ordinal);
        Assert.Equal(ForecastVerbs.Submit, ((ExecuteAction)card.Actions![0]).Verb);
        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task View_Manager_SeesEveryRepWithQuotaCoverageAndFlags()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);

        var card = CardOf(await bed.ViewAsync(Manager));

        var text = TextOf(card);
        Assert.Contains("Alex Wilber", text, StringComparison.Ordinal);
        Assert.Contains("Lee Gu", text, StringComparison.Ordinal);
        Assert.Contains("no quota set", text, StringComparison.Ordinal);
        Assert.Contains(
            "Coverage 1.4x: open pipeline 370K against 270K of quota left, under 3x.",
            text,
            StringComparison.Ordinal);
        Assert.Contains("no history yet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Isaiah", text, StringComparison.Ordinal);
        Assert.Equal(ForecastVerbs.ManagerCalls, ((ExecuteAction)card.Actions![0]).Verb);
        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task View_Leader_SeesTheRollupOfEachOfTheirManagers()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);

        var card = CardOf(await bed.ViewAsync(Leader));

        var text = TextOf(card);
        Assert.Equal("Forecast: Q4 FY2026, Diego Siciliani's managers", card.Body.OfType<TextBlock>().First().Text);
        Assert.Contains("Megan Bowen's team: 0 of 2 reps have called", text, StringComparison.Ordinal);
        Assert.Contains("Nestor Wilke's team: 0 of 1 reps have called", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso renewal", text, StringComparison.Ordinal);
        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task View_Outsider_IsToldTheyAreNotPartOfItWithoutNumbers()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);

        var card = CardOf(await bed.ViewAsync(Outsider));

        var text = TextOf(card);
        Assert.Contains("You're not part of this forecast.", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d+K", text);
        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task Submit_ConsistentCall_IsKeptAndWrittenIntoTheSnapshot()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        var call = bed.PostedCall();

        var response = await SubmitAsync(bed, ForecastTestbed.Rep, call, 160_000m, 200_000m, 400_000m, true);

        var card = CardOf(response);
        var notice = "Your call is in: commit 160K, best case 200K, pipeline 400K.";
        Assert.Contains(notice, TextOf(card), StringComparison.Ordinal);
        var kept = await bed.Store.GetPeriodAsync(Tenant, Manager, call.Period, default);
        var submission = Assert.Single(kept.Submissions);
        Assert.Equal(new CallFigures(160_000m, 200_000m, 400_000m), submission.Figures);
        Assert.True(Assert.Single(submission.Evidence).SignedPaper);
        Assert.Equal(160_000m, kept.Snapshots.Single(s => s.RepId == ForecastTestbed.Rep).Commit);
        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task Submit_CommitDealWithoutEvidence_IsRefusedWithTheReasonAndKeepsNothing()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        var call = bed.PostedCall();

        var response = await SubmitAsync(bed, ForecastTestbed.Rep, call, 160_000m, 100_000m, 400_000m, false);

        var body = BodyOf(response);
        Assert.Equal(400, body.StatusCode);
        var message = ((Teams.Hosting.UniversalActionError)body.Value).Message;
        Assert.Contains("Best case includes commit", message, StringComparison.Ordinal);
        Assert.Contains("Contoso renewal is in commit without evidence", message, StringComparison.Ordinal);
        Assert.Empty((await bed.Store.GetPeriodAsync(Tenant, Manager, call.Period, default)).Submissions);
    }

    [Theory]
    [InlineData(Manager)]
    [InlineData(Leader)]
    [InlineData(Outsider)]
    public async Task Submit_SomeoneNotARep_IsRefusedAndChangesNothing(string actor)
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        var call = bed.PostedCall();

        var response = await SubmitAsync(bed, actor, call, 160_000m, 200_000m, 400_000m, true);

        var body = BodyOf(response);
        Assert.Equal(403, body.StatusCode);
        Assert.Equal(ForecastAccess.OnlyReps("Megan Bowen"), ((Teams.Hosting.UniversalActionError)body.Value).Message);
        Assert.Empty((await bed.Store.GetPeriodAsync(Tenant, Manager, call.Period, default)).Submissions);
    }

    [Theory]
    [InlineData(ForecastTestbed.Rep)]
    [InlineData(Leader)]
    public async Task ManagerCalls_SomeoneNotTheManager_IsRefusedAndChangesNothing(string actor)
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        var call = bed.PostedCall();

        var response = await bed.ActAsync(
            actor,
            ForecastVerbs.ManagerCalls,
            ManagerCalls(call, (ForecastTestbed.Rep, "1")));

        Assert.Equal(403, BodyOf(response).StatusCode);
        Assert.Empty((await bed.Store.GetPeriodAsync(Tenant, Manager, call.Period, default)).ManagerCalls);
    }

    [Fact]
    public async Task ManagerCalls_SetByTheManager_ShowTheGapAgainstTheRepsCall()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        var call = bed.PostedCall();
        await SubmitAsync(bed, ForecastTestbed.Rep, call, 160_000m, 200_000m, 400_000m, true);

        var response = await bed.ActAsync(
            Manager,
            ForecastVerbs.ManagerCalls,
            ManagerCalls(call, (ForecastTestbed.Rep, "140000"), (Peer, "")));

        var text = TextOf(CardOf(response));
        Assert.Contains("Saved your call for Alex Wilber: 140K.", text, StringComparison.Ordinal);
        Assert.Contains("you call 20K below the rep", text, StringComparison.Ordinal);
        var kept = await bed.Store.GetPeriodAsync(Tenant, Manager, call.Period, default);
        Assert.Equal(140_000m, Assert.Single(kept.ManagerCalls).Value.Amount);
        Assert.Equal(140_000m, kept.Snapshots.Single(s => s.RepId == ForecastTestbed.Rep).ManagerCall);
    }

    [Fact]
    public async Task ManagerCalls_NegativeAmount_IsRefusedAndSavesNone()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        var call = bed.PostedCall();

        var response = await bed.ActAsync(
            Manager,
            ForecastVerbs.ManagerCalls,
            ManagerCalls(call, (ForecastTestbed.Rep, "5"), (Peer, "-5")));

        Assert.Equal(400, BodyOf(response).StatusCode);
        Assert.Empty((await bed.Store.GetPeriodAsync(Tenant, Manager, call.Period, default)).ManagerCalls);
    }

    [Fact]
    public async Task Submit_AWeekApart_KeepsBothAndShowsTheChange()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        await SubmitAsync(bed, ForecastTestbed.Rep, bed.PostedCall(), 150_000m, 200_000m, 400_000m, true);
        bed.Clock.Advance(TimeSpan.FromDays(7));
        await bed.TypeForecastAsync(Manager);

        await SubmitAsync(bed, ForecastTestbed.Rep, bed.PostedCall(), 170_000m, 200_000m, 400_000m, true);

        var kept = await bed.Store.GetPeriodAsync(Tenant, Manager, "FY2026-Q4", default);
        Assert.Equal([Start, Start.AddDays(7)], kept.Submissions.Select(s => s.At));
        Assert.Equal(2, kept.Calls.Count);
        Assert.Equal(
            [150_000m, 170_000m],
            kept.Calls.Select(c => kept.Snapshots.Single(s => s.CallId == c.CallId && s.RepId == ForecastTestbed.Rep))
                .Select(s => s.Commit));
        var manager = TextOf(CardOf(await bed.ViewAsync(Manager)));
        var change = "commit 170K, best case 200K, pipeline 400K (+20K since last week)";
        Assert.Contains(change, manager, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FromTheReminderByTheManager_LaunchesAsIfTyped()
    {
        var bed = await TeamAsync();

        var response = await bed.ActAsync(Manager, ForecastVerbs.Start, new { period = "FY2027-Q1" });

        Assert.Equal("The forecast call for Q1 FY2027 is posted in this channel.", (string)BodyOf(response).Value);
        Assert.Equal("FY2027-Q1", bed.PostedCall().Period);
        Assert.Single((await bed.Store.GetPeriodAsync(Tenant, Manager, "FY2027-Q1", default)).Calls);
    }

    [Fact]
    public async Task Start_FromTheReminderByARep_IsRefusedAndPostsNothing()
    {
        var bed = await TeamAsync();

        var response = await bed.ActAsync(ForecastTestbed.Rep, ForecastVerbs.Start, new { period = "FY2027-Q1" });

        Assert.Equal(403, BodyOf(response).StatusCode);
        Assert.Empty(bed.Connector.Posted);
    }

    [Fact]
    public async Task Start_FromAPersonalChat_IsRefusedBecauseCallsRunInAChannel()
    {
        var bed = await TeamAsync();

        var response = await bed.ActAsync(
            Manager,
            ForecastVerbs.Start,
            new { period = "FY2027-Q1" },
            Teams.Activities.ConversationScope.Personal);

        var error = (Teams.Hosting.UniversalActionError)BodyOf(response).Value;
        Assert.Contains("run in a team channel", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Connector.Posted);
    }

    [Fact]
    public async Task View_UnknownCall_IsOutOfDate()
    {
        var bed = await TeamAsync();

        var unknown = new ForecastCardData(Manager, "FY2026-Q4", "nope");

        var response = await bed.ActAsync(Manager, ForecastVerbs.View, unknown);

        var error = (Teams.Hosting.UniversalActionError)BodyOf(response).Value;
        Assert.Equal(ForecastActionHandler.OutOfDate, error.Message);
    }

    [Fact]
    public async Task Forecast_NextPeriodAfterClose_MeasuresAccuracyAndCalibrates()
    {
        var bed = await TeamAsync();
        await bed.TypeForecastAsync(Manager);
        await SubmitAsync(bed, ForecastTestbed.Rep, bed.PostedCall(), 150_000m, 200_000m, 400_000m, true);
        bed.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await bed.ImportAsync(
            Won("A0", 30_000m, ForecastTestbed.Rep),
            Won("A1", 120_000m, ForecastTestbed.Rep),
            Deal("N1", ForecastCategory.Commit, 100_000m, owner: ForecastTestbed.Rep) with
            {
                CloseDate = new DateOnly(2027, 2, 1),
            });

        await bed.TypeForecastAsync(Manager);

        var results = await bed.Store.ListResultsAsync(Tenant, Manager, default);
        var result = Assert.Single(results);
        Assert.Equal("FY2026-Q4", result.PeriodKey);
        var alex = result.Reps.Single(r => r.RepId == ForecastTestbed.Rep);
        Assert.Equal((150_000m, 150_000m, 1m), (alex.Won, alex.FinalCommit, alex.Accuracy));
        var manager = TextOf(CardOf(await bed.ViewAsync(Manager)));
        Assert.Contains("Last period (FY2026-Q4): team commit accuracy", manager, StringComparison.Ordinal);
        Assert.Contains("past calls landed at 100% over 1 period", manager, StringComparison.Ordinal);
    }
}
