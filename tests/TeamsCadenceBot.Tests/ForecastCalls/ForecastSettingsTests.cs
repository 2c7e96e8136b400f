using System.Text.Json;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Cards;
using static TeamsCadenceBot.Tests.ForecastCalls.ForecastTestbed;

namespace TeamsCadenceBot.Tests.ForecastCalls;

[Collection(OfficialCardParser.Collection)]
public sealed class ForecastSettingsTests(OfficialCardParser parser)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object> Inputs(string managerId, string concentration = "20") => new()
    {
        ["managerId"] = managerId,
        [ForecastSettingsRules.NoContactInput] = "10",
        [ForecastSettingsRules.ConcentrationInput] = concentration,
        [ForecastSettingsRules.CoverageInput] = "2.5",
        [ForecastSettingsRules.AccuracyInput] = "85",
        [ForecastSettingsRules.PeriodsInput] = "3",
        [ForecastSettingsRules.FlagsInput] = "8",
    };

    private static async Task<ForecastTestbed> OrgAsync()
    {
        var bed = new ForecastTestbed(Start);
        await bed.SeedOrgAsync();
        return bed;
    }

    [Fact]
    public void Read_ValidInputs_GivesTheThresholdsWithSharesFromPercent()
    {
        var (sut, problems) = ForecastSettingsRules.Read(JsonSerializer.SerializeToElement(Inputs("m")));

        Assert.Empty(problems);
        Assert.Equal(
            new ForecastThresholds
            {
                CommitNoContactDays = 10,
                ConcentrationShare = 0.2m,
                MinimumCoverage = 2.5m,
                AccuracyTarget = 0.85m,
                CalibrationPeriods = 3,
                FlagsShownPerRep = 8,
            },
            sut);
    }

    [Theory]
    [InlineData(ForecastSettingsRules.ConcentrationInput, "0", "Concentration share must be a number from 1 to 100.")]
    [InlineData(ForecastSettingsRules.NoContactInput, "7.5",
        "Days without contact must be a whole number from 1 to 365.")]
    [InlineData(ForecastSettingsRules.CoverageInput, "lots", "Minimum coverage must be a number from 0.5 to 20.")]
    [InlineData(ForecastSettingsRules.PeriodsInput, "", "Periods for calibration must be a whole number from 1 to 12.")]
    public void Read_OutOfRange_IsRefusedByName(string input, string value, string problem)
    {
        var inputs = Inputs("m");
        inputs[input] = value;

        var (sut, problems) = ForecastSettingsRules.Read(JsonSerializer.SerializeToElement(inputs));

        Assert.Null(sut);
        Assert.Equal([problem], problems);
    }

    [Fact]
    public async Task ForecastSettings_Manager_GetsTheCardWithTheDefaults()
    {
        var bed = await OrgAsync();

        await bed.TypeSettingsAsync(Manager);

        var card = Assert.Single(bed.Connector.Posted).Card!;
        Assert.Equal("Forecast settings: Megan Bowen's team", card.Body.OfType<TextBlock>().First().Text);
        var concentration = card.Body.OfType<NumberInput>().Single(i => i.Id == ForecastSettingsRules.ConcentrationInput);
        Assert.Equal(15, concentration.Value);
        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task ForecastSettings_Rep_IsToldTheyHaveNoTeam()
    {
        var bed = await OrgAsync();

        await bed.TypeSettingsAsync(Rep);

        Assert.Equal(ForecastAccess.NoTeam, Assert.Single(bed.Connector.Sent).Text);
    }

    [Fact]
    public async Task Save_ByTheManager_KeepsThem()
    {
        var bed = await OrgAsync();

        var response = await bed.ActAsync(Manager, ForecastVerbs.Settings, Inputs(Manager));

        Assert.Contains("Saved.", TextOf(CardOf(response)), StringComparison.Ordinal);
        var kept = await bed.Store.GetThresholdsAsync(Tenant, Manager, default);
        Assert.Equal(0.2m, kept.ConcentrationShare);
        Assert.Equal(3, kept.CalibrationPeriods);
    }

    [Theory]
    [InlineData(Rep, Rep)]
    [InlineData(Leader, Manager)]
    public async Task Save_BySomeoneElse_IsRefusedAndChangesNothing(string actor, string managerId)
    {
        var bed = await OrgAsync();

        var response = await bed.ActAsync(actor, ForecastVerbs.Settings, Inputs(managerId));

        Assert.Equal(403, BodyOf(response).StatusCode);
        Assert.Equal(ForecastThresholds.Default, await bed.Store.GetThresholdsAsync(Tenant, managerId, default));
    }

    [Fact]
    public async Task Save_BadValue_IsRefusedAndKeepsTheOldOnes()
    {
        var bed = await OrgAsync();

        var response = await bed.ActAsync(Manager, ForecastVerbs.Settings, Inputs(Manager, concentration: "150"));

        Assert.Equal(400, BodyOf(response).StatusCode);
        Assert.Equal(ForecastThresholds.Default, await bed.Store.GetThresholdsAsync(Tenant, Manager, default));
    }
}
