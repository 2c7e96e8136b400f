using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Per person, what the last organisation sync saw and left (table <c>orgsync</c>, partition <c>{tenant}|person</c>,
/// row the object id): the memory <see cref="ManagerRule"/> needs to tell a manager chosen in the bot from one the
/// sync wrote.
/// </summary>
internal sealed class OrgSyncStore(CadenceTables tables)
{
    private const string TableName = "orgsync";

    public async Task<OrgSyncRecord?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<OrgSyncEntity>(
            Partition(tenantId),
            TableKeys.Row(personId),
            cancellationToken: cancellationToken);
        return row.HasValue
            ? new OrgSyncRecord(
                row.Value!.DirectoryManagerId,
                row.Value.SyncedManagerId,
                row.Value.KeptChoice,
                row.Value.SyncedAt)
            : null;
    }

    public async Task SaveAsync(
        string tenantId,
        string personId,
        OrgSyncRecord record,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(
            new OrgSyncEntity
            {
                PartitionKey = Partition(tenantId),
                RowKey = TableKeys.Row(personId),
                DirectoryManagerId = record.DirectoryManagerId,
                SyncedManagerId = record.SyncedManagerId,
                KeptChoice = record.KeptChoice,
                SyncedAt = record.SyncedAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    private static string Partition(string tenantId) => TableKeys.Partition(tenantId, "person");
}
