namespace TeamsCadenceBot.Deals;

/// <summary>The forecast categories of the CRM, in the order of confidence.</summary>
internal enum ForecastCategory
{
    Omitted,
    Pipeline,
    BestCase,
    Commit,
    Closed,
}
