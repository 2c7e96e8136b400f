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
}
