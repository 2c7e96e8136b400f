using Microsoft.Extensions.Options;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// The daily refresh. It plans tomorrow's before doing today's, so a failing refresh (retried by the scheduler, then
/// dead-lettered) never ends the daily chain.
/// </summary>
internal sealed class DailyRefreshHandler(
    OrganisationRefresh refresh,
    WorkSchedule schedule,
    IOptions<GraphOptions> options,
    TimeProvider clock) : IScheduledWorkHandler
{
    public string Kind => GraphWork.DailyRefresh;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        await schedule.ScheduleAsync(
            GraphWork.NextDailyRefresh(work.TenantId, clock.GetUtcNow(), options.Value.RefreshTime),
            cancellationToken);
        await refresh.RefreshTenantAsync(work.TenantId, cancellationToken);
    }
}
