using System.Text;
using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Teams.Tests.Activities;

public sealed class ProtocolJsonTests
{
    private const string Accented = "Café, déjà vu: Müller & Søn's offer";
    private const string Cjk = "契約書をコントソ社の法務部に送る";

    private static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJson.Options);

    [Theory]
    [InlineData(Accented)]
    [InlineData(Cjk)]
    public void Serialize_NonAsciiText_WritesItAsUtf8WithoutEscapes(string text)
    {
        var sut = Serialize(new Activity { Type = ActivityTypes.Message, Text = text });

        Assert.Contains($"\"text\":\"{text}\"", sut, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_HtmlSensitiveCharacters_WritesThemAsIs()
    {
        var sut = Serialize(new Activity { Type = ActivityTypes.Message, Text = "R&D's <b>plan</b> + 2" });

        Assert.Contains("R&D's <b>plan</b> + 2", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_QuotesBackslashesAndControlCharacters_EscapesThemAndReadsBackTheSame()
    {
        const string text = "say \"yes\" \\ now\nnext\ttab \u0001 end";

        var sut = Serialize(new Activity { Type = ActivityTypes.Message, Text = text });

        Assert.Contains("say \\\"yes\\\" \\\\ now\\nnext\\ttab \\u0001 end", sut, StringComparison.Ordinal);
        Assert.Equal(text, JsonSerializer.Deserialize<Activity>(sut, ProtocolJson.Options)!.Text);
    }

    [Fact]
    public void Deserialize_InboundWithEscapes_ReadsTheText()
    {
        const string json = """{"type":"message","text":"caf\u00e9 \u5951\u7d04 \u0026 \u003Cb\u003E \ud83d\ude00"}""";

        var sut = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

        Assert.Equal("café 契約 & <b> 😀", sut.Text);
    }

    [Fact]
    public void Deserialize_InboundUtf8_ReadsTheText()
    {
        var json = Encoding.UTF8.GetBytes($$"""{"Type":"message","text":"{{Cjk}} {{Accented}}"}""");

        var sut = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

        Assert.Equal(ActivityTypes.Message, sut.Type);
        Assert.Equal($"{Cjk} {Accented}", sut.Text);
    }

    [Fact]
    public void CardSizeBytes_CjkCard_TakesThreeBytesACharacterNotSix()
    {
        var text = string.Concat(Enumerable.Repeat(Cjk, 1000 / Cjk.Length + 1))[..1000];
        var card = new AdaptiveCard { Body = [new TextBlock(text)] };
        var empty = new AdaptiveCard { Body = [new TextBlock("")] };

        var sut = CardSize.Bytes(card) - CardSize.Bytes(empty);

        Assert.Equal(Encoding.UTF8.GetByteCount(text), sut);
        Assert.Equal(3000, sut);
    }
}
