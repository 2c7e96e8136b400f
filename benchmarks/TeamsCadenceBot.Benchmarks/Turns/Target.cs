namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>A server the turns are sent to, with the conversations it is driven through.</summary>
/// <param name="Name">As the report shows it.</param>
/// <param name="TenantId">The tenant of its conversations: each server has its own, so its own partitions.</param>
/// <param name="MessageUri">Where a message goes.</param>
/// <param name="InvokeUri">Where an invoke goes.</param>
/// <param name="IsBot">True for the real service, whose invokes block a stored commitment.</param>
/// <param name="Solo">The conversation of the runs with one conversation.</param>
/// <param name="Many">The conversations of the concurrent runs.</param>
/// <param name="Chats">
/// The conversations message turns rotate through, each in a tenant of its own, so that no conversation and no
/// tenant gets more replies than Teams allows (the service holds replies to its limits; the bare endpoint does not).
/// </param>
internal sealed record Target(
    string Name,
    string TenantId,
    Uri MessageUri,
    Uri InvokeUri,
    bool IsBot,
    Conversation Solo,
    IReadOnlyList<Conversation> Many,
    IReadOnlyList<Conversation> Chats)
{
    public IEnumerable<Conversation> All => Many.Prepend(Solo);

    public Uri UriFor(TurnKind kind) => kind == TurnKind.Message ? MessageUri : InvokeUri;
}
