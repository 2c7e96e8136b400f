using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Tests.People;

public static class CardInspection
{
    public static AdaptiveCard CardOf(InvokeResponse response) =>
        Assert.IsType<AdaptiveCard>(Assert.IsType<UniversalActionBody>(response.Body).Value);

    public static string MessageOf(InvokeResponse response) =>
        Assert.IsType<string>(Assert.IsType<UniversalActionBody>(response.Body).Value);

    public static IEnumerable<CardElement> Elements(AdaptiveCard card) => card.Body.SelectMany(Flatten);

    public static T Input<T>(AdaptiveCard card, string id) where T : CardElement =>
        Assert.Single(Elements(card).OfType<T>(), e => e.Id == id);

    public static string Text(AdaptiveCard card) =>
        string.Join('\n', Elements(card).Select(e => e switch
        {
            TextBlock t => t.Text,
            FactSet f => string.Join('\n', f.Facts.Select(x => $"{x.Title}: {x.Value}")),
            _ => null,
        }).OfType<string>());

    public static int SerializedSize(AdaptiveCard card) =>
        JsonSerializer.SerializeToUtf8Bytes(card.ToAttachment(), ProtocolJson.Options).Length;

    public static JsonElement Data(object value) => JsonSerializer.SerializeToElement(value, ProtocolJson.Options);

    private static IEnumerable<CardElement> Flatten(CardElement element) => element switch
    {
        Container c => c.Items.SelectMany(Flatten).Prepend(c),
        ColumnSet s => s.Columns.SelectMany(col => col.Items).SelectMany(Flatten).Prepend(s),
        _ => [element],
    };
}
