using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// Reads a column name as a key that ignores case, spaces, punctuation, a Salesforce custom-field suffix
/// (<c>__c</c>) and a trailing note in brackets, so that "Probability (%)", "probability" and "Probability__c"
/// are one column. A trailing culture tag such as "Amount [de-DE]" or "Close Date (en-GB)" says how the
/// column's numbers or dates are written.
/// </summary>
internal static partial class HeaderName
{
    public static (string Key, CultureInfo? Culture) Parse(string header)
    {
        var name = header.Trim();
        CultureInfo? culture = null;
        var note = TrailingNote().Match(name);
        if (note.Success)
        {
            culture = TryCulture(note.Groups["note"].Value);
            name = name[..note.Index];
        }

        return (Key(name), culture);
    }

    public static string Key(string name)
    {
        var text = name.Trim();
        if (text.EndsWith("__c", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^3];
        }

        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static CultureInfo? TryCulture(string name)
    {
        if (!name.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\s*[\[(](?<note>[^\[\]()]*)[\])]\s*$")]
    private static partial Regex TrailingNote();
}
