namespace TeamsCadenceBot.Deals;

/// <summary>What an upsert did: deals created, updated and left as they were, and snapshots written.</summary>
internal sealed record DealUpsertResult(int Created, int Updated, int Unchanged, int SnapshotsWritten)
{
    public static readonly DealUpsertResult Empty = new(0, 0, 0, 0);
}
