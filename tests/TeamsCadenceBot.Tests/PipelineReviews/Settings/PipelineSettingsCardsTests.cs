using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.PipelineReviews.Settings;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.PipelineReviews.Settings;

[Collection(OfficialCardParser.Collection)]
public sealed class PipelineSettingsCardsTests(OfficialCardParser parser)
{
    private static readonly SettingsView Changed = new(
        "manager-1",
        "Megan Bowen-Fernández Worldwide Sales Organisation",
        PipelineThresholds.Default with
        {
            StalledAfterDays = 28,
            RequiredFieldsFromStage = DealStage.Proposal,
            FiscalYearStartMonth = 7,
            EarlyStageShareLimit = 0.655m,
        },
        "W/\"datetime'2026-12-03T14%3A00%3A00.0000000Z'\"");

    [Fact]
    public async Task Settings_ChangedThresholdsWithANotice_ValidForTeams()
    {
        var sut = PipelineSettingsCards.Settings(Changed, "Saved 4 changes: " + new string('x', 600));

        await CardAssert.IsValidForTeamsAsync(parser, sut);
    }

    [Fact]
    public async Task Settings_Defaults_ValidForTeamsAndSaysSo()
    {
        var defaults = Changed with { Thresholds = PipelineThresholds.Default, Version = "" };

        var sut = PipelineSettingsCards.Settings(defaults);

        await CardAssert.IsValidForTeamsAsync(parser, sut);
        Assert.Contains("Every threshold is at its default.", CardWalk.Texts(sut));
    }

    [Fact]
    public void Settings_EveryThreshold_AnInputWithItsCurrentValueAndItsDefaultInTheLabel()
    {
        var sut = PipelineSettingsCards.Settings(Changed);

        var inputs = CardWalk.Elements(sut).OfType<CardInput>().ToDictionary(i => i.Id!);
        Assert.Equal(ThresholdSettings.All.Select(s => s.Id), inputs.Keys);
        Assert.Equal(28, ((NumberInput)inputs["stalledAfterDays"]).Value);
        Assert.Equal("Stalled: no activity for (days; default 21)", inputs["stalledAfterDays"].Label);
        Assert.Equal(65.5, ((NumberInput)inputs["earlyStageShareLimit"]).Value);
        Assert.Equal(
            "Early stages: warn above this share of pipeline value (%; default 70)",
            inputs["earlyStageShareLimit"].Label);
        Assert.Equal("Proposal", ((ChoiceSetInput)inputs["requiredFieldsFromStage"]).Value);
        Assert.Equal(
            "Close date, amount, next step and decision maker required from (default Qualification)",
            inputs["requiredFieldsFromStage"].Label);
        Assert.Equal("7", ((ChoiceSetInput)inputs["fiscalYearStartMonth"]).Value);
        Assert.Equal("Fiscal year starts in (default January)", inputs["fiscalYearStartMonth"].Label);
        Assert.All(inputs.Values, i => Assert.True(i.IsRequired));
        Assert.Contains("4 of 22 thresholds differ from their defaults.", CardWalk.Texts(sut));
    }

    [Fact]
    public void Settings_SaveAndReset_CarryTheTeamAndTheVersionSeen()
    {
        var sut = PipelineSettingsCards.Settings(Changed);

        var actions = sut.Actions!.Cast<ExecuteAction>().ToList();
        Assert.Equal([PipelineSettingsVerbs.Save, PipelineSettingsVerbs.Reset], actions.Select(a => a.Verb));
        Assert.All(actions, a => Assert.Equal(new SettingsData("manager-1", Changed.Version), a.Data));
        Assert.Equal(("auto", "none"), (actions[0].AssociatedInputs, actions[1].AssociatedInputs));
    }
}
