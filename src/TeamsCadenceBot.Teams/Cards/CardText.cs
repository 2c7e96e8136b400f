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
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        var cut = maxLength - 1;
        if (char.IsHighSurrogate(trimmed[cut - 1]))
        {
            cut--;
        }

        return trimmed[..cut].TrimEnd() + "…";
    }
}
