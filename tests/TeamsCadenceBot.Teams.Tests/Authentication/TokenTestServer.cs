namespace TeamsCadenceBot.Teams.Tests.Authentication;

/// <summary>A local OpenID server publishing the keys the token tests sign with.</summary>
public sealed class TokenTestServer : IAsyncLifetime
{
    public const string ForeignTenantId = "3f2e1d0c-9b8a-4765-8432-10fedcba9876";

    public LocalOpenIdServer Server { get; } = new();

    internal TestSigningKey TeamsKey { get; } = new("bf-teams", "msteams", "skype");

    internal TestSigningKey WebChatKey { get; } = new("bf-webchat", "webchat");

    internal TestSigningKey UnendorsedKey { get; } = TestSigningKey.WithoutEndorsements("bf-bare");

    internal TestSigningKey EntraKey { get; } = TestSigningKey.WithoutEndorsements("entra-1");

    internal TestSigningKey ForeignEntraKey { get; } = TestSigningKey.WithoutEndorsements("entra-foreign");

    internal TestSigningKey ImpostorKey { get; } = TestSigningKey.Impostor("bf-teams");

    internal TestSigningKey UnpublishedKey { get; } = new("unpublished", "msteams");

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Server.BotFrameworkKeys.AddRange([TeamsKey, WebChatKey, UnendorsedKey]);
        Server.EntraKeys(TestTokens.TenantId).Add(EntraKey);
        Server.EntraKeys(ForeignTenantId).Add(ForeignEntraKey);
    }

    public Task DisposeAsync() => Server.DisposeAsync();

    public Dictionary<string, string?> Settings() => new()
    {
        ["Bot:AppId"] = TestTokens.AppId,
        ["Bot:TenantId"] = TestTokens.TenantId,
        ["Bot:Authentication:BotFrameworkMetadataUrl"] = Server.BotFrameworkMetadataUrl,
        ["Bot:Authentication:EntraMetadataUrl"] = Server.EntraMetadataUrlTemplate,
        // The machine running the tests may be busy; a slow download must not pass for a refused token.
        ["Bot:Authentication:MetadataRequestTimeout"] = "00:01:00",
    };
}
