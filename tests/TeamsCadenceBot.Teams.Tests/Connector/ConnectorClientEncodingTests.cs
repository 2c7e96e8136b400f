using System.Text;
using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorClientEncodingTests
{
    [Fact]
    public async Task SendAsync_CardWithCjkAndAccentedText_SendsUtf8OfTheSizeTheCardChecksMeasure()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, """{"id":"1:sent"}"""));
        const string text = "契約書を送る: Müller & Søn's <offer>";
        var card = new AdaptiveCard { Body = [new TextBlock(text)] };
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
        var sut = harness.CreateClient();

        await sut.SendAsync(harness.Address, activity, CancellationToken.None).Bounded();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Contains(text, request.Body, StringComparison.Ordinal);
        var measured = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options).Length;
        Assert.Equal(measured, Encoding.UTF8.GetByteCount(request.Body));
    }
}
