namespace TeamsCadenceBot.Deals;

/// <summary>
/// How one deal changed between two weeks: <see cref="Before"/> is null for a new deal, <see cref="After"/>
/// null for a removed one.
/// </summary>
internal sealed record DealChange(string CrmId, DealChangeKinds Kinds, DealSnapshot? Before, DealSnapshot? After)
{
    public string Name => After?.Name ?? Before?.Name ?? CrmId;

    public bool Has(DealChangeKinds kind) => (Kinds & kind) == kind;
}
