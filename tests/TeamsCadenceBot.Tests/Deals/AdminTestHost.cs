using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Admin;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>
/// The deal import endpoint in a test server on Azurite. The authority's OpenID metadata is not downloaded: the
/// tests hand the bearer scheme a fixed configuration with the issuer and a local RSA key, and sign their tokens
/// with that key (or another one, for forgeries).
/// </summary>
internal sealed class AdminTestHost : IAsyncDisposable
{
    public const string Audience = "5c7e1d2a-3b4c-4d5e-8f60-718293a4b5c6";
    public const string Role = "Cadence.Admin";

    public static readonly string Issuer = $"https://login.microsoftonline.com/{TestPeople.Tenant}/v2.0";

    public static readonly RsaSecurityKey SigningKey = new(RSA.Create(2048)) { KeyId = "admin-key" };

    public static readonly RsaSecurityKey ForgedKey = new(RSA.Create(2048)) { KeyId = "admin-key" };

    private readonly WebApplication _app;

    private AdminTestHost(WebApplication app, FakeTimeProvider clock)
    {
        _app = app;
        Clock = clock;
        Client = app.GetTestClient();
    }

    public FakeTimeProvider Clock { get; }

    public HttpClient Client { get; }

    /// <summary>
    /// Starts the host; <paramref name="services"/> registers what an extra endpoint needs (after the defaults, so it
    /// may replace them) and <paramref name="map"/> maps it. Unless told not to, it waits for the storage upgrades,
    /// as the imports answer 503 until they are done.
    /// </summary>
    public static async Task<AdminTestHost> StartAsync(
        bool configured = true,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? map = null,
        bool waitForUpgrades = true)
    {
        var clock = new FakeTimeProvider(TestImporter.Now);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.Sources.Clear();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteStorage.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteStorage.UniquePrefix(),
        };
        if (configured)
        {
            settings["Admin:Authority"] = Issuer;
            settings["Admin:Audience"] = Audience;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddCadenceStorage();
        builder.Services.AddSingleton(TestPeople.Store());
        builder.Services.AddDeals();
        builder.Services.AddSingleton<TeamsCadenceBot.PipelineReviews.TeamSettingsStore>();
        builder.Services.AddQuotas();
        builder.Services.AddSingleton<TeamsCadenceBot.Scheduling.DeadLetterStore>();
        services?.Invoke(builder.Services);
        builder.Services.PostConfigure<JwtBearerOptions>(AdminAuthentication.Scheme, jwt =>
        {
            var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
            metadata.SigningKeys.Add(SigningKey);
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
        });
        var app = builder.Build();
        app.MapDeals();
        app.MapQuotas();
        TeamsCadenceBot.Scheduling.DeadLetterEndpoint.MapDeadLetters(app);
        map?.Invoke(app);
        await app.StartAsync();
        if (waitForUpgrades)
        {
            await app.Services.GetRequiredService<StorageUpgrades>().WhenCompleted.WaitAsync(TimeSpan.FromSeconds(30));
        }

        return new AdminTestHost(app, clock);
    }

    public string Token(
        string[]? roles = null,
        string audience = Audience,
        string tenant = TestPeople.Tenant,
        SecurityKey? key = null,
        string? issuer = null)
    {
        var now = Clock.GetUtcNow();
        var claims = new Dictionary<string, object> { ["tid"] = tenant, ["oid"] = TestPeople.AlexId };
        if ((roles ?? [Role]) is { Length: > 0 } granted)
        {
            claims["roles"] = granted;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1).UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.AddMinutes(59).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public Task<HttpResponseMessage> PostCsvAsync(string csv, string? token, string tenant = TestPeople.Tenant) =>
        PostAsync(new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), token, tenant);

    public Task<HttpResponseMessage> PostAsync(HttpContent content, string? token, string tenant = TestPeople.Tenant) =>
        PostAsync("/admin/deals/import", content, token, tenant);

    public async Task<HttpResponseMessage> PostAsync(string route, HttpContent content, string? token, string tenant)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{route}?tenant={Uri.EscapeDataString(tenant)}")
        {
            Content = content,
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public IServiceProvider Services => _app.Services;

    public Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        string? token,
        HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
