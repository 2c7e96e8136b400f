namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// People who also see the 1:1 cards meant for someone else and act for them from those copies. Only the
/// local demo has any (the Agents Playground shows one person's chat); in production nobody stands in.
/// </summary>
internal interface IStandIns
{
    /// <summary>Who stands in for <paramref name="personId"/>; empty in production.</summary>
    IReadOnlyList<string> For(string tenantId, string personId);

    /// <summary>True when <paramref name="holderId"/> may act as <paramref name="personId"/>.</summary>
    bool MayActAs(string tenantId, string holderId, string personId);
}

/// <summary>Nobody stands in for anyone: the production setting.</summary>
internal sealed class NoStandIns : IStandIns
{
    public IReadOnlyList<string> For(string tenantId, string personId) => [];

    public bool MayActAs(string tenantId, string holderId, string personId) => false;
}
