using System.Globalization;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// How deal values are written in table rows and content hashes: invariant, and equal values always give equal
/// text (1250000.00 and 1250000 both write as 1250000).
/// </summary>
internal static class DealText
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string? Write(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture);

    public static string? Write(DateOnly? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static decimal? ReadDecimal(string? text) =>
        string.IsNullOrEmpty(text) ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static DateOnly? ReadDate(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static TEnum ReadEnum<TEnum>(string? text, TEnum fallback)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) ? value : fallback;
}
