using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// How much one 1:1 holds. The caps keep an occurrence in one table property and its cards far under Teams'
/// message size, with room for the longest realistic content.
/// </summary>
internal static class OneOnOneLimits
{
    public const int Priorities = 3;
    public const int Deals = 3;
    public const int PriorityLength = 300;
    public const int DealLength = 150;
    public const int OtherTopicsLength = 1000;
    public const int Topics = 20;
    public const int TopicLength = 300;
    public const int Decisions = 20;
    public const int ItemTextLength = 300;
    public const int CriterionLength = 300;

    /// <summary>The most action items one 1:1 takes, and the most earlier items an agenda lists.</summary>
    public const int Items = 25;

    /// <summary>The text trimmed and cut to <paramref name="length"/>, never between a surrogate pair's halves.</summary>
    public static string Clip(string text, int length) => CardText.Cut(text, length);
}
