using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsCadenceBot.Teams.Tests.Authentication;

/// <summary>
/// A real HTTP server on 127.0.0.1 that publishes OpenID metadata and key sets the tests control: one for
/// the Bot Framework and one per Entra ID tenant.
/// </summary>
public sealed class LocalOpenIdServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string BotFrameworkMetadataUrl => $"{BaseUrl}/botframework/.well-known/openidconfiguration";

    public string EntraMetadataUrlTemplate => $"{BaseUrl}/{{tenant}}/v2.0/.well-known/openid-configuration";

    internal ConcurrentDictionary<string, List<TestSigningKey>> KeySets { get; } = new();

    internal ConcurrentDictionary<string, int> KeySetRequests { get; } = new();

    /// <summary>When set, the metadata documents name this key set URL instead of the server's own.</summary>
    public string? JwksUriOverride { get; set; }

    /// <summary>When true, key set requests fail with 500.</summary>
    public bool FailKeySets { get; set; }

    internal List<TestSigningKey> BotFrameworkKeys => KeySets.GetOrAdd("botframework", _ => []);

    internal List<TestSigningKey> EntraKeys(string tenant) => KeySets.GetOrAdd(tenant, _ => []);

    public int KeySetRequestCount(string set) => KeySetRequests.GetValueOrDefault(set);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/botframework/.well-known/openidconfiguration", () => Metadata("botframework"));
        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Metadata(tenant));
        _app.MapGet("/{set}/keys", (string set) => KeySet(set));
        await _app.StartAsync();
        BaseUrl = _app.Urls.Single();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private IResult Metadata(string set) => Results.Text(
        new JsonObject { ["issuer"] = set, ["jwks_uri"] = JwksUriOverride ?? $"{BaseUrl}/{set}/keys" }.ToJsonString(),
        "application/json");

    private IResult KeySet(string set)
    {
        KeySetRequests.AddOrUpdate(set, 1, (_, count) => count + 1);
        if (FailKeySets)
        {
            return Results.StatusCode(500);
        }

        var keys = KeySets.GetValueOrDefault(set) ?? [];
        var jwks = new JsonObject { ["keys"] = new JsonArray([.. keys.Select(key => key.ToJwk())]) };
        return Results.Text(jwks.ToJsonString(), "application/json");
    }
}
