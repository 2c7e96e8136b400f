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
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Hosting;

namespace TeamsCadenceBot.Tests.ForecastCalls;

/// <summary>
/// The real service on the test Azurite with the fake connector and a fake clock, spoken to through its real
/// <c>/api/messages</c> endpoint from a loopback address (the local-development profile accepts it without a token).
/// </summary>
internal sealed class ForecastBotFactory(DateTimeOffset start) : CadenceBotFactory
{
    public const string ServiceUrl = "https://smba.example.test/amer/";

    private int _activityNumber;

    public FakeConnector Connector { get; } = new();

    public FakeTimeProvider Clock { get; } = new(start);

    /// <summary>A message typed in the channel, with the bot mentioned as Teams sends it.</summary>
    public Task<HttpResponseMessage> TypeAsync(string tenantId, string channelId, (string Id, string Name) from, string text) =>
        PostAsync(Activity(tenantId, channelId, from, ActivityTypes.Message) with
        {
            Text = "<at>Cadence</at> " + text,
            Entities =
            [
                new Entity
                {
                    Type = "mention",
                    Mentioned = new ChannelAccount("28:bot", "Cadence"),
                    Text = "<at>Cadence</at>",
                },
            ],
        });

    /// <summary>An <c>adaptiveCard/action</c> invoke with the verb and data, as Teams sends a refresh or a click.</summary>
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
        return PostAsync(Activity(tenantId, channelId, from, ActivityTypes.Invoke) with
        {
            Name = ActivityTypes.AdaptiveCardActionInvoke,
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

    private Activity Activity(string tenantId, string channelId, (string Id, string Name) from, string type)
    {
        var number = Interlocked.Increment(ref _activityNumber).ToString(CultureInfo.InvariantCulture);
        return new Activity
        {
            Type = type,
            Id = "forecast-http-" + number,
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount(ForecastTestbed.TeamsId(from.Id), from.Name, from.Id),
            Recipient = new ChannelAccount("28:bot", "Cadence"),
            Conversation = new ConversationAccount(channelId + ";messageid=17647700000" + number, "channel", tenantId, IsGroup: true),
            ChannelData = new TeamsChannelData
            {
                Tenant = new TenantInfo(tenantId),
                Team = new TeamInfo("19:team-http@thread.tacv2"),
                Channel = new ChannelInfo(channelId),
            },
        };
    }
}
