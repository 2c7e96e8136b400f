using Azure.Data.Tables;

namespace TeamsCadenceBot.Storage;

/// <summary>What a <see cref="PartitionMove"/> does besides moving, for a table whose rows need more.</summary>
internal sealed class PartitionMoveRules
{
    public static readonly PartitionMoveRules None = new();

    /// <summary>Changes the copy to be written in the new place (second) from the row being moved (first).</summary>
    public Action<TableEntity, TableEntity>? Prepare { get; init; }

    /// <summary>
    /// Whether the moved copy (second) replaces a row found already in its new place (first); without this rule,
    /// or when it answers false, the row found is kept as the newer one.
    /// </summary>
    public Func<TableEntity, TableEntity, bool>? MovedWins { get; init; }
}
