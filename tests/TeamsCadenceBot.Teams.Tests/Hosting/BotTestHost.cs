using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Teams.Tests.Hosting;

/// <summary>The bot endpoint in a test server, with a recording handler, recorded logs and a fake clock.</summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    // Far from the machine's clock, so that a lifetime check reading the system clock would fail the tests.
    public static readonly DateTimeOffset Start = new(2031, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public static readonly IPAddress RemoteAddress = IPAddress.Parse("52.112.0.10");

    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, RecordingActivityHandler handler, RecordingLoggerProvider logs, FakeTimeProvider time)
    {
        _app = app;
        Handler = handler;
        Logs = logs;
        Time = time;
    }

    public RecordingActivityHandler Handler { get; }

    public RecordingLoggerProvider Logs { get; }

    public FakeTimeProvider Time { get; }

    public static WebApplication Build(
        IDictionary<string, string?> settings,
        string environment,
        RecordingLoggerProvider logs,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        services?.Invoke(builder.Services);
        builder.Services.AddTeamsBotEndpoint(builder.Configuration);
        var app = builder.Build();
        app.MapBotEndpoint();
        return app;
    }

    public static async Task<BotTestHost> StartAsync(IDictionary<string, string?> settings, string environment = "Development")
    {
        var logs = new RecordingLoggerProvider();
        var handler = new RecordingActivityHandler();
        var time = new FakeTimeProvider(Start);
        var app = Build(settings, environment, logs, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IActivityHandler>(handler);
        });
        var host = new BotTestHost(app, handler, logs, time);
        await app.StartAsync();
        return host;
    }

    public async Task<HttpContext> PostAsync(
        string body,
        string? authorization = null,
        IPAddress? remote = null,
        string contentType = "application/json",
        bool sendContentLength = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return await _app.GetTestServer().SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/messages";
            context.Request.ContentType = contentType;
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = sendContentLength ? bytes.Length : null;
            if (authorization is not null)
            {
                context.Request.Headers.Authorization = authorization;
            }

            context.Connection.RemoteIpAddress = remote ?? RemoteAddress;
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
