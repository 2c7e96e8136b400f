using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Hosting;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Commitments;

/// <summary>
/// One instance of the service through its real HTTP endpoint (Kestrel on loopback) on the test Azurite, its
/// table requests counted. Instances made with the same prefix share storage as two instances of one deployment
/// do. The timed background services are left out so that only turns touch storage.
/// </summary>
internal sealed class CommitmentCardHost : CadenceBotFactory
{
    private readonly string _prefix;
    private HttpClient? _client;

    public CommitmentCardHost(string? prefix = null)
    {
        _prefix = prefix ?? AzuriteStorage.UniquePrefix();
        Counter = new TableRequestCounter(_prefix);

        // Kestrel on loopback: the local-development setting accepts requests without a token from there only.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public string Prefix => _prefix;

    public TableRequestCounter Counter { get; }

    public CommitmentStore Store => Services.GetRequiredService<CommitmentStore>();

    public IPeopleStore People => Services.GetRequiredService<IPeopleStore>();

    public async Task<Commitment> CommitAsync(TeamsUser owner, DateTimeOffset due)
    {
        var commitment = new Commitment
        {
            TenantId = ActivityBuilder.TenantId,
            Id = Guid.NewGuid().ToString("N"),
            Text = "Send Contoso the revised proposal with the volume discount",
            OwnerIds = [owner.AadObjectId],
            DueAt = due,
            SuccessCriterion = "Contoso confirms they have it",
            CreatedBy = owner.AadObjectId,
            Origin = new CommitmentOrigin(CommitmentOriginKind.Chat, owner.PersonalConversationId),
            CreatedAt = due.AddDays(-7),
        };
        await Store.AddAsync(commitment, default);
        return commitment;
    }

    public Task<Commitment?> GetAsync(string id) => Store.GetAsync(ActivityBuilder.TenantId, id, default);

    /// <summary>Posts the activity as Teams would and returns the status and the invoke answer.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string activityJson)
    {
        _client ??= CreateClient();
        using var content = new StringContent(activityJson, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        [.. base.Settings().Where(s => s.Key != "Storage:TablePrefix"), new("Storage:TablePrefix", _prefix)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<CadenceTables>();
            services.AddSingleton(provider =>
                new CadenceTables(provider.GetRequiredService<IOptions<StorageOptions>>(), Counter.ClientOptions()));
            foreach (var background in services
                .Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationType is { } type
                    && (type == typeof(SchedulerService)
                        || type == typeof(DeliveryService)
                        || type == typeof(DailyRefreshStarter)))
                .ToList())
            {
                services.Remove(background);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        _client?.Dispose();
        base.Dispose(disposing);
    }
}
