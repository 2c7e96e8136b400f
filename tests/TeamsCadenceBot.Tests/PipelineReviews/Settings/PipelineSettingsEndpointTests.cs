using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.PipelineReviews.Settings;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.PipelineReviews.Settings;

[Collection(OfficialCardParser.Collection)]
public sealed class PipelineSettingsEndpointTests(OfficialCardParser parser, ReviewEndpointHost host)
    : IClassFixture<ReviewEndpointHost>
{
    private static TeamsUser Manager => ReviewEndpointHost.Manager;

    private static TeamsUser Rep => ReviewEndpointHost.Reps[0];

    private TeamSettingsStore Store => host.Services.GetRequiredService<TeamSettingsStore>();

    [Fact]
    public async Task Save_ManagerRaisesTheStallAndAlertMarks_StoredAndTheNextReviewFlagsNoStall()
    {
        var before = await StalledLinesAsync();
        var card = await SettingsCardAsync(Manager);

        var answer = await host.ExecuteAsync(
            Manager,
            PipelineSettingsVerbs.Save,
            CardJson.Press(card, "Save", ("stalledAfterDays", "365"), ("alertAfterDays", "364")));

        var saved = CardOf(answer);
        await CardAssert.IsValidForTeamsAsync(parser, saved);
        Assert.Contains(
            "Saved 2 changes: Stalled: no activity for; Alert: no activity for. Reviews use them from now on.",
            CardJson.Texts(saved));
        var stored = await ThresholdsAsync();
        Assert.Equal((365, 364), (stored.StalledAfterDays, stored.AlertAfterDays));
        Assert.NotEmpty(before);
        Assert.Empty(await StalledLinesAsync());
    }

    [Fact]
    public async Task Save_BadValue_RefusedNamingTheFieldAndNothingSaved()
    {
        var card = await SettingsCardAsync(Manager);
        var version = await VersionAsync();

        var answer = await host.ExecuteAsync(
            Manager,
            PipelineSettingsVerbs.Save,
            CardJson.Press(card, "Save", ("closeDatePushLimit", "5"), ("agingAfterDays", "0")));

        Assert.Equal((400, "BadSetting"), ErrorOf(answer));
        Assert.Equal(
            "Nothing was saved. **Aging: a deal is old after** must be a whole number of days from 1 to 730, "
                + "not \"0\".",
            answer.GetProperty("value").GetProperty("message").GetString());
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task Save_FromACardOlderThanTheStoredSettings_NothingSavedAndTheCurrentSettingsShown()
    {
        var older = await SettingsCardAsync(Manager);
        var newer = await SettingsCardAsync(Manager);
        await SaveAsync(Manager, newer, ("closeDatePushLimit", "5"));

        var answer = await host.ExecuteAsync(
            Manager,
            PipelineSettingsVerbs.Save,
            CardJson.Press(older, "Save", ("closeDatePushLimit", "7")));

        var current = CardOf(answer);
        Assert.Contains(
            CardJson.Texts(current),
            t => t.StartsWith("Someone changed these settings", StringComparison.Ordinal));
        Assert.Equal(5, (await ThresholdsAsync()).CloseDatePushLimit);
        var shown = CardJson.Objects(current)
            .Single(o => o.TryGetProperty("id", out var id) && id.GetString() == "closeDatePushLimit");
        Assert.Equal(5, shown.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task PipelineSettings_RepMentionsTheirManager_RefusedWithTextAndNoCard()
    {
        var before = host.Requests.Count;

        await host.SayInChannelAsync(Rep, "pipeline settings", Manager);

        var reply = Assert.Single(host.PostedSince(before));
        Assert.Null(reply.Card());
        Assert.Equal(SettingsAccess.NotAllowed("Megan Bowen"), reply.Text());
    }

    [Fact]
    public async Task PipelineSettings_RepForThemselves_ToldSettingsBelongToATeam()
    {
        var before = host.Requests.Count;

        await host.SayInChannelAsync(Rep, "pipeline settings");

        Assert.Equal(SettingsAccess.NoTeamOfYourOwn, Assert.Single(host.PostedSince(before)).Text());
    }

    [Fact]
    public async Task Save_PressedByARep_RefusedAndNothingSaved()
    {
        var card = await SettingsCardAsync(Manager);
        var version = await VersionAsync();

        var answer = await host.ExecuteAsync(
            Rep,
            PipelineSettingsVerbs.Save,
            CardJson.Press(card, "Save", ("stalledAfterDays", "2")));

        Assert.Equal((403, "NotAllowed"), ErrorOf(answer));
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task Reset_ByAConfiguredAdminWhoManagesNoOne_EveryDefaultBack()
    {
        var card = await SettingsCardAsync(Manager);
        await SaveAsync(Manager, card, ("agingAfterDays", "120"));
        var adminCard = await SettingsCardAsync(ReviewEndpointHost.Admin, Manager);

        var answer = await host.ExecuteAsync(
            ReviewEndpointHost.Admin,
            PipelineSettingsVerbs.Reset,
            CardJson.Press(adminCard, "Reset to defaults"));

        var reset = CardOf(answer);
        Assert.Contains(
            CardJson.Texts(reset),
            t => t.StartsWith("Every threshold is back at its default", StringComparison.Ordinal));
        Assert.Contains("Every threshold is at its default.", CardJson.Texts(reset));
        Assert.Equal(
            PipelineThresholds.Default,
            (await ThresholdsAsync()));
    }

    private async Task SaveAsync(TeamsUser by, JsonElement card, params (string Id, string Value)[] values) =>
        CardOf(await host.ExecuteAsync(by, PipelineSettingsVerbs.Save, CardJson.Press(card, "Save", values)));

    private async Task<string> VersionAsync() =>
        (await Store.GetVersionedAsync(ReviewEndpointHost.Tenant, Manager.AadObjectId, default)).Version;

    private async Task<PipelineThresholds> ThresholdsAsync() =>
        (await Store.GetAsync(ReviewEndpointHost.Tenant, Manager.AadObjectId, default)).Thresholds;

    private async Task<JsonElement> SettingsCardAsync(TeamsUser from, params TeamsUser[] mentioned)
    {
        var before = host.Requests.Count;
        await host.SayInChannelAsync(from, "pipeline settings", mentioned);
        var card = Assert.Single(host.PostedSince(before)).Card()!.Value;
        await CardAssert.IsValidForTeamsAsync(parser, card);
        return card;
    }

    private async Task<List<string>> StalledLinesAsync()
    {
        var card = CardOf(await host.ExecuteAsync(
            Manager,
            PipelineReviewVerbs.Rep,
            new JsonObject { ["repId"] = Rep.AadObjectId, ["page"] = 0 }));
        return [.. CardJson.Texts(card).Where(t => t.Contains("Stalled: no activity", StringComparison.Ordinal))];
    }

    private static JsonElement CardOf(JsonElement answer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        return answer.GetProperty("value");
    }

    private static (int Status, string? Code) ErrorOf(JsonElement answer) =>
        (answer.GetProperty("statusCode").GetInt32(), answer.GetProperty("value").GetProperty("code").GetString());
}
