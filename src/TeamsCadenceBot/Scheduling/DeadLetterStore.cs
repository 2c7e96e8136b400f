using System.Globalization;
using Azure.Data.Tables;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Scheduling;

/// <summary>The dead-letter table: newest first per tenant, so an admin's listing reads only what it shows.</summary>
internal sealed class DeadLetterStore(CadenceTables tables, CadenceMetrics? metrics = null)
{
    private const string Table = "deadletters";

    public async Task AddAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        metrics?.DeadLettered(letter.Source);
        var table = await tables.GetAsync(Table, cancellationToken);
        var newestFirst = (DateTimeOffset.MaxValue.UtcTicks - letter.FailedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        var entity = new TableEntity(TableKeys.Partition(letter.TenantId, "dead"), newestFirst + "|" + TableKeys.Escape(letter.Key))
        {
            ["Source"] = letter.Source,
            ["Kind"] = letter.Kind,
            ["Key"] = letter.Key,
            ["Reason"] = letter.Reason.Length > 2000 ? letter.Reason[..2000] : letter.Reason,
            ["Attempts"] = letter.Attempts,
            ["FailedAt"] = letter.FailedAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string tenantId, int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var partition = TableKeys.Partition(tenantId, "dead");
        var letters = new List<DeadLetter>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: max, cancellationToken: cancellationToken))
        {
            letters.Add(new DeadLetter(
                tenantId,
                row.GetString("Source") ?? "",
                row.GetString("Kind") ?? "",
                row.GetString("Key") ?? "",
                row.GetString("Reason") ?? "",
                row.GetInt32("Attempts") ?? 0,
                row.GetDateTimeOffset("FailedAt") ?? default));
            if (letters.Count == max)
            {
                break;
            }
        }

        return letters;
    }
}
