using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Teams.Tests.Hosting;

public sealed class BotEndpointTests : IAsyncLifetime
{
    private const int BodyLimit = 4096;

    private BotTestHost _sut = null!;

    public async Task InitializeAsync() => _sut = await BotTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Bot:Authentication:AllowUnauthenticatedLocalRequests"] = "true",
        ["Bot:Endpoint:MaxRequestBodySize"] = BodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Post_Message_HandsParsedActivityToHandlerAndAnswers200Empty()
    {
        var context = await PostAsync(TestActivities.Json(TestActivities.Message()));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("", ReadBody(context));
        var activity = Assert.Single(_sut.Handler.Received);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("29:1a2b3c", activity.From?.Id);
        Assert.Equal(TestActivities.ServiceUrl, activity.ServiceUrl);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Post_MalformedJson_Returns400(string body)
    {
        await AssertRejectedAsync(body, StatusCodes.Status400BadRequest);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task Post_JsonThatIsNotAnObject_Returns400(string body)
    {
        await AssertRejectedAsync(body, StatusCodes.Status400BadRequest);
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"text\":\"help\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":7}")]
    [InlineData("{\"type\":null}")]
    public async Task Post_MissingOrEmptyType_Returns400(string body)
    {
        await AssertRejectedAsync(body, StatusCodes.Status400BadRequest);
    }

    [Fact]
    public async Task Post_FieldOfTheWrongShape_Returns400()
    {
        await AssertRejectedAsync("{\"type\":\"conversationUpdate\",\"membersAdded\":5}", StatusCodes.Status400BadRequest);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyLargerThanLimit_Returns413(bool sendContentLength)
    {
        var body = TestActivities.Json(TestActivities.Message() with { Text = new string('x', BodyLimit) });

        var context = await PostAsync(body, sendContentLength: sendContentLength);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, context.Response.StatusCode);
        Assert.Empty(_sut.Handler.Received);
    }

    [Fact]
    public async Task Post_BodyExactlyAtLimit_ReachesHandler()
    {
        var bare = TestActivities.Json(TestActivities.Message() with { Text = "" });
        var body = TestActivities.Json(TestActivities.Message() with { Text = new string('x', BodyLimit - bare.Length) });

        var context = await PostAsync(body, sendContentLength: false);

        Assert.Equal(BodyLimit, Encoding.UTF8.GetByteCount(body));
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(_sut.Handler.Received);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_ContentTypeNotJson_Returns415(string contentType)
    {
        var context = await PostAsync(TestActivities.Json(TestActivities.Message()), contentType: contentType);

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, context.Response.StatusCode);
        Assert.Empty(_sut.Handler.Received);
    }

    [Fact]
    public async Task Post_Invoke_WritesInvokeResponseEnvelope()
    {
        _sut.Handler.Answer = _ => InvokeResponse.Message("Saved.");

        var context = await PostAsync(TestActivities.Json(TestActivities.CardAction()));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        using var envelope = JsonDocument.Parse(ReadBody(context));
        Assert.Equal(200, envelope.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", envelope.RootElement.GetProperty("type").GetString());
        Assert.Equal("Saved.", envelope.RootElement.GetProperty("value").GetString());
        Assert.Equal("save", Assert.Single(_sut.Handler.Received).Value?.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task Post_InvokeAnsweredWithOwnStatus_WritesThatStatus()
    {
        _sut.Handler.Answer = _ => new InvokeResponse(StatusCodes.Status404NotFound, Body: null);

        var context = await PostAsync(TestActivities.Json(TestActivities.CardAction()));

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Equal("", ReadBody(context));
    }

    [Fact]
    public async Task Post_MessageWhoseHandlerThrows_Returns500AndLogsError()
    {
        _sut.Handler.Answer = _ => throw new InvalidOperationException("storage down");

        var context = await PostAsync(TestActivities.Json(TestActivities.Message()));

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.Equal("", ReadBody(context));
        var error = Assert.Single(_sut.Logs.WithEvent("ActivityHandlerFailed"));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, error.Level);
        Assert.DoesNotContain("help", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvokeWhoseHandlerThrows_Returns200WithErrorEnvelope()
    {
        _sut.Handler.Answer = _ => throw new InvalidOperationException("storage down");

        var context = await PostAsync(TestActivities.Json(TestActivities.CardAction()));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var envelope = JsonDocument.Parse(ReadBody(context));
        Assert.Equal(500, envelope.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", envelope.RootElement.GetProperty("type").GetString());
        Assert.Single(_sut.Logs.WithEvent("ActivityHandlerFailed"));
    }

    private static string ReadBody(HttpContext context) =>
        new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEnd();

    private Task<HttpContext> PostAsync(string body, string contentType = "application/json", bool sendContentLength = true) =>
        _sut.PostAsync(body, remote: IPAddress.Loopback, contentType: contentType, sendContentLength: sendContentLength);

    private async Task AssertRejectedAsync(string body, int status)
    {
        var context = await PostAsync(body);

        Assert.Equal(status, context.Response.StatusCode);
        Assert.Empty(_sut.Handler.Received);
        Assert.Single(_sut.Logs.WithEvent("ActivityRequestRejected"));
    }
}
