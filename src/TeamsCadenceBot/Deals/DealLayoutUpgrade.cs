using Azure.Data.Tables;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Deals;

/// <summary>
/// Moves deals and snapshots written in the layout before <see cref="TableDealStore"/>'s present one: a tenant's
/// deals from <c>{tenant}|deal</c> into their buckets, and a week's snapshots from <c>{tenant}|snap|{week}</c>
/// into the owners' partitions of that week.
/// </summary>
internal sealed class DealLayoutUpgrade(CadenceTables tables) : IStorageUpgrade
{
    public string Name => "deals-spread-partitions";

    public async Task<int> ApplyAsync(CancellationToken cancellationToken) =>
        await PartitionMove.MoveAsync(
            await tables.GetAsync(TableDealStore.TableName, cancellationToken),
            NewPartitionOf,
            cancellationToken);

    /// <summary>Where a row of the older layout belongs now, or null for a row of the present one.</summary>
    internal static string? NewPartitionOf(TableEntity row) =>
        TableKeys.Split(row.PartitionKey) switch
        {
            [var tenant, "deal"] when row.GetString(nameof(DealEntity.CrmId)) is { } crmId =>
                TableDealStore.MainPartition(tenant, crmId),
            [_, "snap", _] when row.GetString(nameof(DealSnapshotEntity.OwnerId)) is { } ownerId =>
                row.PartitionKey + "|" + TableKeys.Escape(ownerId),
            _ => null,
        };
}
