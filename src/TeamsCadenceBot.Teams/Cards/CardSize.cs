using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Cards;

/// <summary>
/// How big a card is as sent: Teams refuses a bot message of about 100 KB, and the cards stay under 80 KB with
/// the message around them, so a card's own JSON keeps to <see cref="MaxBytes"/>.
/// </summary>
public static class CardSize
{
    /// <summary>The most UTF-8 bytes a card's JSON takes, leaving room for the message's addressing.</summary>
    public const int MaxBytes = 76 * 1024;

    /// <summary>The UTF-8 size of the card's JSON, written with the protocol's settings as it is sent.</summary>
    public static int Bytes(AdaptiveCard card) =>
        JsonSerializer.SerializeToUtf8Bytes(card, ProtocolJson.Options).Length;

    /// <summary>True when the card's JSON takes at most <see cref="MaxBytes"/>.</summary>
    public static bool Fits(AdaptiveCard card) => Bytes(card) <= MaxBytes;

    /// <summary>
    /// Builds the card with each of <paramref name="tries"/> in turn (from the most it would show to the least) and
    /// returns the first that fits, or the last built when none does.
    /// </summary>
    public static AdaptiveCard FirstThatFits<T>(IEnumerable<T> tries, Func<T, AdaptiveCard> build)
    {
        ArgumentNullException.ThrowIfNull(tries);
        ArgumentNullException.ThrowIfNull(build);
        AdaptiveCard? card = null;
        foreach (var attempt in tries)
        {
            card = build(attempt);
            if (Fits(card))
            {
                return card;
            }
        }

        return card ?? throw new ArgumentException("No way to build the card was given.", nameof(tries));
    }
}
