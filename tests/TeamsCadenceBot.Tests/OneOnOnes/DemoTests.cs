using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.OneOnOnes.Demo;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

[Collection(OneOnOneFlows.Name)]
public sealed class DemoTests
{
    private const string Playground = DemoTeam.PlaygroundTenantId;
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    // The Agents Playground's own user, as its personal chat sends them.
    private static readonly TeamsUser Alex = new("user-id-0", DemoTeam.Manager.AadObjectId, "Alex Wilber", "a:playground-personal-chat");
    private static readonly string Megan = DemoTeam.Reps[0].AadObjectId;

    private static bool IsAsMegan(AdaptiveCard card) =>
        card.Body.OfType<Container>().Any(c => c.Items.OfType<TextBlock>().Any(t => t.Text.StartsWith("As Megan Bowen:", StringComparison.Ordinal)));

    private static IEnumerable<string> Replies(OneOnOneTestbed bed) =>
        bed.Connector.Calls.Where(c => c.Operation == "send" && c.Activity?.Text is not null).Select(c => c.Activity!.Text!);

    [Fact]
    public async Task FirstPlaygroundMessage_SeedsAlexAsManagerOfFiveRepsWithWeeklyOneOnOnes()
    {
        await using var bed = new OneOnOneTestbed(Now, demo: true);

        await bed.SayAsync(Alex, "help", Playground);
        await bed.SayAsync(Alex, "help", Playground);

        var reps = await bed.People.ListReportsAsync(Playground, Alex.AadObjectId, default);
        Assert.Equal(DemoTeam.Reps.Select(r => r.Name).Order(StringComparer.Ordinal), reps.Select(r => r.DisplayName).Order(StringComparer.Ordinal));
        var schedules = await bed.Store.ListSchedulesOfManagerAsync(Playground, Alex.AadObjectId, default);
        Assert.Equal(5, schedules.Count);
        Assert.All(schedules, s => Assert.Equal(1, s.Version));
    }

    [Fact]
    public async Task FirstPlaygroundMessage_GivesAlexsTeamTheGeneratedQuarterQuota()
    {
        await using var bed = new OneOnOneTestbed(Now, demo: true);

        await bed.SayAsync(Alex, "help", Playground);

        var settings = await bed.Get<TeamSettingsStore>().GetAsync(Playground, Alex.AadObjectId, default);
        var quota = Assert.IsType<TeamQuota>(settings.Quota);
        Assert.True(quota.Amount > 0);
        Assert.True(quota.QuarterStart <= DateOnly.FromDateTime(Now.UtcDateTime));
    }

    [Fact]
    public async Task DemoOneOnOneNow_PromptShownAsMegan_AnsweredFromHerSeat_ThenBriefAndAgenda()
    {
        await using var bed = new OneOnOneTestbed(Now, demo: true);
        await bed.SayAsync(Alex, "demo 1:1 now megan", Playground);

        await bed.SweepAtAsync(Now);
        var prompt = bed.CardsSentTo(Alex).Single(c => Heading(c).StartsWith("Prepare your 1:1", StringComparison.Ordinal));
        var occurrence = (await bed.Store.ListOccurrencesAsync(Playground, Alex.AadObjectId, Megan, null, 5, default)).Single(o => o.IsDemo);
        var answered = await bed.ExecuteAsync(Alex, OneOnOneVerbs.SubmitPrep, new { occurrence = occurrence.Id, @as = Megan, priority1 = "Close Contoso" }, Playground);
        await bed.SweepAtAsync(occurrence.StartsAt.AddMinutes(-1));

        Assert.Contains(Replies(bed), r => r.StartsWith("Demo 1:1 with Megan Bowen", StringComparison.Ordinal));
        Assert.InRange(occurrence.StartsAt - Now, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(7));
        Assert.True(IsAsMegan(prompt));
        Assert.True(IsAsMegan(CardOf(answered)!));
        Assert.Equal("Close Contoso", (await bed.Service.GetAsync(Playground, occurrence.Id, default))!.Prep!.Priorities[0]);
        var headings = bed.CardsSentTo(Alex).Select(Heading).ToList();
        Assert.Contains("Prep brief: your 1:1 with Megan Bowen", headings);
        Assert.Equal(2, headings.Count(h => h.StartsWith("1:1 agenda", StringComparison.Ordinal)));
        Assert.DoesNotContain(headings, h => h.StartsWith("Reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoAsMe_ActionsFromTheRepsCopy_NoLongerActForTheRep()
    {
        await using var bed = new OneOnOneTestbed(Now, demo: true);
        await bed.SayAsync(Alex, "demo 1:1 now megan", Playground);
        var occurrence = (await bed.Store.ListOccurrencesAsync(Playground, Alex.AadObjectId, Megan, null, 5, default)).Single(o => o.IsDemo);

        await bed.SayAsync(Alex, "demo as me", Playground);
        var response = await bed.ExecuteAsync(Alex, OneOnOneVerbs.SubmitPrep, new { occurrence = occurrence.Id, @as = Megan, priority1 = "Close Contoso" }, Playground);

        Assert.Equal(403, ((TeamsCadenceBot.Teams.Hosting.UniversalActionBody)response.Body!).StatusCode);
        Assert.Null((await bed.Service.GetAsync(Playground, occurrence.Id, default))!.Prep);
    }

    [Theory]
    [InlineData(false, "Development")]
    [InlineData(true, "Production")]
    public async Task DemoOff_NoSeedingAndNoDemoCommand(bool enabled, string environment)
    {
        await using var bed = new OneOnOneTestbed(Now, demo: enabled, environment);

        await bed.SayAsync(Alex, "demo 1:1 now", Playground);

        Assert.Contains(Replies(bed), r => r.StartsWith("I didn't understand that", StringComparison.Ordinal));
        Assert.Empty(await bed.People.ListReportsAsync(Playground, Alex.AadObjectId, default));
    }

    [Fact]
    public async Task OtherTenant_IsNotSeeded()
    {
        await using var bed = new OneOnOneTestbed(Now, demo: true);

        await bed.SayAsync(Manager, "help");

        Assert.Empty(await bed.People.ListReportsAsync(Tenant, Manager.AadObjectId, default));
        Assert.Empty(await bed.People.ListReportsAsync(Playground, Alex.AadObjectId, default));
    }
}
