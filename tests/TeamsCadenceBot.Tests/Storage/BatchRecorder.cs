using System.Collections.Concurrent;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Tests.Storage;

/// <summary>
/// Records every entity-group transaction a table client sends (its size in bytes and how many actions it holds),
/// and can run something once just before the first one is sent, as another instance might.
/// </summary>
internal sealed class BatchRecorder : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(long Bytes, int Actions)> _batches = new();
    private Func<Task>? _beforeFirst;

    public IReadOnlyList<(long Bytes, int Actions)> Batches => [.. _batches];

    public TableClientOptions ClientOptions()
    {
        var options = AzuriteStorage.FailFastOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return options;
    }

    /// <summary>Runs <paramref name="action"/> once, before the next transaction is sent.</summary>
    public void BeforeNextBatch(Func<Task> action) => _beforeFirst = action;

    public void Clear() => _batches.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The tests use the asynchronous client only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)
            && message.Request.Content is { } content)
        {
            if (Interlocked.Exchange(ref _beforeFirst, null) is { } before)
            {
                await before();
            }

            using var body = new MemoryStream();
            await content.WriteToAsync(body, default);
            var text = Encoding.UTF8.GetString(body.ToArray());
            var actions = text.Split("Content-Type: application/http", StringSplitOptions.None).Length - 1;
            _batches.Enqueue((body.Length, actions));
        }

        await ProcessNextAsync(message, pipeline);
    }
}
