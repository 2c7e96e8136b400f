using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>
/// Counts what the service asks of the Table service: a policy on the table client's pipeline that records
/// every request, and for a query the length of the <c>value</c> array in its JSON answer.
/// </summary>
internal sealed class StorageCallCounter(string tablePrefix) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<StorageCall> _calls = new();

    public TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return options;
    }

    public IReadOnlyList<StorageCall> Calls => [.. _calls];

    public void Reset() => _calls.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Record(message, Stopwatch.GetElapsedTime(started));
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline);
        Record(message, Stopwatch.GetElapsedTime(started));
    }

    private void Record(HttpMessage message, TimeSpan elapsed)
    {
        var method = message.Request.Method.Method;
        var segment = message.Request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var keyed = segment.Contains("PartitionKey=", StringComparison.Ordinal);
        var table = segment.Split('(')[0];
        if (table.StartsWith(tablePrefix, StringComparison.Ordinal))
        {
            table = table[tablePrefix.Length..];
        }

        var status = message.Response.Status;
        var queryEntities = 0;
        var pointRead = false;
        if (method == "GET" && status == 200)
        {
            if (keyed)
            {
                pointRead = true;
            }
            else
            {
                queryEntities = CountValues(message.Response.Content);
            }
        }

        _calls.Enqueue(new StorageCall(method, table, status, queryEntities, pointRead, elapsed));
    }

    private static int CountValues(BinaryData content)
    {
        using var document = JsonDocument.Parse(content.ToMemory());
        return document.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.GetArrayLength()
            : 0;
    }
}
