using System.Globalization;
using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>How amounts, shares, dates and stages read on review cards and in flag reasons.</summary>
internal static class Format
{
    /// <summary>Such as "950", "48K", "1.2M".</summary>
    public static string Money(decimal amount)
    {
        var abs = Math.Abs(amount);
        return abs switch
        {
            >= 1_000_000m => (amount / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "M",
            >= 1_000m => (amount / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + "K",
            _ => amount.ToString("0", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Such as "72%".</summary>
    public static string Percent(decimal share) =>
        (share * 100m).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Such as "3.6x".</summary>
    public static string Multiple(decimal ratio) => ratio.ToString("0.#", CultureInfo.InvariantCulture) + "x";

    /// <summary>Such as "20 Nov 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The yyyy-MM-dd form that Input.Date uses and card data carries.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A name cut to <paramref name="max"/> characters, so one long CRM name cannot swell a card.</summary>
    public static string Short(string name, int max = 80) =>
        name.Length <= max ? name : string.Concat(name.AsSpan(0, max - 1), "…");

    public static string Stage(DealStage stage) => stage switch
    {
        DealStage.Discovery => "discovery",
        DealStage.Qualification => "qualification",
        DealStage.Proposal => "proposal",
        DealStage.Negotiation => "negotiation",
        DealStage.ClosedWon => "closed won",
        _ => "closed lost",
    };
}
