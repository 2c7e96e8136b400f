namespace TeamsCadenceBot.PipelineReviews;

/// <summary>The verbs of the review card's actions and the data each carries.</summary>
internal static class PipelineReviewVerbs
{
    public const string Prefix = "pipelinereview.";

    /// <summary>A page of a team's review; data <see cref="TeamPageData"/>.</summary>
    public const string Page = Prefix + "page";

    /// <summary>A page of a team's numbers by rep, size band and source; data <see cref="TeamPageData"/>.</summary>
    public const string Numbers = Prefix + "numbers";

    /// <summary>A page of one rep's review; data <see cref="RepPageData"/>.</summary>
    public const string Rep = Prefix + "rep";

    /// <summary>Records a recovery plan for a flagged deal; data <see cref="RecoverData"/> and the inputs below.</summary>
    public const string Recover = Prefix + "recover";

    public static string TextInput(string dealId) => "recoverText-" + dealId;

    public static string DoneWhenInput(string dealId) => "recoverDone-" + dealId;

    public static string DueInput(string dealId) => "recoverDue-" + dealId;
}

/// <summary>Which team's review, which page (from 0).</summary>
internal sealed record TeamPageData(string ManagerId, int Page);

/// <summary>Which rep's review, which page (from 0).</summary>
internal sealed record RepPageData(string RepId, int Page);

/// <summary>Which deal, whose, in which review.</summary>
internal sealed record RecoverData(string DealId, string OwnerId, string DealName, string Review);
