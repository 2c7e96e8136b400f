using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Confirm or dismiss on a proposed 1:1. Only the manager it was proposed to may decide; a confirmation goes to the
/// 1:1 feature first and is recorded after, so a failed hand-over leaves the card open to try again.
/// </summary>
internal sealed partial class OneOnOneProposalActionHandler(
    ProposalStore proposals,
    IPeopleStore people,
    IEnumerable<IOneOnOneScheduleSink> sinks,
    ILogger<OneOnOneProposalActionHandler> logger) : ICardActionHandler
{
    public string VerbPrefix => OneOnOneCards.VerbPrefix;

    public async Task<InvokeResponse> HandleAsync(
        Turn turn,
        string verb,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        if (Text(data, "manager") is not { } managerId || Text(data, "proposal") is not { } key)
        {
            return InvokeResponse.Error(
                400,
                "BadRequest",
                "This card names no meeting. I'll suggest it again if it's still there.");
        }

        if (sender.Id != managerId)
        {
            return InvokeResponse.Error(403, "NotYours", "Only the manager this was suggested to can answer it.");
        }

        if (await proposals.GetAsync(turn.TenantId, managerId, key, cancellationToken) is not { } stored)
        {
            return InvokeResponse.Error(404, "Gone", "I no longer have this suggestion.");
        }

        var proposal = stored.ToProposal();
        if (stored.ReadState() != ProposalState.Proposed)
        {
            return InvokeResponse.Card(OneOnOneCards.Decided(proposal, stored.ReadState()));
        }

        var decision = verb switch
        {
            OneOnOneCards.ConfirmVerb => ProposalState.Confirmed,
            OneOnOneCards.DismissVerb => ProposalState.Dismissed,
            _ => (ProposalState?)null,
        };
        if (decision is not { } chosen)
        {
            return InvokeResponse.Error(400, "UnknownAction", "This card is out of date.");
        }

        if (chosen == ProposalState.Confirmed)
        {
            if (sinks.FirstOrDefault() is not { } sink)
            {
                return InvokeResponse.Error(503, "NotAvailable", "1:1 schedules can't be saved yet. Try again later.");
            }

            await sink.ConfirmAsync(proposal, cancellationToken);
        }

        var decided = await proposals.DecideAsync(turn.TenantId, managerId, key, chosen, cancellationToken);
        LogDecided(logger, turn.TenantId, chosen);
        return InvokeResponse.Card(OneOnOneCards.Decided(proposal, decided?.ReadState() ?? chosen));
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(EventId = 1622, EventName = "OneOnOneProposalDecided", Level = LogLevel.Information,
        Message = "A manager in tenant {TenantId} answered a proposed 1:1: {Decision}")]
    private static partial void LogDecided(ILogger logger, string tenantId, ProposalState decision);
}
