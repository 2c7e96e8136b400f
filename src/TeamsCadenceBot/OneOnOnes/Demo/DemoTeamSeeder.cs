using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Deals.Demo;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.OneOnOnes.Demo;

/// <summary>
/// On the first turn from the Agents Playground's tenant, records its users as a sales team (Alex Wilber managing
/// the five others) with a weekly 1:1 each, Monday to Friday at 10:00 in Alex's zone, and a generated, reproducible
/// pipeline of a few hundred deals with weekly history owned by the reps. Registered only when
/// <c>Demo:Enabled</c> is true in the Development environment; anything already set is left as it is.
/// </summary>
internal sealed partial class DemoTeamSeeder(
    IPeopleStore people,
    OneOnOneStore store,
    OneOnOneService service,
    IDealStore deals,
    TeamSettingsStore settings,
    TimeProvider clock,
    IOptions<DemoOptions> options,
    ILogger<DemoTeamSeeder> logger) : ITurnObserver, IDisposable
{
    private const int DemoDealSeed = 2026;
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _seeded;

    public async Task ObserveAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (_seeded || turn.TenantId != options.Value.PlaygroundTenantId)
        {
            return;
        }

        await _once.WaitAsync(cancellationToken);
        try
        {
            if (!_seeded)
            {
                await SeedAsync(turn.TenantId, cancellationToken);
                _seeded = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }

    public void Dispose() => _once.Dispose();

    private async Task SeedAsync(string tenantId, CancellationToken cancellationToken)
    {
        var manager = await people.UpsertAsync(tenantId, Sighting(DemoTeam.Manager), cancellationToken);
        var weekday = DayOfWeek.Monday;
        foreach (var member in DemoTeam.Reps)
        {
            var rep = await people.UpsertAsync(tenantId, Sighting(member), cancellationToken);
            if (rep.ManagerId is null)
            {
                await people.SetManagerAsync(tenantId, rep.Id, manager.Id, expectedManagerId: null, cancellationToken);
            }

            if (await store.GetScheduleAsync(tenantId, manager.Id, rep.Id, cancellationToken) is null)
            {
                var input = new ScheduleInput(
                    weekday,
                    new TimeOnly(10, 0),
                    service.DefaultLength,
                    manager.TimeZone,
                    OneOnOneFrequency.Weekly,
                    Active: true);
                await service.SaveScheduleAsync(tenantId, manager, rep, input, cancellationToken);
            }

            weekday = weekday == DayOfWeek.Friday ? DayOfWeek.Monday : weekday + 1;
        }

        var team = new Deals.Demo.DemoTeam(
            tenantId,
            new DemoPerson(DemoTeam.Manager.AadObjectId, DemoTeam.Manager.Name, DemoTeam.Manager.Email),
            [.. DemoTeam.Reps.Select(r => new DemoPerson(r.AadObjectId, r.Name, r.Email))]);
        var today = LocalClock.Today(clock.GetUtcNow(), TimeZoneInfo.Utc);
        var history = DemoDeals.Generate(DemoDealSeed, team, today);
        await DemoDealSeeder.SeedAsync(deals, people, settings, history, cancellationToken);
        LogSeeded(logger, DemoTeam.Reps.Count);
    }

    private static PersonSighting Sighting(DemoMember member) =>
        new(member.AadObjectId, member.Name, member.TeamsId, member.Email, member.Email, member.TimeZone);

    [LoggerMessage(EventId = 2290, EventName = "DemoTeamSeeded", Level = LogLevel.Warning,
        Message = "Demo: seeded the Agents Playground's users as a team of a manager and {Reps} reps with weekly 1:1s")]
    private static partial void LogSeeded(ILogger logger, int reps);
}
