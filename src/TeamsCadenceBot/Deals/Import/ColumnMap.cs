using System.Globalization;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>Where each field is in a file's header, and the culture its column is tagged with, if any.</summary>
internal sealed class ColumnMap
{
    private static readonly int FieldCount = Enum.GetValues<DealField>().Length;

    private readonly int[] _index;
    private readonly CultureInfo?[] _culture;

    private ColumnMap(CrmLayout layout, int headerCount, int[] index, CultureInfo?[] culture)
    {
        Layout = layout;
        HeaderCount = headerCount;
        _index = index;
        _culture = culture;
    }

    public CrmLayout Layout { get; }

    public int HeaderCount { get; }

    /// <summary>
    /// Detects the layout and finds the columns. Throws <see cref="DealFileException"/> when the layout is not
    /// recognised or a required column is missing.
    /// </summary>
    public static ColumnMap Create(IReadOnlyList<string> headers)
    {
        var parsed = headers.Select(HeaderName.Parse).ToArray();
        var keys = parsed.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (DealColumns.Detect(keys) is not { } layout)
        {
            throw new DealFileException(
                "The header is neither a Salesforce Opportunity export (Opportunity ID, Opportunity Name, Stage, ...) "
                + "nor a HubSpot deal export (Record ID, Deal Name, Deal Stage, ...).");
        }

        var index = new int[FieldCount];
        var culture = new CultureInfo?[FieldCount];
        foreach (var field in Enum.GetValues<DealField>())
        {
            var column = DealColumns.Names(layout, field)
                .Select(name => Array.FindIndex(parsed, p => p.Key == HeaderName.Key(name)))
                .FirstOrDefault(i => i >= 0, -1);
            index[(int)field] = column;
            culture[(int)field] = column >= 0 ? parsed[column].Culture : null;
        }

        var missing = DealColumns.Required.Where(f => index[(int)f] < 0).ToArray();
        if (missing.Length > 0)
        {
            var needed = missing.Select(f => $"{f} (one of: {string.Join(", ", DealColumns.Names(layout, f))})");
            throw new DealFileException($"The {layout} export lacks required columns: {string.Join("; ", needed)}.");
        }

        return new ColumnMap(layout, headers.Count, index, culture);
    }

    public bool Has(DealField field) => _index[(int)field] >= 0;

    /// <summary>The column of <paramref name="field"/>, or -1.</summary>
    public int IndexOf(DealField field) => _index[(int)field];

    public CultureInfo? CultureOf(DealField field) => _culture[(int)field];
}
