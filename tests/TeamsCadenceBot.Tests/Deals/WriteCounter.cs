using System.Collections.Concurrent;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>
/// Counts the requests that change storage (anything but a read) and the operations in each transaction, by
/// sitting in the table client's pipeline.
/// </summary>
internal sealed class WriteCounter : HttpPipelineSynchronousPolicy
{
    private int _writes;

    public int Writes => _writes;

    public ConcurrentQueue<int> TransactionSizes { get; } = new();

    public static (CadenceTables Tables, WriteCounter Counter) Tables()
    {
        var counter = new WriteCounter();
        var options = SlowTransactionOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        return (new CadenceTables(TestTables.Options(AzuriteStorage.UniquePrefix()), options), counter);
    }

    /// <summary>
    /// No retries, as for every test, but time for a transaction of a hundred rows on an emulator that other test
    /// runs share: it writes them one by one. A missing emulator still fails at once (connection refused).
    /// </summary>
    public static TableClientOptions SlowTransactionOptions()
    {
        var options = AzuriteStorage.FailFastOptions();
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
        return options;
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _writes, 0);
        TransactionSizes.Clear();
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Get)
        {
            return;
        }

        Interlocked.Increment(ref _writes);
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
        {
            using var body = new MemoryStream();
            content.WriteTo(body, CancellationToken.None);
            var text = Encoding.UTF8.GetString(body.ToArray());
            TransactionSizes.Enqueue(CountOperations(text));
        }
    }

    // Every operation of a changeset is an HTTP request line of its own.
    private static int CountOperations(string batch) =>
        batch.Split('\n').Count(line => line.TrimEnd('\r').EndsWith(" HTTP/1.1", StringComparison.Ordinal));
}
