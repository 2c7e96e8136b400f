using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Loads what a 1:1 step is for and drops the step when its occurrence was cancelled by a newer schedule, was
/// stopped, is finished, or its people are gone. Each step is idempotent: its messages carry fixed keys.
/// </summary>
internal abstract partial class OneOnOneStepHandler(OneOnOneService service, ILogger logger) : IScheduledWorkHandler
{
    public abstract string Kind { get; }

    protected OneOnOneService Service => service;

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        var step = OneOnOneWork.Read(work);
        var occurrence = await service.GetAsync(work.TenantId, step.OccurrenceId, cancellationToken);
        if (occurrence is null
            || occurrence.ScheduleVersion != step.ScheduleVersion
            || !await service.IsCurrentAsync(occurrence, cancellationToken))
        {
            LogDropped(logger, Kind, "its schedule changed or stopped");
            return;
        }

        if (occurrence.FinishedAt is not null)
        {
            LogDropped(logger, Kind, "the 1:1 is finished");
            return;
        }

        if (await service.ViewAsync(occurrence, cancellationToken) is not { } view)
        {
            LogDropped(logger, Kind, "one of its people is no longer known");
            return;
        }

        await DoAsync(view, cancellationToken);
    }

    protected abstract Task DoAsync(OneOnOneView view, CancellationToken cancellationToken);

    [LoggerMessage(EventId = 2210, EventName = "OneOnOneStepDropped", Level = LogLevel.Information,
        Message = "Dropped a {Kind} step: {Reason}")]
    private static partial void LogDropped(ILogger logger, string kind, string reason);
}

/// <summary>The prep prompt; it also plans the next meeting, so the chain goes on even if nobody finishes this one.</summary>
internal sealed class PromptHandler(OneOnOneService service, OneOnOneStore store, ILogger<PromptHandler> logger)
    : OneOnOneStepHandler(service, logger)
{
    public override string Kind => OneOnOneWork.Prompt;

    protected override async Task DoAsync(OneOnOneView view, CancellationToken cancellationToken)
    {
        var occurrence = view.Occurrence;
        if (occurrence.Prep is null)
        {
            await Service.SendPromptAsync(view, reminder: false, cancellationToken);
        }

        var current = occurrence.IsDemo
            ? null
            : await store.GetScheduleAsync(occurrence.TenantId, occurrence.ManagerId, occurrence.RepId, cancellationToken);
        if (current is not null)
        {
            await Service.PlanNextAsync(current, occurrence.StartsAt, cancellationToken);
        }
    }
}

/// <summary>The one reminder, only to a rep who has not answered; the step exists once per occurrence.</summary>
internal sealed class ReminderHandler(OneOnOneService service, ILogger<ReminderHandler> logger)
    : OneOnOneStepHandler(service, logger)
{
    public override string Kind => OneOnOneWork.Reminder;

    protected override Task DoAsync(OneOnOneView view, CancellationToken cancellationToken) =>
        view.Occurrence.Prep is null ? Service.SendPromptAsync(view, reminder: true, cancellationToken) : Task.CompletedTask;
}

/// <summary>The manager's brief; it is updated in place if the rep answers or edits afterwards.</summary>
internal sealed class BriefHandler(OneOnOneService service, ILogger<BriefHandler> logger)
    : OneOnOneStepHandler(service, logger)
{
    public override string Kind => OneOnOneWork.Brief;

    protected override Task DoAsync(OneOnOneView view, CancellationToken cancellationToken) =>
        Service.SendBriefAsync(view, cancellationToken);
}

/// <summary>The brief redrawn after the rep changed their answers.</summary>
internal sealed class BriefRefreshHandler(OneOnOneService service, ILogger<BriefRefreshHandler> logger)
    : OneOnOneStepHandler(service, logger)
{
    public override string Kind => OneOnOneWork.BriefRefresh;

    protected override Task DoAsync(OneOnOneView view, CancellationToken cancellationToken) =>
        Service.RefreshBriefAsync(view, cancellationToken);
}

/// <summary>The agenda card, posted to both personal chats ahead of the meeting.</summary>
internal sealed class AgendaHandler(OneOnOneService service, ILogger<AgendaHandler> logger)
    : OneOnOneStepHandler(service, logger)
{
    public override string Kind => OneOnOneWork.Agenda;

    protected override Task DoAsync(OneOnOneView view, CancellationToken cancellationToken) =>
        Service.PostAgendaAsync(view, Service.PersonalTargets(view), cancellationToken);
}

/// <summary>Closes a 1:1 nobody finished, some time after its end, so that its summary still goes out.</summary>
internal sealed class CloseHandler(OneOnOneService service, ILogger<CloseHandler> logger)
    : OneOnOneStepHandler(service, logger)
{
    public override string Kind => OneOnOneWork.Close;

    protected override Task DoAsync(OneOnOneView view, CancellationToken cancellationToken) =>
        Service.FinishAsync(view.Occurrence, cancellationToken);
}
