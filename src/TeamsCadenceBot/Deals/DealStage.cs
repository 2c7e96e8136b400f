namespace TeamsCadenceBot.Deals;

/// <summary>
/// The pipeline stages the bot reasons about. A CRM's own stage names are mapped onto these at import
/// (per team, with defaults for the standard Salesforce and HubSpot names); the CRM's name is kept too.
/// </summary>
internal enum DealStage
{
    Discovery,
    Qualification,
    Proposal,
    Negotiation,
    ClosedWon,
    ClosedLost,
}
