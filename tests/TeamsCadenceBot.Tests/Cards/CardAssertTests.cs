using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using Xunit.Sdk;

namespace TeamsCadenceBot.Tests.Cards;

[Collection(OfficialCardParser.Collection)]
public sealed class CardAssertTests(OfficialCardParser parser)
{
    [Fact]
    public async Task IsValidForTeamsAsync_CardUsingTeamsFeatures_Passes()
    {
        var ann = new ChannelAccount("29:ann", "Ann");
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Commitments for <at>Ann</at>") { Weight = "Bolder", Style = "heading" },
                new ChoiceSetInput([new Choice("Ann", "29:ann"), new Choice("Bob", "29:bob")])
                {
                    Id = "rep",
                    Label = "Rep",
                    Style = "filtered",
                    IsRequired = true,
                    ErrorMessage = "Pick a rep.",
                },
                new DateInput { Id = "due", Label = "Due", Min = "2026-12-03" },
                new ColumnSet([new Column([new RichTextBlock([new TextRun("Done") { Strikethrough = true }])])]),
            ],
            Actions = [new ExecuteAction("commitments.save") { Title = "Save", Data = new { Week = 49 } }],
            Teams = new TeamsCardSettings("Full", [new CardMention("<at>Ann</at>", ann)]),
        };

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_DuplicateInputIds_FailsWithDuplicateId()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextInput { Id = "note", Label = "Note" }, new TextInput { Id = "note", Label = "Again" }],
        };

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("DuplicateId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_InvalidPropertyValue_FailsWithInvalidPropertyValue()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Too big") { Size = "Huge" }] };

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("InvalidPropertyValue", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_RequiredInputWithoutLabel_Fails()
    {
        var card = new AdaptiveCard { Body = [new TextInput { Id = "note", IsRequired = true }] };

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("RequiredInputsShouldHaveLabel", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_Version16_FailsOnVersion()
    {
        var card = new AdaptiveCard { Version = "1.6", Body = [new TextBlock("New")] };

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("Version \"1.6\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("UnsupportedCardVersion", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rating")]
    [InlineData("Media")]
    public async Task IsValidForTeamsAsync_ElementTeamsDoesNotRender_FailsWithUnknownElementType(string type)
    {
        var card = Json("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TYPE"}]}"""
            .Replace("TYPE", type, StringComparison.Ordinal));

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("UnknownElementType", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_UnknownProperty_FailsWithUnknownProperty()
    {
        var card = Json("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"a","colour":"Good"}]}
            """);

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("UnknownProperty", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_MessageOneByteUnderLimit_Passes()
    {
        var card = CardWithMessageBytes(CardAssert.MaxMessageBytes - 1);

        await CardAssert.IsValidForTeamsAsync(parser, card);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_MessageAtLimit_FailsOnSize()
    {
        var card = CardWithMessageBytes(CardAssert.MaxMessageBytes);

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("80 KB", failure.Message, StringComparison.Ordinal);
        Assert.True((await parser.ValidateAsync(card)).Valid);
    }

    [Fact]
    public async Task IsValidForTeamsAsync_MessageWellOver80KB_FailsOnSize()
    {
        var rows = Enumerable.Range(0, 400)
            .Select(i => new TextBlock($"Deal {i}: " + new string('x', 250)))
            .ToArray<CardElement>();
        var card = new AdaptiveCard { Body = rows };

        var failure = await Assert.ThrowsAsync<FailException>(() => CardAssert.IsValidForTeamsAsync(parser, card));

        Assert.Contains("80 KB", failure.Message, StringComparison.Ordinal);
    }

    private static AdaptiveCard CardWithMessageBytes(int bytes)
    {
        var empty = new AdaptiveCard { Body = [new TextBlock("")] };
        var overhead = CardAssert.MessageBytes(empty.ToAttachment());
        var card = new AdaptiveCard { Body = [new TextBlock(new string('x', bytes - overhead))] };
        Assert.Equal(bytes, CardAssert.MessageBytes(card.ToAttachment()));
        return card;
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
