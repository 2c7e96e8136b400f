namespace TeamsCadenceBot.PipelineReviews;

/// <summary>The deal size bands of PRODUCT.md: under 50K, 50K to 200K (both included), over 200K.</summary>
internal static class DealSizeBands
{
    public const string Small = "under 50K";
    public const string Medium = "50K to 200K";
    public const string Large = "over 200K";
    public const string Unknown = "no amount";

    public static string Of(decimal? amount) => amount switch
    {
        null => Unknown,
        < 50_000m => Small,
        <= 200_000m => Medium,
        _ => Large,
    };
}
