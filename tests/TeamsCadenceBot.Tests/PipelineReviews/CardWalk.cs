using System.Text;
using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>Reads a typed card the way Teams would see it: every element and action, nested ones included.</summary>
internal static class CardWalk
{
    public static IEnumerable<CardElement> Elements(AdaptiveCard card) =>
        card.Body.SelectMany(Flatten).Concat(Actions(card).OfType<ShowCardAction>().SelectMany(a => a.Card.Body.SelectMany(Flatten)));

    public static IEnumerable<CardAction> Actions(AdaptiveCard card)
    {
        foreach (var action in (card.Actions ?? []).Concat(card.Body.SelectMany(Flatten).OfType<ActionSet>().SelectMany(s => s.Actions)))
        {
            yield return action;
            if (action is ShowCardAction show)
            {
                foreach (var nested in Actions(show.Card))
                {
                    yield return nested;
                }
            }
        }
    }

    public static IEnumerable<string> Texts(AdaptiveCard card) => Elements(card).OfType<TextBlock>().Select(t => t.Text);

    public static int Utf8Size(AdaptiveCard card) =>
        Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(card, ProtocolJson.Options));

    private static IEnumerable<CardElement> Flatten(CardElement element)
    {
        yield return element;
        var children = element switch
        {
            Container c => c.Items,
            ColumnSet s => s.Columns.SelectMany(c => c.Items).ToList(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
