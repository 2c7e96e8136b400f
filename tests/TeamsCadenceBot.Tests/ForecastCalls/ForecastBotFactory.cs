using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Hosting;

namespace TeamsCadenceBot.Tests.ForecastCalls;

/// <summary>
/// The real service on the test Azurite with the fake connector and a fake clock, spoken to through its real
/// <c>/api/messages</c> endpoint from a loopback address (the local-development profile accepts it without a token).
/// </summary>
internal sealed class ForecastBotFactory(DateTimeOffset start) : CadenceBotFactory
{
    private int _activityNumber;

    public FakeConnector Connector { get; } = new();

    public FakeTimeProvider Clock { get; } = new(start);

    /// <summary>A message typed in the channel, with the bot mentioned as Teams sends it.</summary>
    public Task<HttpResponseMessage> TypeAsync(
        string tenantId,
        string channelId,
        (string Id, string Name) from,
        string text) =>
        PostAsync(Activity(tenantId, channelId, from, text));

    /// <summary>An <c>adaptiveCard/action</c> invoke, as Teams sends a refresh or a click.</summary>
    public Task<HttpResponseMessage> InvokeAsync(
        string tenantId,
        string channelId,
        (string Id, string Name) from,
        string verb,
        object data,
        bool refresh)
    {
        var value = JsonSerializer.SerializeToElement(
            new
            {
                action = new { type = "Action.Execute", verb, data },
                trigger = refresh ? "automatic" : "manual",
            },
            ProtocolJson.Options);
        return PostAsync(Activity(tenantId, channelId, from, null) with
        {
            Type = ActivityTypes.Invoke,
            Name = ActivityTypes.AdaptiveCardActionInvoke,
            Text = null,
            Value = value,
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IConnectorClient>(Connector);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        var context = await Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/messages";
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(body);
            http.Request.ContentLength = body.Length;
            http.Connection.RemoteIpAddress = IPAddress.Loopback;
        });
        var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        response.Content = new StringContent(await reader.ReadToEndAsync(), Encoding.UTF8, "application/json");
        return response;
    }

    private Activity Activity(string tenantId, string channelId, (string Id, string Name) from, string? text)
    {
        var number = Interlocked.Increment(ref _activityNumber).ToString(CultureInfo.InvariantCulture);
        return ActivityBuilder.Message(text ?? "")
            .WithId("forecast-http-" + number)
            .InTeam(ForecastTestbed.UserOf(from.Id, from.Name), channelId, threadRootId: "17647700000" + number)
            .WithTenant(tenantId)
            .Build();
    }
}
