using System.Globalization;
using System.Text.Json;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>
/// Reads the settings card's inputs into thresholds. Shares are typed as percentages; every value must be a number
/// in its range, and a refusal names each one that is not.
/// </summary>
internal static class ForecastSettingsRules
{
    public const string NoContactInput = "noContactDays";
    public const string ConcentrationInput = "concentrationPercent";
    public const string CoverageInput = "minimumCoverage";
    public const string AccuracyInput = "accuracyPercent";
    public const string PeriodsInput = "calibrationPeriods";
    public const string FlagsInput = "flagsShown";

    public static (ForecastThresholds? Thresholds, IReadOnlyList<string> Problems) Read(JsonElement data)
    {
        var problems = new List<string>();
        var noContact = Number(data, NoContactInput, "Days without contact", 1m, 365m, problems);
        var concentration = Number(data, ConcentrationInput, "Concentration share", 1m, 100m, problems);
        var coverage = Number(data, CoverageInput, "Minimum coverage", 0.5m, 20m, problems);
        var accuracy = Number(data, AccuracyInput, "Accuracy target", 1m, 100m, problems);
        var periods = Number(data, PeriodsInput, "Periods for calibration", 1m, 12m, problems);
        var flags = Number(data, FlagsInput, "Flags shown per rep", 1m, 20m, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new ForecastThresholds
        {
            CommitNoContactDays = (int)noContact,
            ConcentrationShare = concentration / 100m,
            MinimumCoverage = coverage,
            AccuracyTarget = accuracy / 100m,
            CalibrationPeriods = (int)periods,
            FlagsShownPerRep = (int)flags,
        }, problems);
    }

    private static decimal Number(
        JsonElement data,
        string input,
        string label,
        decimal min,
        decimal max,
        List<string> problems)
    {
        var whole = input is NoContactInput or PeriodsInput or FlagsInput;
        if (ForecastInputs.TryAmount(data, input, out var value) && value is { } v && v >= min && v <= max
            && (!whole || v == decimal.Truncate(v)))
        {
            return v;
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"{min:0.##} to {max:0.##}");
        problems.Add($"{label} must be {(whole ? "a whole number" : "a number")} from {range}.");
        return 0m;
    }
}
