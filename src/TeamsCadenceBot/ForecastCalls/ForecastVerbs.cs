using System.Globalization;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>The verbs of the forecast call's card actions, the data each carries and the inputs they read.</summary>
internal static class ForecastVerbs
{
    public const string Prefix = "forecast.";

    /// <summary>
    /// Launches a call as if the person had typed <c>forecast {period}</c>; data <c>{ "period": key }</c>. The
    /// forecast-call reminder's card uses it.
    /// </summary>
    public const string Start = Prefix + "start";

    /// <summary>The viewer's own view (the card's refresh and button); data <see cref="ForecastCardData"/>.</summary>
    public const string View = Prefix + "view";

    /// <summary>A rep's call; data <see cref="SubmitData"/> with the inputs below.</summary>
    public const string Submit = Prefix + "submit";

    /// <summary>The manager's calls; data <see cref="ManagerCallsData"/> and <see cref="ManagerCallInput"/>s.</summary>
    public const string ManagerCalls = Prefix + "managercalls";

    /// <summary>Saves the team's forecast thresholds; data <c>{ "managerId" }</c> and the settings inputs.</summary>
    public const string Settings = Prefix + "settings";

    public const string CommitInput = "commit";

    public const string BestCaseInput = "bestCase";

    public const string PipelineInput = "pipeline";

    public static string PaperInput(int deal) => "paper-" + Number(deal);

    public static string BudgetInput(int deal) => "budget-" + Number(deal);

    public static string MeetingInput(int deal) => "meeting-" + Number(deal);

    public static string ManagerCallInput(int rep) => "mgrcall-" + Number(rep);

    private static string Number(int index) => index.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Which call: the team's manager, the period key and the call id.</summary>
internal sealed record ForecastCardData(string ManagerId, string Period, string CallId);

/// <summary>A call and the commit deals whose evidence inputs are numbered in this order.</summary>
internal sealed record SubmitData(string ManagerId, string Period, string CallId, IReadOnlyList<string> Deals);

/// <summary>A call and the reps whose manager-call inputs are numbered in this order.</summary>
internal sealed record ManagerCallsData(string ManagerId, string Period, string CallId, IReadOnlyList<string> Reps);
