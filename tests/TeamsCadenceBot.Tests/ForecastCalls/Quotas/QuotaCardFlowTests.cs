using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.OneOnOnes;
using static TeamsCadenceBot.Tests.ForecastCalls.Quotas.QuotaTestbed;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class QuotaCardFlowTests
{
    // Thursday 3 December 2026: in Q1 of a fiscal year that starts in October (FY2027).
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private static readonly ForecastPeriod Q1 = ForecastPeriod.Of(2027, 1, 10);

    private static async Task<QuotaTestbed> SeededAsync()
    {
        var bed = new QuotaTestbed(Now);
        await bed.SeedOrgAsync();
        return bed;
    }

    private static QuotaSheetData Sheet(TeamsUser manager, ForecastPeriod period) =>
        new(manager.AadObjectId, period.Key);

    private static Dictionary<string, object?> SaveData(
        ForecastPeriod period,
        params (TeamsUser Rep, string Typed)[] fields)
    {
        var data = new Dictionary<string, object?> { ["managerId"] = Manager.AadObjectId, ["period"] = period.Key };
        foreach (var (rep, typed) in fields)
        {
            data[QuotaVerbs.Input(rep.AadObjectId)] = typed;
        }

        return data;
    }

    private static NumberInput Field(AdaptiveCard card, TeamsUser rep) =>
        card.Body.OfType<NumberInput>().Single(i => i.Id == QuotaVerbs.Input(rep.AadObjectId));

    private static UniversalActionError ErrorOf(InvokeResponse response, int statusCode)
    {
        var body = Assert.IsType<UniversalActionBody>(response.Body);
        Assert.Equal(statusCode, body.StatusCode);
        return Assert.IsType<UniversalActionError>(body.Value);
    }

    [Fact]
    public async Task Quotas_ManagerInPersonalChat_CardOfTheCurrentFiscalQuarterWithEachRepsQuota()
    {
        await using var bed = await SeededAsync();
        await bed.SetQuotaAsync(Rep, Q1, 250_000m, "import:q1.csv");

        await bed.SayAsync(Manager, "quotas");

        var card = bed.LastCard();
        Assert.Equal("Quotas: Alice Rivera's team, Q1 FY2027", OneOnOneTestbed.Heading(card));
        Assert.Equal(("Bob Chen", 250_000d), (Field(card, Rep).Label, Field(card, Rep).Value));
        Assert.Equal(("Erin Rep", (double?)null), (Field(card, SecondRep).Label, Field(card, SecondRep).Value));
        var save = card.Actions!.OfType<ExecuteAction>().First();
        Assert.Equal((QuotaVerbs.Save, Sheet(Manager, Q1)), (save.Verb, save.Data));
    }

    [Fact]
    public async Task Quotas_NamedPeriod_ShowsThatQuarter()
    {
        await using var bed = await SeededAsync();

        await bed.SayAsync(Manager, "quotas next quarter");

        Assert.Equal("Quotas: Alice Rivera's team, Q2 FY2027", OneOnOneTestbed.Heading(bed.LastCard()));
    }

    [Fact]
    public async Task Quotas_UnreadablePeriod_SaysWhichFormsWork()
    {
        await using var bed = await SeededAsync();

        await bed.SayAsync(Manager, "quotas someday");

        Assert.Equal($"\"someday\" is not a quarter I can read. {ForecastPeriod.Forms}", bed.LastText());
    }

    [Fact]
    public async Task Quotas_SomeoneWithoutReps_ToldToSetUpATeam()
    {
        await using var bed = await SeededAsync();

        await bed.SayAsync(Rep, "quotas");

        Assert.Equal(QuotaRules.NoTeam, bed.LastText());
    }

    [Fact]
    public async Task Quotas_InAChannel_PostsAClosedCardThatOpensForTheManagerOnly()
    {
        await using var bed = await SeededAsync();
        await bed.SetQuotaAsync(Rep, Q1, 250_000m, "import:q1.csv");

        await bed.SayInChannelAsync(Manager, "quotas");

        var card = bed.LastCard();
        Assert.Empty(card.Body.OfType<NumberInput>());
        Assert.DoesNotContain("250", OneOnOneTestbed.Text(card), StringComparison.Ordinal);
        var refresh = Assert.IsType<ExecuteAction>(card.Refresh!.Action);
        Assert.Equal((QuotaVerbs.Show, Sheet(Manager, Q1)), (refresh.Verb, refresh.Data));
        Assert.Equal([Manager.Id], card.Refresh.UserIds);
    }

    [Fact]
    public async Task Show_TheManagerOpensTheClosedCard_GetsTheSheet()
    {
        await using var bed = await SeededAsync();

        var response = await bed.ExecuteAsync(Manager, QuotaVerbs.Show, Sheet(Manager, Q1));

        Assert.Equal(2, OneOnOneTestbed.CardOf(response)!.Body.OfType<NumberInput>().Count());
    }

    [Fact]
    public async Task Save_ByTheManager_StoresTheQuotasAndTheCardComesBackUpdated()
    {
        await using var bed = await SeededAsync();
        await bed.SetQuotaAsync(SecondRep, Q1, 90_000m, "import:q1.csv");

        var data = SaveData(Q1, (Rep, "250,000"), (SecondRep, "90000"));

        var response = await bed.ExecuteAsync(Manager, QuotaVerbs.Save, data);

        var card = OneOnOneTestbed.CardOf(response)!;
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text == "Saved 1 quota.");
        Assert.Equal((250_000d, 90_000d), (Field(card, Rep).Value, Field(card, SecondRep).Value));
        var stored = await bed.Quotas.GetQuotasAsync(Tenant, Q1, [Rep.AadObjectId, SecondRep.AadObjectId], default);
        Assert.Equal(
            new RepQuota(Rep.AadObjectId, Q1.Key, 250_000m, Manager.AadObjectId, Now),
            stored[Rep.AadObjectId]);
        Assert.Equal("import:q1.csv", stored[SecondRep.AadObjectId].SetBy);
    }

    [Fact]
    public async Task Save_EmptyField_KeepsTheStoredQuota()
    {
        await using var bed = await SeededAsync();
        await bed.SetQuotaAsync(Rep, Q1, 100m, "import:q1.csv");

        await bed.ExecuteAsync(Manager, QuotaVerbs.Save, SaveData(Q1, (Rep, ""), (SecondRep, "5")));

        Assert.Equal(100m, await bed.QuotaAsync(Rep, Q1));
        Assert.Equal(5m, await bed.QuotaAsync(SecondRep, Q1));
    }

    [Theory]
    [InlineData("-5000", "Erin Rep's quota cannot be negative (-5000). Nothing was saved.")]
    [InlineData("lots", "Erin Rep's quota \"lots\" is not a number. Nothing was saved.")]
    public async Task Save_BadAmount_RefusedNamingTheRepAndNothingSaved(string typed, string message)
    {
        await using var bed = await SeededAsync();

        var data = SaveData(Q1, (Rep, "250000"), (SecondRep, typed));

        var response = await bed.ExecuteAsync(Manager, QuotaVerbs.Save, data);

        Assert.Equal(message, ErrorOf(response, 400).Message);
        Assert.Null(await bed.QuotaAsync(Rep, Q1));
        Assert.Null(await bed.QuotaAsync(SecondRep, Q1));
    }

    [Fact]
    public async Task Save_ByARepOfTheTeam_RefusedAndNothingChanged()
    {
        await using var bed = await SeededAsync();

        var response = await bed.ExecuteAsync(Rep, QuotaVerbs.Save, SaveData(Q1, (Rep, "1")));

        Assert.Equal(
            "Only Alice Rivera and the leaders above them can see or set the quotas of Alice Rivera's reps.",
            ErrorOf(response, 403).Message);
        Assert.Null(await bed.QuotaAsync(Rep, Q1));
    }

    [Fact]
    public async Task Show_ByAnOutsider_Refused()
    {
        await using var bed = await SeededAsync();

        var response = await bed.ExecuteAsync(Outsider, QuotaVerbs.Show, Sheet(Manager, Q1));

        Assert.Equal(403, Assert.IsType<UniversalActionBody>(response.Body).StatusCode);
    }

    [Fact]
    public async Task Quotas_ByTheLeader_OffersTheTeamBelowWhoseSheetTheLeaderMaySet()
    {
        await using var bed = await SeededAsync();
        await bed.SayAsync(Leader, "quotas");
        var open = CardWalkActions(bed.LastCard()).Single(a => a.Title == "Alice Rivera's team");

        var team = await bed.ExecuteAsync(Leader, QuotaVerbs.Show, open.Data!);
        var saved = await bed.ExecuteAsync(Leader, QuotaVerbs.Save, SaveData(Q1, (Rep, "70000")));

        Assert.Equal("Quotas: Alice Rivera's team, Q1 FY2027", OneOnOneTestbed.Heading(OneOnOneTestbed.CardOf(team)!));
        Assert.NotNull(OneOnOneTestbed.CardOf(saved));
        Assert.Equal(70_000m, await bed.QuotaAsync(Rep, Q1));
    }

    [Fact]
    public async Task Show_OtherQuarter_ReadsThatQuartersQuotas()
    {
        await using var bed = await SeededAsync();
        await bed.SetQuotaAsync(Rep, Q1.Next(), 1m, "import:q2.csv");
        await bed.SayAsync(Manager, "quotas");
        var next = bed.LastCard().Actions!.OfType<ExecuteAction>().Single(a => a.Title == "Next quarter");

        var response = await bed.ExecuteAsync(Manager, next.Verb, next.Data!);

        Assert.Equal(1d, Field(OneOnOneTestbed.CardOf(response)!, Rep).Value);
    }

    private static IEnumerable<ExecuteAction> CardWalkActions(AdaptiveCard card) =>
        card.Body.OfType<ActionSet>().SelectMany(s => s.Actions).Concat(card.Actions ?? []).OfType<ExecuteAction>();
}
