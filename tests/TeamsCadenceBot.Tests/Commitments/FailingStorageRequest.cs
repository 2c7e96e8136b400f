using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsCadenceBot.Tests.Commitments;

/// <summary>
/// Fails the first storage request that <paramref name="matches"/> picks, once: before it reaches storage, or, with
/// <paramref name="afterStorage"/>, after storage did it (its answer lost). Every other request goes through.
/// </summary>
internal sealed class FailingStorageRequest(Func<HttpMessage, bool> matches, bool afterStorage) : HttpPipelinePolicy
{
    private int _failed;

    public bool Failed => Volatile.Read(ref _failed) == 1;

    /// <summary>A write to the table whose name ends with <paramref name="table"/> (single-entity requests).</summary>
    public static Func<HttpMessage, bool> WriteTo(string table) =>
        m => m.Request.Method != RequestMethod.Get
            && m.Request.Uri.Path.TrimEnd('/').Split('/')[^1].Split('(')[0].EndsWith(table, StringComparison.Ordinal);

    /// <summary>An entity-group transaction.</summary>
    public static bool Transaction(HttpMessage message) =>
        message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The stores call storage asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (!matches(message) || Interlocked.CompareExchange(ref _failed, 1, 0) != 0)
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        if (afterStorage)
        {
            await ProcessNextAsync(message, pipeline);
            throw new IOException("Storage did it; its answer never arrived.");
        }

        throw new IOException("Storage could not be reached.");
    }
}
