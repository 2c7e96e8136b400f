namespace TeamsCadenceBot.Teams.Cards;

/// <summary>Shortens free text for a card.</summary>
public static class CardText
{
    /// <summary>
    /// The text trimmed, and if longer than <paramref name="maxLength"/> characters cut to that length with an
    /// ellipsis, never between the two halves of a surrogate pair.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var trimmed = text.Trim();
        return trimmed.Length <= maxLength ? trimmed : Cut(trimmed, maxLength - 1).TrimEnd() + "…";
    }

    /// <summary>
    /// The text trimmed and cut to at most <paramref name="maxLength"/> characters, without a mark, never between
    /// the two halves of a surrogate pair.
    /// </summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var trimmed = text.Trim();
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        return trimmed[..(char.IsHighSurrogate(trimmed[maxLength - 1]) ? maxLength - 1 : maxLength)];
    }
}
