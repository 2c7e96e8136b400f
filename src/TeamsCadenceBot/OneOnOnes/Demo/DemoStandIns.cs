using System.Collections.Concurrent;

namespace TeamsCadenceBot.OneOnOnes.Demo;

/// <summary>
/// Which rep's seat the Playground user took with <c>demo as</c>: cards meant for that rep are also shown to them,
/// labelled, and act for the rep. Kept in memory: the demo runs on an in-memory Azurite anyway.
/// </summary>
internal sealed class DemoStandIns : IStandIns
{
    private readonly ConcurrentDictionary<(string Tenant, string Holder), string> _seats = new();

    public void Take(string tenantId, string holderId, string personId) => _seats[(tenantId, holderId)] = personId;

    public void Leave(string tenantId, string holderId) => _seats.TryRemove((tenantId, holderId), out _);

    public string? SeatOf(string tenantId, string holderId) => _seats.GetValueOrDefault((tenantId, holderId));

    public IReadOnlyList<string> For(string tenantId, string personId) =>
        [.. _seats.Where(s => s.Key.Tenant == tenantId && s.Value == personId).Select(s => s.Key.Holder)];

    public bool MayActAs(string tenantId, string holderId, string personId) => SeatOf(tenantId, holderId) == personId;
}
