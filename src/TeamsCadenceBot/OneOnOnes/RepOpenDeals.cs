using System.Globalization;
using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The rep's open deals from the imported deal data, largest first, for the prep prompt's picker.</summary>
internal sealed class RepOpenDeals(IDealStore deals) : IRepOpenDeals
{
    public async Task<IReadOnlyList<OpenDeal>> ListOpenAsync(string tenantId, string repId, CancellationToken cancellationToken)
    {
        var open = await deals.ListOpenDealsAsync(tenantId, repId, cancellationToken);
        return [.. open
            .OrderByDescending(d => d.Amount ?? 0)
            .ThenBy(d => d.CloseDate)
            .Select(d => new OpenDeal(d.CrmId, d.Name, Detail(d)))];
    }

    private static string Detail(Deal deal) =>
        string.Join(
            ", ",
            new[]
            {
                deal.CrmStage,
                deal.Amount?.ToString("N0", CultureInfo.InvariantCulture),
                deal.CloseDate?.ToString("d MMM", CultureInfo.InvariantCulture),
            }.Where(p => !string.IsNullOrEmpty(p)));
}
