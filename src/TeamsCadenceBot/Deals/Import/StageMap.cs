namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// Maps a CRM's stage names (compared as <see cref="HeaderName"/> keys, so "Closed Won" is "closedwon") onto
/// <see cref="DealStage"/>: the default stages of each CRM, then the configured ones (<c>Deals:Stages</c>),
/// which may add names or replace defaults.
/// </summary>
// Gaps: stage names are configured once per deployment (Deals:Stages), not per team.
internal sealed class StageMap
{
    private static readonly Dictionary<string, DealStage> SalesforceDefaults = Keyed(new()
    {
        ["Prospecting"] = DealStage.Discovery,
        ["Qualification"] = DealStage.Qualification,
        ["Needs Analysis"] = DealStage.Qualification,
        ["Value Proposition"] = DealStage.Proposal,
        ["Id. Decision Makers"] = DealStage.Proposal,
        ["Perception Analysis"] = DealStage.Proposal,
        ["Proposal/Price Quote"] = DealStage.Proposal,
        ["Negotiation/Review"] = DealStage.Negotiation,
        ["Closed Won"] = DealStage.ClosedWon,
        ["Closed Lost"] = DealStage.ClosedLost,
    });

    // The default pipeline's internal ids; their labels ("Appointment Scheduled") give the same keys.
    private static readonly Dictionary<string, DealStage> HubSpotDefaults = Keyed(new()
    {
        ["appointmentscheduled"] = DealStage.Discovery,
        ["qualifiedtobuy"] = DealStage.Qualification,
        ["presentationscheduled"] = DealStage.Proposal,
        ["decisionmakerboughtin"] = DealStage.Proposal,
        ["contractsent"] = DealStage.Negotiation,
        ["closedwon"] = DealStage.ClosedWon,
        ["closedlost"] = DealStage.ClosedLost,
    });

    private readonly Dictionary<string, DealStage> _stages;

    public StageMap(CrmLayout layout, IReadOnlyDictionary<string, DealStage> configured)
    {
        _stages = new Dictionary<string, DealStage>(
            layout == CrmLayout.Salesforce ? SalesforceDefaults : HubSpotDefaults,
            StringComparer.Ordinal);
        foreach (var (name, stage) in configured)
        {
            _stages[HeaderName.Key(name)] = stage;
        }
    }

    public bool TryMap(string crmStage, out DealStage stage) => _stages.TryGetValue(HeaderName.Key(crmStage), out stage);

    private static Dictionary<string, DealStage> Keyed(Dictionary<string, DealStage> byName) =>
        byName.ToDictionary(p => HeaderName.Key(p.Key), p => p.Value, StringComparer.Ordinal);
}
