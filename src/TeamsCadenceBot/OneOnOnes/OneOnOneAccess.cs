using TeamsCadenceBot.People;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>Who may see and change a 1:1: its two people and the managers above the manager.</summary>
internal sealed class OneOnOneAccess(IPeopleStore people)
{
    public const string Refusal =
        "Only the two people of this 1:1 and the manager's own managers can see or change it, so nothing was changed.";

    public async Task<bool> MayAccessAsync(
        string tenantId,
        string managerId,
        string repId,
        string actorId,
        CancellationToken cancellationToken)
    {
        if (actorId == managerId || actorId == repId)
        {
            return true;
        }

        var chain = await people.GetManagementChainAsync(tenantId, managerId, cancellationToken);
        return chain.Skip(1).Any(p => p.Id == actorId);
    }
}
