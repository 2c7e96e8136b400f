using System.Text;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Tests.Cards;

// The size check counts the bytes the connector sends: UTF-8, not a 6-byte escape for each non-ASCII character.
[Collection(OfficialCardParser.Collection)]
public sealed class CardAssertEncodingTests(OfficialCardParser parser)
{
    [Fact]
    public async Task IsValidForTeamsAsync_CardOf25000CjkCharacters_PassesAtThreeBytesACharacter()
    {
        var text = ScriptText.Text("cjk", "契約", 25_000);
        var card = new AdaptiveCard { Body = [new TextBlock(text)] };
        var empty = new AdaptiveCard { Body = [new TextBlock("")] };

        await CardAssert.IsValidForTeamsAsync(parser, card);

        var sut = CardAssert.MessageBytes(card.ToAttachment()) - CardAssert.MessageBytes(empty.ToAttachment());
        Assert.Equal(Encoding.UTF8.GetByteCount(text), sut);
    }
}
