using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Tests.Storage;

/// <summary>
/// Records every request a table client sends, as "METHOD table" ("POST $batch" for a transaction), so a test
/// can pin down how many storage round trips a turn takes without timing anything.
/// </summary>
internal sealed class TableRequestCounter(string tablePrefix) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public TableClientOptions ClientOptions()
    {
        var options = AzuriteStorage.FailFastOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return options;
    }

    public void Reset() => _requests.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        var segment = message.Request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var table = segment.Split('(')[0];
        _requests.Enqueue(message.Request.Method.Method + " " + (table.StartsWith(tablePrefix, StringComparison.Ordinal)
            ? table[tablePrefix.Length..]
            : table));
    }
}
