using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Data.Tables;
using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// The floor the service is compared with: a minimal ASP.NET Core app, run as a process of its own with the
/// same server garbage collector as the service, that for each turn parses the activity, reads and writes one
/// entity in Azurite, and answers with the very card the service answered with (captured from it): a message
/// sends the help card through the connector and acknowledges with 200, an invoke returns the updated
/// commitment card in the invoke response.
/// </summary>
internal static class BareServer
{
    public const string Command = "bare-server";

    private const string Partition = "bare";

    public static async Task RunAsync(BenchOptions options)
    {
        var port = options.Number("port", 0);
        var helpActivity = await File.ReadAllBytesAsync(options.Text("help-activity") ?? throw Missing("help-activity"));
        var invokeAnswer = await File.ReadAllBytesAsync(options.Text("invoke-answer") ?? throw Missing("invoke-answer"));
        var table = new TableServiceClient(options.Storage).GetTableClient((options.Text("prefix") ?? "bare") + "bare");
        await table.CreateIfNotExistsAsync();

        var builder = LoopbackServer.CreateBuilder(port);
        builder.Services.AddHttpClient("connector").ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false });
        await using var app = builder.Build();

        app.MapPost("/bare/message", async (HttpContext context, IHttpClientFactory clients) =>
        {
            var (conversationId, serviceUrl) = await ReadAsync(context);
            await ReadAndWriteAsync(table, conversationId, context.RequestAborted);

            using var card = new ByteArrayContent(helpActivity);
            card.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
            using var sent = await clients.CreateClient("connector").PostAsync(url, card, context.RequestAborted);
            await sent.Content.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.StatusCode = sent.IsSuccessStatusCode ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway;
        });

        app.MapPost("/bare/invoke", async context =>
        {
            var (conversationId, _) = await ReadAsync(context);
            await ReadAndWriteAsync(table, conversationId, context.RequestAborted);

            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(invokeAnswer, context.RequestAborted);
        });

        await app.RunAsync();
    }

    private static async Task<(string ConversationId, string ServiceUrl)> ReadAsync(HttpContext context)
    {
        using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = activity.RootElement;
        return (root.GetProperty("conversation").GetProperty("id").GetString()!, root.GetProperty("serviceUrl").GetString()!);
    }

    // One read and one write of one entity, the write under the ETag the read gave, as the service's stores do.
    private static async Task ReadAndWriteAsync(TableClient table, string conversationId, CancellationToken cancellationToken)
    {
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(Partition, conversationId, cancellationToken: cancellationToken);
        var entity = stored.HasValue ? stored.Value! : new TableEntity(Partition, conversationId);
        entity["Turns"] = (entity.GetInt32("Turns") ?? 0) + 1;
        if (stored.HasValue)
        {
            await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            await table.AddEntityAsync(entity, cancellationToken);
        }
    }

    private static ArgumentException Missing(string name) => new($"--{name} is required.", name);
}
