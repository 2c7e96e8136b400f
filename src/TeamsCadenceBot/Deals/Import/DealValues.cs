using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// Parses the values of deal exports. Without a culture tag on the column: amounts in the invariant form with
/// optional thousands separators and currency ("1,250,000.00", "$1,250,000", "USD 1,250.50"); dates as ISO
/// ("2026-12-31", "2026-12-31 10:00", "2026-12-31T10:00:00Z") or US ("12/31/2026", "12/31/2026 10:00 AM"), of
/// which the calendar date is kept as written. With a tag ("Amount [de-DE]") numbers and dates are read in that
/// culture, ISO dates still accepted.
/// </summary>
internal static partial class DealValues
{
    private static readonly string[] FalseWords = ["false", "no", "n", "0", "unchecked", "off", "-"];

    public static bool TryAmount(string text, CultureInfo? culture, out decimal amount)
    {
        amount = 0;
        var value = WithoutCurrency(text);
        var negative = value.StartsWith('(') && value.EndsWith(')');
        if (negative)
        {
            value = value[1..^1].Trim();
        }

        if (culture is null)
        {
            if (!InvariantAmount().IsMatch(value))
            {
                return false;
            }

            value = value.Replace(",", "", StringComparison.Ordinal);
        }
        else
        {
            value = WithCultureSpaces(value, culture);
        }

        if (!decimal.TryParse(value, NumberStyles.Number, culture ?? CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    public static bool TryDate(string text, CultureInfo? culture, out DateOnly date)
    {
        date = default;
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return TryDate(iso, out date);
        }

        if (culture is not null)
        {
            var parsed = DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var moment);
            date = parsed ? DateOnly.FromDateTime(moment) : default;
            return parsed;
        }

        var us = UsDate().Match(text);
        return us.Success && TryDate(us, out date);
    }

    /// <summary>A percentage from 0 to 100; a HubSpot fraction (0.4) counts as 40 %.</summary>
    public static bool TryProbability(string text, bool fractions, out decimal percent)
    {
        var value = text.Trim();
        var hasPercentSign = value.EndsWith('%');
        value = value.TrimEnd('%').Trim();
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent))
        {
            return false;
        }

        if (fractions && !hasPercentSign && percent <= 1)
        {
            percent *= 100;
        }

        return percent is >= 0 and <= 100;
    }

    /// <summary>A count of zero or more; "3.0" (a spreadsheet's number) reads as 3.</summary>
    public static bool TryCount(string text, out int count)
    {
        count = 0;
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value != decimal.Truncate(value) || value > int.MaxValue)
        {
            return false;
        }

        count = (int)value;
        return true;
    }

    /// <summary>
    /// A scorecard check: yes/no words, and otherwise any text (such as the champion's name) counts as done;
    /// an empty cell in a present column counts as not done.
    /// </summary>
    public static bool Flag(string text)
    {
        var value = text.Trim();
        return value.Length > 0 && !FalseWords.Contains(value, StringComparer.OrdinalIgnoreCase);
    }

    public static bool TryCategory(string text, out ForecastCategory category)
    {
        switch (HeaderName.Key(text))
        {
            case "omitted" or "omit" or "notforecasted" or "excluded":
                category = ForecastCategory.Omitted;
                return true;
            case "pipeline":
                category = ForecastCategory.Pipeline;
                return true;
            case "bestcase" or "upside":
                category = ForecastCategory.BestCase;
                return true;
            case "commit" or "committed" or "mostlikely":
                category = ForecastCategory.Commit;
                return true;
            case "closed" or "closedwon" or "won":
                category = ForecastCategory.Closed;
                return true;
            default:
                category = default;
                return false;
        }
    }

    /// <summary>The category a CRM gives a stage when the export has none.</summary>
    public static ForecastCategory DefaultCategory(DealStage stage) => stage switch
    {
        DealStage.ClosedWon => ForecastCategory.Closed,
        DealStage.ClosedLost => ForecastCategory.Omitted,
        _ => ForecastCategory.Pipeline,
    };

    private static bool TryDate(Match match, out DateOnly date)
    {
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }

    private static string WithoutCurrency(string text)
    {
        var value = IsoCurrencyCode().Replace(text.Trim(), "");
        var kept = value.Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.CurrencySymbol).ToArray();
        var trimmed = new string(kept).Trim();

        // "$-1,000" and "-$1,000" both leave the sign in front once the symbol is gone.
        return trimmed.StartsWith("- ", StringComparison.Ordinal) ? "-" + trimmed[2..].TrimStart() : trimmed;
    }

    // French and others group digits with a (narrow) no-break space; files carry any of the spaces.
    private static string WithCultureSpaces(string value, CultureInfo culture)
    {
        var group = culture.NumberFormat.NumberGroupSeparator;
        return string.IsNullOrWhiteSpace(group) || group is "\u00A0" or "\u202F"
            ? value.Replace(' ', group[0]).Replace('\u00A0', group[0]).Replace('\u202F', group[0])
            : value;
    }

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^-?\.\d+$")]
    private static partial Regex InvariantAmount();

    [GeneratedRegex(@"^[A-Z]{3}\s+|\s+[A-Z]{3}$")]
    private static partial Regex IsoCurrencyCode();

    [GeneratedRegex(
        @"^\s*(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})"
        + @"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,7})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        @"^\s*(?<month>\d{1,2})/(?<day>\d{1,2})/(?<year>\d{4})"
        + @"(?:\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp][Mm])?)?\s*$")]
    private static partial Regex UsDate();
}
