using System.Globalization;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The pieces every forecast view is made of.</summary>
internal static class ForecastCardParts
{
    private const int BarCells = 10;

    public static TextBlock Heading(string text) => new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };

    public static TextBlock Section(string text) =>
        new(text) { Weight = "Bolder", Spacing = "Medium", Separator = true };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = "Small" };

    public static Container Notice(string text) => new([new TextBlock(text) { Weight = "Bolder" }]) { Style = "good" };

    public static string Money(decimal? amount) => amount is { } a ? Format.Money(a) : "none";

    /// <summary>Such as "+20K" or "-5K"; empty for no change.</summary>
    public static string Change(decimal? change) => change switch
    {
        null or 0m => "",
        > 0m => " (+" + Format.Money(change.Value) + " since last week)",
        _ => " (" + Format.Money(change.Value) + " since last week)",
    };

    /// <summary>
    /// A coverage figure with a text bar and its light. Teams documents chart elements (Chart.Donut,
    /// Chart.HorizontalBar and others) for its cards, but the official adaptivecards parser every card here must
    /// pass does not know them and reports them as unknown elements, and a rendered image would need an image
    /// host; so a bar of block characters and a red / yellow / green word carry the picture.
    /// </summary>
    public static string Coverage(ForecastCoverage coverage, ForecastThresholds thresholds)
    {
        if (coverage.RemainingQuota is null)
        {
            return "no quota set";
        }

        if (coverage.QuotaMet)
        {
            return "quota met";
        }

        var multiple = coverage.Multiple!.Value;
        var filled = (int)Math.Clamp(Math.Round(multiple / thresholds.MinimumCoverage * BarCells), 0, BarCells);
        var bar = new string('█', filled) + new string('░', BarCells - filled);
        return $"{bar} {Format.Multiple(multiple)} of {Format.Multiple(thresholds.MinimumCoverage)} "
            + $"({Light(coverage.Status)}); at the stage ratios {Format.Percent(coverage.StageWeightedShare!.Value)} "
            + $"({Light(coverage.StageStatus)})";
    }

    public static string Light(RagStatus status) => status switch
    {
        RagStatus.Green => "green",
        RagStatus.Yellow => "yellow",
        RagStatus.Red => "red",
        _ => "no light",
    };

    /// <summary>A coloured word for a rep's or a team's state.</summary>
    public static TextBlock Marker(RagStatus status) => new(status switch
    {
        RagStatus.Green => "● On track",
        RagStatus.Yellow => "● Watch",
        RagStatus.Red => "● At risk",
        _ => "● No quota",
    })
    {
        Color = status switch
        {
            RagStatus.Green => "Good",
            RagStatus.Yellow => "Warning",
            RagStatus.Red => "Attention",
            _ => "Default",
        },
        Weight = "Bolder",
    };

    /// <summary>Red when coverage is under the minimum or a commit deal went silent; yellow with other flags.</summary>
    public static RagStatus StatusOf(RepForecast rep)
    {
        if (rep.Coverage.BelowMinimum || rep.Flags.Any(f => f.Kind == RiskKind.NoRecentContact))
        {
            return RagStatus.Red;
        }

        return rep.Flags.Count > 0 ? RagStatus.Yellow : RagStatus.Green;
    }

    public static string Accuracy(decimal? accuracy, ForecastThresholds thresholds) => accuracy is { } a
        ? $"{Format.Percent(a)} ({(a >= thresholds.AccuracyTarget ? "at or above" : "below")} the "
            + $"{Format.Percent(thresholds.AccuracyTarget)} target)"
        : "no commit to measure";

    public static string Calibrated(CalibratedForecast calibrated) =>
        calibrated is { Adjusted: { } adjusted, Bias: { } bias }
        ? $"{Format.Money(adjusted)} (past calls landed at {Format.Percent(bias)} over {Periods(calibrated.Periods)})"
        : "no history yet: needs a closed period with a call";

    public static string Figures(CallFigures figures) =>
        $"commit {Format.Money(figures.Commit)}, best case {Format.Money(figures.BestCase)}, "
        + $"pipeline {Format.Money(figures.Pipeline)}";

    public static CardRefresh? Refresh(ForecastCardData data, IReadOnlyList<string> userIds) =>
        userIds.Count == 0 ? null : new CardRefresh(new ExecuteAction(ForecastVerbs.View) { Data = data }, userIds);

    public static AdaptiveCard Card(
        List<CardElement> body,
        string speak,
        CardRefresh? refresh,
        IReadOnlyList<CardAction>? actions) =>
        new()
        {
            Body = body,
            Actions = actions,
            Refresh = refresh,
            Speak = speak,
            Teams = new TeamsCardSettings(Width: "Full"),
        };

    private static string Periods(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " period" : " periods");
}
