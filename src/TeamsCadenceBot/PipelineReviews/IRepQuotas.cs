namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The reps' own quotas, where set (imported or set on the quotas card for forecast calls): a review's coverage is
/// judged against them, so that one set of quotas serves both the review and the forecast call.
/// </summary>
internal interface IRepQuotas
{
    /// <summary>The quota of each of <paramref name="repIds"/> that has one for <paramref name="quarter"/>.</summary>
    Task<IReadOnlyDictionary<string, decimal>> ForQuarterAsync(
        string tenantId,
        FiscalQuarter quarter,
        int fiscalYearStartMonth,
        IReadOnlyCollection<string> repIds,
        CancellationToken cancellationToken);
}
