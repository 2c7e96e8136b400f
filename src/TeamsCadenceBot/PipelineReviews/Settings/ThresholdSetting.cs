using System.Globalization;
using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// One threshold as people see and type it: its card input id, the group it is shown in, its label, its unit and
/// allowed range (in the unit typed: percentages for shares), and how it is read from and written to
/// <see cref="PipelineThresholds"/>.
/// </summary>
internal sealed record ThresholdSetting(
    string Id,
    string Group,
    string Label,
    ThresholdUnit Unit,
    decimal Min,
    decimal Max,
    Func<PipelineThresholds, decimal> Read,
    Func<PipelineThresholds, decimal, PipelineThresholds> Apply)
{
    public decimal Default => Read(PipelineThresholds.Default);

    public bool IsWhole => Unit is not (ThresholdUnit.Percent or ThresholdUnit.Multiple);

    /// <summary>The value as a person reads it: "21 days", "70%", "5x", "Qualification", "January".</summary>
    public string Show(decimal value) => Unit switch
    {
        ThresholdUnit.Days => value == 1 ? "1 day" : Invariant($"{value:0} days"),
        ThresholdUnit.Count => Invariant($"{value:0}"),
        ThresholdUnit.Percent => Invariant($"{value:0.#}%"),
        ThresholdUnit.Multiple => Invariant($"{value:0.##}x"),
        ThresholdUnit.Month => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName((int)value),
        ThresholdUnit.Stage => ((DealStage)(int)value).ToString(),
        _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
    };

    /// <summary>The input's label with unit and default: "Stalled: no activity for (days; default 21)".</summary>
    public string InputLabel() => Unit switch
    {
        ThresholdUnit.Days => $"{Label} (days; default {InputValue(Default)})",
        ThresholdUnit.Percent => $"{Label} (%; default {InputValue(Default)})",
        ThresholdUnit.Multiple => $"{Label} (x; default {InputValue(Default)})",
        _ => $"{Label} (default {Show(Default)})",
    };

    /// <summary>The value as the card's input holds it: invariant digits, or the stage's name.</summary>
    public string InputValue(decimal value) =>
        Unit == ThresholdUnit.Stage ? ((DealStage)(int)value).ToString() : Invariant($"{value:0.##}");

    /// <summary>What a person may type, for error messages: "a whole number of days from 1 to 365".</summary>
    public string Expected() => Unit switch
    {
        ThresholdUnit.Days => Invariant($"a whole number of days from {Min:0} to {Max:0}"),
        ThresholdUnit.Count => Invariant($"a whole number from {Min:0} to {Max:0}"),
        ThresholdUnit.Percent => Invariant($"a percentage from {Min:0.#} to {Max:0.#}"),
        ThresholdUnit.Multiple => Invariant($"a multiple from {Min:0.##} to {Max:0.##}"),
        ThresholdUnit.Month => "a month from 1 (January) to 12 (December)",
        ThresholdUnit.Stage => "one of " + string.Join(", ", ThresholdSettings.OpenStages),
        _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
