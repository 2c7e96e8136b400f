using System.Globalization;
using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// Reads typed threshold values (input id to text, as a card or the admin API sends them) over the current
/// thresholds. A setting that is not sent keeps its value; one that is sent must be valid, and one bad value
/// rejects the whole form, so nothing is half-saved.
/// </summary>
internal static class ThresholdForm
{
    public static ThresholdChange Read(IReadOnlyDictionary<string, string?> values, PipelineThresholds current)
    {
        var problems = new List<string>();
        var changed = new List<ThresholdSetting>();
        var result = current;
        foreach (var setting in ThresholdSettings.All)
        {
            if (!values.TryGetValue(setting.Id, out var text))
            {
                continue;
            }

            if (Parse(setting, text) is not { } value)
            {
                problems.Add(Problem(setting, text));
                continue;
            }

            if (value != setting.Read(current))
            {
                changed.Add(setting);
            }

            result = setting.Apply(result, value);
        }

        if (problems.Count == 0)
        {
            problems.AddRange(CrossChecks(result));
        }

        return problems.Count == 0 ? new ThresholdChange(result, [], changed) : new ThresholdChange(null, problems, []);
    }

    /// <summary>Every threshold back to its default.</summary>
    public static ThresholdChange Reset(PipelineThresholds current) =>
        new(
            PipelineThresholds.Default,
            [],
            [.. ThresholdSettings.All.Where(s => s.Read(current) != s.Default)]);

    /// <summary>The value in the setting's unit, or null when the text is not one it allows.</summary>
    public static decimal? Parse(ThresholdSetting setting, string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (setting.Unit == ThresholdUnit.Stage)
        {
            return Enum.TryParse<DealStage>(trimmed, ignoreCase: true, out var stage)
                && !int.TryParse(trimmed, CultureInfo.InvariantCulture, out _)
                && ThresholdSettings.OpenStages.Contains(stage)
                    ? (int)stage
                    : null;
        }

        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || (setting.IsWhole && value != decimal.Truncate(value))
            || decimal.Round(value, 2) != value
            || value < setting.Min
            || value > setting.Max)
        {
            return null;
        }

        return value;
    }

    private static string Problem(ThresholdSetting setting, string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? $"**{setting.Label}** needs a value: {setting.Expected()}."
            : $"**{setting.Label}** must be {setting.Expected()}, not \"{Cut(text.Trim())}\".";

    // Rules that need two settings: each is checked once every single value is valid.
    private static IEnumerable<string> CrossChecks(PipelineThresholds t)
    {
        if (t.AlertAfterDays >= t.StalledAfterDays)
        {
            yield return $"**{Label("alertAfterDays")}** must be fewer days than **{Label("stalledAfterDays")}**: "
                + "the alert comes before the stall.";
        }

        if (t.AgingYellowShare >= t.AgingRedShare)
        {
            yield return $"**{Label("agingYellowShare")}** must be below **{Label("agingRedShare")}**.";
        }
    }

    private static string Label(string id) => ThresholdSettings.All.First(s => s.Id == id).Label;

    private static string Cut(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
