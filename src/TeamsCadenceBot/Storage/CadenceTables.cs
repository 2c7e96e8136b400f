using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace TeamsCadenceBot.Storage;

/// <summary>
/// Hands out table clients by logical name, creating each table once per process.
/// </summary>
internal sealed class CadenceTables
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public CadenceTables(IOptions<StorageOptions> options, TableClientOptions? clientOptions = null)
    {
        var settings = options.Value;
        clientOptions ??= new TableClientOptions();
        _service = string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? new TableServiceClient(settings.TableServiceUri, new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(settings.ConnectionString, clientOptions);
        _prefix = settings.TablePrefix;
    }

    /// <summary>The table for <paramref name="name"/> (letters and digits), created on first use.</summary>
    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var lazy = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Checks that the table service answers; used by the readiness probe.</summary>
    public async Task PingAsync(CancellationToken cancellationToken) =>
        await _service.GetPropertiesAsync(cancellationToken);

    private async Task<TableClient> CreateAsync(string name)
    {
        var table = _service.GetTableClient(_prefix + name);
        try
        {
            // Not the caller's token: a cancelled first caller must not poison the cached task for everyone.
            await table.CreateIfNotExistsAsync(CancellationToken.None);
            return table;
        }
        catch
        {
            _tables.TryRemove(name, out _);
            throw;
        }
    }
}
