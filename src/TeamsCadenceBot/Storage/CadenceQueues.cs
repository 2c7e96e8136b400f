using System.Collections.Concurrent;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Storage;

/// <summary>Hands out queue clients by logical name, creating each queue once per process.</summary>
internal sealed class CadenceQueues
{
    private readonly QueueServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> _queues = new(StringComparer.Ordinal);

    public CadenceQueues(IOptions<StorageOptions> options, QueueClientOptions? clientOptions = null)
    {
        var settings = options.Value;
        clientOptions ??= new QueueClientOptions();
        _service = string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? new QueueServiceClient(settings.QueueServiceUri, new DefaultAzureCredential(), clientOptions)
            : new QueueServiceClient(settings.ConnectionString, clientOptions);
        _prefix = settings.TablePrefix.ToLowerInvariant();
    }

    /// <summary>
    /// The queue for <paramref name="name"/> (lower-case letters, digits, hyphens), created on first use.
    /// </summary>
    public Task<QueueClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var lazy = _queues.GetOrAdd(name, n => new Lazy<Task<QueueClient>>(() => CreateAsync(n)));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    private async Task<QueueClient> CreateAsync(string name)
    {
        var queue = _service.GetQueueClient(_prefix + "-" + name);
        try
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            return queue;
        }
        catch
        {
            _queues.TryRemove(name, out _);
            throw;
        }
    }
}
