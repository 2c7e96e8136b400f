using System.Security.Cryptography;
using System.Text;
using Azure;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// The 1:1 proposals made to each manager (table <c>oneononeproposals</c>, partition
/// <c>{tenant}|proposals|{manager}</c>, row a short key of the series). A series is proposed once: a confirmed or
/// dismissed one is never proposed again, so the daily discovery does not nag.
/// </summary>
/// <remarks>Gaps: a series whose time changes after it was proposed is not proposed again with the new time.</remarks>
internal sealed class ProposalStore(CadenceTables tables, TimeProvider clock)
{
    private const string TableName = "oneononeproposals";

    /// <summary>
    /// The short key of a series: calendar ids are long and hold characters cards and keys do not like.
    /// </summary>
    public static string KeyOf(string seriesId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seriesId)))[..24];

    /// <summary>Stores the proposal; false when the series was proposed before.</summary>
    public async Task<bool> TryAddAsync(ProposedOneOnOne proposal, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = ProposalEntity.From(proposal);
        entity.PartitionKey = Partition(proposal.TenantId, proposal.ManagerId);
        entity.RowKey = KeyOf(proposal.SeriesId);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<ProposalEntity?> GetAsync(
        string tenantId,
        string managerId,
        string key,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ProposalEntity>(
            Partition(tenantId, managerId),
            TableKeys.Row(key),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>
    /// Records the manager's decision on a still open proposal; the stored row when it was no longer open.
    /// </summary>
    public async Task<ProposalEntity?> DecideAsync(
        string tenantId,
        string managerId,
        string key,
        ProposalState decision,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        return await table.UpdateAsync<ProposalEntity>(
            Partition(tenantId, managerId),
            TableKeys.Row(key),
            stored =>
            {
                if (stored is null || stored.ReadState() != ProposalState.Proposed)
                {
                    return null;
                }

                stored.State = decision.ToString();
                stored.DecidedAt = clock.GetUtcNow();
                return stored;
            },
            cancellationToken);
    }

    private static string Partition(string tenantId, string managerId) =>
        TableKeys.Partition(tenantId, "proposals", managerId);
}
