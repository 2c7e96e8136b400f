using System.Text;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Builds partition and row keys. Every partition key begins with the tenant, so tenants never share
/// a partition; characters the Table service forbids in keys are escaped.
/// </summary>
internal static class TableKeys
{
    private const char Separator = '|';

    /// <summary>A partition key of the tenant followed by <paramref name="parts"/>.</summary>
    public static string Partition(string tenantId, params string[] parts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return parts.Length == 0 ? Escape(tenantId) : Escape(tenantId) + Separator + Row(parts);
    }

    /// <summary>A row key of <paramref name="parts"/>, escaped and joined.</summary>
    public static string Row(params string[] parts) => string.Join(Separator, parts.Select(Escape));

    /// <summary>
    /// One of <paramref name="count"/> buckets for <paramref name="value"/>, to spread rows looked up by a key over
    /// several partitions: FNV-1a over the UTF-16 code units, stable across processes and versions (unlike
    /// <see cref="string.GetHashCode()"/>), since a bucket that changed would hide every stored row.
    /// </summary>
    public static int Bucket(string value, int count)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)count);
    }

    /// <summary>The parts of a key, unescaped: the inverse of <see cref="Partition"/> and <see cref="Row"/>.</summary>
    public static string[] Split(string key) => [.. key.Split(Separator).Select(Uri.UnescapeDataString)];

    /// <summary>Escapes '/', '\', '#', '?', '|', '%' and control characters as %XX.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '|' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
