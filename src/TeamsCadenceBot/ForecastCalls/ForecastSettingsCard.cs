using System.Globalization;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.ForecastCalls.ForecastCardParts;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The manager's card to read and change the team's forecast thresholds.</summary>
internal static class ForecastSettingsCard
{
    public static AdaptiveCard Build(
        string managerId,
        string managerName,
        ForecastThresholds thresholds,
        string? notice = null)
    {
        var heading = $"Forecast settings: {managerName}'s team";
        var body = new List<CardElement>
        {
            Heading(heading),
            Subtle("The per-stage coverage ratios and the fiscal year come from the pipeline review settings."),
        };
        if (notice is not null)
        {
            body.Add(Notice(notice));
        }

        body.AddRange(
        [
            Field(
                ForecastSettingsRules.NoContactInput,
                "Days without customer contact before a commit deal is a risk",
                thresholds.CommitNoContactDays),
            Field(
                ForecastSettingsRules.ConcentrationInput,
                "Share of the team's forecast one deal may be (%)",
                thresholds.ConcentrationShare * 100m),
            Field(
                ForecastSettingsRules.CoverageInput,
                "Minimum coverage of the remaining quota (x)",
                thresholds.MinimumCoverage),
            Field(ForecastSettingsRules.AccuracyInput, "Commit accuracy target (%)", thresholds.AccuracyTarget * 100m),
            Field(
                ForecastSettingsRules.PeriodsInput,
                "Closed periods a rep's bias is measured over",
                thresholds.CalibrationPeriods),
            Field(ForecastSettingsRules.FlagsInput, "Risk flags listed per rep", thresholds.FlagsShownPerRep),
        ]);
        var save = new ExecuteAction(ForecastVerbs.Settings)
        {
            Title = "Save the settings",
            Data = new { managerId },
        };
        return Card(body, heading, null, [save]);
    }

    private static NumberInput Field(string id, string label, decimal value) => new()
    {
        Id = id,
        Label = label,
        Value = double.Parse(value.ToString("0.####", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        IsRequired = true,
        ErrorMessage = "Give a number.",
    };
}
