using TeamsCadenceBot.Graph;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// A 1:1 found in the manager's calendar and confirmed on the proposal card becomes the pair's schedule, as if the
/// manager had set it on the schedule card. Confirming the same series again saves the same schedule again.
/// </summary>
internal sealed class DiscoveredScheduleSink(IPeopleStore people, OneOnOneService service) : IOneOnOneScheduleSink
{
    public async Task ConfirmAsync(ProposedOneOnOne proposal, CancellationToken cancellationToken)
    {
        var manager = await people.GetAsync(proposal.TenantId, proposal.ManagerId, cancellationToken)
            ?? throw new InvalidOperationException("The manager of the proposed 1:1 is not known.");
        var rep = await people.GetAsync(proposal.TenantId, proposal.RepId, cancellationToken)
            ?? throw new InvalidOperationException("The rep of the proposed 1:1 is not known.");
        var input = new ScheduleInput(
            proposal.Day,
            proposal.LocalTime,
            proposal.Length,
            proposal.TimeZone,
            proposal.Cadence == OneOnOneCadence.Biweekly ? OneOnOneFrequency.Biweekly : OneOnOneFrequency.Weekly,
            Active: true);
        await service.SaveScheduleAsync(proposal.TenantId, manager, rep, input, cancellationToken);
    }
}
