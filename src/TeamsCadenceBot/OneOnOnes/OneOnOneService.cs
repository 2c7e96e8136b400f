using Microsoft.Extensions.Options;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Runs 1:1s: saves schedules and plans each occurrence's timed steps, takes the rep's prep, topics, decisions and
/// action items (as commitments), finishes a 1:1 with its summary, and keeps every copy of the live agenda card in
/// step. Access is checked by the callers (<see cref="OneOnOneAccess"/>) before they come here.
/// </summary>
internal sealed partial class OneOnOneService(
    OneOnOneStore store,
    WorkSchedule schedule,
    IPeopleStore people,
    CommitmentService commitments,
    CommitmentStore commitmentStore,
    OneOnOneOutbox outbox,
    IRepOpenDeals deals,
    BriefPipelineLoader pipeline,
    IOptions<OneOnOneOptions> options,
    TimeProvider clock,
    ILogger<OneOnOneService> logger)
{
    public TimeSpan DefaultLength => options.Value.DefaultLength;

    /// <summary>Saves the manager's schedule for the rep as a new version and plans its next meeting.</summary>
    public async Task<OneOnOneSchedule> SaveScheduleAsync(
        string tenantId,
        Person manager,
        Person rep,
        ScheduleInput input,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var zone = OneOnOneCalendar.Zone(input.TimeZone);
        var saved = await store.ChangeScheduleAsync(
            tenantId,
            manager.Id,
            rep.Id,
            existing => new OneOnOneSchedule
            {
                TenantId = tenantId,
                ManagerId = manager.Id,
                RepId = rep.Id,
                Weekday = input.Weekday,
                LocalTime = input.LocalTime,
                Length = input.Length,
                TimeZone = zone.Id,
                Frequency = input.Frequency,
                AnchorDate = OneOnOneCalendar.FirstDate(input.Weekday, input.LocalTime, zone, now),
                Version = (existing?.Version ?? 0) + 1,
                Active = input.Active,
            },
            cancellationToken);
        LogScheduleSaved(logger, saved!.Version, saved.Active);
        await PlanNextAsync(saved, now, cancellationToken);
        return saved;
    }

    /// <summary>Stores the schedule's first meeting after <paramref name="after"/> and plans its steps.</summary>
    public async Task PlanNextAsync(OneOnOneSchedule current, DateTimeOffset after, CancellationToken cancellationToken)
    {
        if (!current.Active)
        {
            return;
        }

        var occurrence = new OneOnOneOccurrence
        {
            TenantId = current.TenantId,
            ManagerId = current.ManagerId,
            RepId = current.RepId,
            StartsAt = OneOnOneCalendar.NextStart(current, after),
            Length = current.Length,
            ScheduleVersion = current.Version,
        };
        await PlanAsync(occurrence, options.Value.Timings, cancellationToken);
    }

    /// <summary>Stores an occurrence and schedules its steps with <paramref name="timings"/>.</summary>
    public async Task<OneOnOneOccurrence> PlanAsync(
        OneOnOneOccurrence occurrence,
        StepTimings timings,
        CancellationToken cancellationToken)
    {
        var stored = await store.AddOccurrenceAsync(occurrence, cancellationToken);
        var rep = await people.GetAsync(stored.TenantId, stored.RepId, cancellationToken);
        var repZone = OneOnOneCalendar.Zone(rep?.TimeZone);
        foreach (var work in OneOnOneWork.Plan(stored, timings, repZone, clock.GetUtcNow()))
        {
            await schedule.ScheduleAsync(work, cancellationToken);
        }

        return stored;
    }

    /// <summary>True while the occurrence belongs to the pair's current, active schedule.</summary>
    public async Task<bool> IsCurrentAsync(OneOnOneOccurrence occurrence, CancellationToken cancellationToken) =>
        await store.GetScheduleAsync(occurrence.TenantId, occurrence.ManagerId, occurrence.RepId, cancellationToken)
            is { Active: true } current && current.Version == occurrence.ScheduleVersion;

    public Task<OneOnOneOccurrence?> GetAsync(string tenantId, string occurrenceId, CancellationToken cancellationToken) =>
        store.GetOccurrenceAsync(tenantId, occurrenceId, cancellationToken);

    /// <summary>The occurrence with its people and items, or null when either person is no longer known.</summary>
    public async Task<OneOnOneView?> ViewAsync(OneOnOneOccurrence occurrence, CancellationToken cancellationToken)
    {
        var tenantId = occurrence.TenantId;
        if (await people.GetAsync(tenantId, occurrence.ManagerId, cancellationToken) is not { } manager
            || await people.GetAsync(tenantId, occurrence.RepId, cancellationToken) is not { } rep)
        {
            return null;
        }

        var prefix = OneOnOneIds.OccurrencePrefix(manager.Id, rep.Id);
        const CommitmentOriginKind OneOnOne = CommitmentOriginKind.OneOnOne;
        var repItems = await commitmentStore.ListOwnedFromOriginAsync(tenantId, rep.Id, OneOnOne, prefix, cancellationToken);
        var managerItems = await commitmentStore.ListOwnedFromOriginAsync(tenantId, manager.Id, OneOnOne, prefix, cancellationToken);
        var pairItems = repItems.Concat(managerItems).DistinctBy(c => c.Id).ToList();
        var earlier = await store.ListOccurrencesAsync(tenantId, manager.Id, rep.Id, occurrence.StartsAt, 10, cancellationToken);
        var previousId = earlier.FirstOrDefault(o => o.FinishedAt is not null)?.Id;
        var items = pairItems.Where(c => c.Origin.Reference == occurrence.Id).OrderBy(c => c.CreatedAt).ToList();
        var fromThePairs1on1s = pairItems
            .Where(c => c.Origin.Reference != occurrence.Id
                && OneOnOneIds.TryParseOccurrence(c.Origin.Reference, out _, out _, out var madeAt)
                && madeAt < occurrence.StartsAt
                && (c.IsPending || c.State == CommitmentState.Missed || c.Origin.Reference == previousId));

        // The rep's own open and missed items (theirs alone or the pair's) wherever they were made: in a chat with
        // the bot, a pipeline review, a forecast call or another 1:1. Those of this pair's 1:1s follow the rule
        // above, and one made after this meeting began waits for the next.
        var repPending = await commitments.ListPendingAsync(tenantId, rep.Id, cancellationToken);
        var fromElsewhere = repPending.Where(c => !IsFromThePair(c, prefix) && c.CreatedAt < occurrence.StartsAt);
        var previous = fromThePairs1on1s
            .Concat(fromElsewhere)
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.State switch { CommitmentState.Missed => 0, CommitmentState.Done => 2, _ => 1 })
            .ThenBy(c => c.DueAt)
            .ToList();
        return new OneOnOneView(occurrence, manager, rep, items, previous, clock.GetUtcNow());
    }

    private static bool IsFromThePair(Commitment item, string occurrencePrefix) =>
        item.Origin.Kind == CommitmentOriginKind.OneOnOne
        && item.Origin.Reference.StartsWith(occurrencePrefix, StringComparison.Ordinal);

    public Task<IReadOnlyList<OpenDeal>> OpenDealsAsync(OneOnOneOccurrence occurrence, CancellationToken cancellationToken) =>
        deals.ListOpenAsync(occurrence.TenantId, occurrence.RepId, cancellationToken);

    public async Task<OneOnOneChange> SubmitPrepAsync(
        OneOnOneOccurrence occurrence,
        Person actor,
        IReadOnlyList<string> priorities,
        IReadOnlyList<string> dealNames,
        string? otherTopics,
        CancellationToken cancellationToken)
    {
        if (actor.Id != occurrence.RepId)
        {
            return OneOnOneChange.Refused(
                RefusalKind.Forbidden,
                "Only the rep of this 1:1 answers its prep prompt, so nothing was changed.");
        }

        if (priorities.Count == 0)
        {
            return OneOnOneChange.Refused(RefusalKind.Invalid, "Name at least one priority or concern, then send again.");
        }

        var now = clock.GetUtcNow();
        var refusal = (string?)null;
        var (saved, changed) = await store.ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            current =>
            {
                refusal = current is null ? "This 1:1 no longer exists."
                    : current.HasStarted(now) || current.FinishedAt is not null ? StartedRefusal
                    : null;
                return refusal is not null ? null : current! with
                {
                    Prep = new PrepAnswers(
                        [.. priorities.Take(OneOnOneLimits.Priorities).Select(p => Clip(p, OneOnOneLimits.PriorityLength))],
                        [.. dealNames.Take(OneOnOneLimits.Deals).Select(d => Clip(d, OneOnOneLimits.DealLength))],
                        otherTopics is { Length: > 0 } other ? Clip(other, OneOnOneLimits.OtherTopicsLength) : null,
                        current.Prep?.SubmittedAt ?? now,
                        now),
                    Revision = current.Revision + 1,
                };
            },
            cancellationToken);
        if (!changed || saved is null)
        {
            return OneOnOneChange.Refused(RefusalKind.Closed, refusal ?? StartedRefusal);
        }

        var view = await ViewAsync(saved, cancellationToken);
        if (view is not null)
        {
            if (saved.BriefSentAt is not null)
            {
                await schedule.ScheduleAsync(OneOnOneWork.Refresh(saved, now), cancellationToken);
            }

            await PublishAgendaAsync(view, cancellationToken);
        }

        return new OneOnOneChange(view, null);
    }

    public Task<OneOnOneChange> AddTopicAsync(
        OneOnOneOccurrence occurrence,
        Person actor,
        string? text,
        CancellationToken cancellationToken) =>
        AddNoteAsync(occurrence, actor, text, decision: false, cancellationToken);

    public Task<OneOnOneChange> AddDecisionAsync(
        OneOnOneOccurrence occurrence,
        Person actor,
        string? text,
        CancellationToken cancellationToken) =>
        AddNoteAsync(occurrence, actor, text, decision: true, cancellationToken);

    /// <summary>
    /// Checks an action item and stores it as a commitment of the 1:1: refused with what is missing, questioned
    /// when vague and not confirmed.
    /// </summary>
    public async Task<OneOnOneChange> AddItemAsync(
        OneOnOneOccurrence occurrence,
        Person actor,
        ActionItemRequest request,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (occurrence.FinishedAt is not null)
        {
            return OneOnOneChange.Refused(RefusalKind.Closed, FinishedRefusal);
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            problems.Add("what will be done");
        }

        if (request.Owner is null)
        {
            problems.Add("an owner (rep, manager or both)");
        }

        problems.AddRange(request.Problems);
        if (request.DueAt is null && request.Problems.Count == 0)
        {
            problems.Add("a due date");
        }
        else if (request.DueAt <= now)
        {
            problems.Add("a due date in the future: the one given has already passed");
        }

        if (problems.Count > 0)
        {
            var missing = "I didn't add that action item: it needs " + string.Join(", ", problems) + ".";
            return OneOnOneChange.Refused(RefusalKind.Invalid, missing);
        }

        var text = OneOnOneLimits.Clip(request.Text!, OneOnOneLimits.ItemTextLength);
        var criterion = request.Criterion is { Length: > 0 } c ? OneOnOneLimits.Clip(c, OneOnOneLimits.CriterionLength) : null;
        if (!request.Confirmed && VagueItemCheck.Question(text, criterion) is { } question)
        {
            return OneOnOneChange.Refused(RefusalKind.Question, question);
        }

        var before = await ViewAsync(occurrence, cancellationToken);
        if (before is null || before.Items.Count >= OneOnOneLimits.Items)
        {
            return OneOnOneChange.Refused(RefusalKind.Invalid, $"A 1:1 takes at most {OneOnOneLimits.Items} action items.");
        }

        string[] owners = request.Owner switch
        {
            ItemOwner.Rep => [occurrence.RepId],
            ItemOwner.Manager => [occurrence.ManagerId],
            _ => [occurrence.RepId, occurrence.ManagerId],
        };
        var choice = request.Owner == ItemOwner.Both ? OwnerChoice.Both : OwnerChoice.Mentioned;
        var draft = new CommitmentDraft(text, choice, request.DueAt!.Value, criterion);
        await commitments.CreateAsync(
            occurrence.TenantId,
            draft,
            owners,
            actor.Id,
            new CommitmentOrigin(CommitmentOriginKind.OneOnOne, occurrence.Id),
            request.RequestId,
            cancellationToken);
        return await BumpAsync(occurrence, cancellationToken);
    }

    /// <summary>Finishes the 1:1 once: the summary goes to both, every agenda copy shows it finished.</summary>
    public async Task<OneOnOneChange> FinishAsync(OneOnOneOccurrence occurrence, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (saved, changed) = await store.ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            current => current is { FinishedAt: null } ? current with { FinishedAt = now, Revision = current.Revision + 1 } : null,
            cancellationToken);
        if (saved is null)
        {
            return OneOnOneChange.Refused(RefusalKind.NotFound, "This 1:1 no longer exists.");
        }

        var view = await ViewAsync(saved, cancellationToken);
        if (!changed || view is null)
        {
            return new OneOnOneChange(view, null);
        }

        LogFinished(logger, view.Items.Count);
        foreach (var person in new[] { view.Rep, view.Manager })
        {
            foreach (var target in outbox.TargetsFor(saved.TenantId, person))
            {
                var card = SummaryCard.Build(view, await ViewerAsync(target, view, cancellationToken));
                var key = $"{SummaryKind}:{saved.Id}:{target.Key}";
                await outbox.SendAsync(saved.TenantId, key, SummaryKind, target, card, card.Speak, cancellationToken);
            }
        }

        await PublishAgendaAsync(view, cancellationToken);
        if (!saved.IsDemo
            && await store.GetScheduleAsync(saved.TenantId, saved.ManagerId, saved.RepId, cancellationToken) is { } current
            && current.Version == saved.ScheduleVersion)
        {
            await PlanNextAsync(current, saved.StartsAt, cancellationToken);
        }

        return new OneOnOneChange(view, null);
    }

    /// <summary>Sends the prep prompt (or its one reminder) to the rep and the rep's stand-ins.</summary>
    public async Task SendPromptAsync(OneOnOneView view, bool reminder, CancellationToken cancellationToken)
    {
        var occurrence = view.Occurrence;
        var openDeals = await OpenDealsAsync(occurrence, cancellationToken);
        var kind = reminder ? OneOnOneWork.Reminder : OneOnOneWork.Prompt;
        foreach (var target in outbox.TargetsFor(occurrence.TenantId, view.Rep))
        {
            var card = PrepCards.Prompt(view, await ViewerAsync(target, view, cancellationToken), openDeals, reminder);
            var key = $"{kind}:{occurrence.Id}:{target.Key}";
            await outbox.SendAsync(occurrence.TenantId, key, kind, target, card, card.Speak, cancellationToken);
        }

        await store.ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            current => current is null ? null
                : reminder ? current with { ReminderSentAt = current.ReminderSentAt ?? clock.GetUtcNow() }
                : current with { PromptSentAt = current.PromptSentAt ?? clock.GetUtcNow() },
            cancellationToken);
        LogPromptSent(logger, kind);
    }

    public async Task SendBriefAsync(OneOnOneView view, CancellationToken cancellationToken)
    {
        var occurrence = view.Occurrence;
        var brief = await BriefDataAsync(view, cancellationToken);
        foreach (var target in outbox.TargetsFor(occurrence.TenantId, view.Manager))
        {
            var card = await BriefAsync(view, target, brief, cancellationToken);
            var key = BriefKey(occurrence, target);
            await outbox.SendAsync(occurrence.TenantId, key, OneOnOneWork.Brief, target, card, card.Speak, cancellationToken);
        }

        await store.ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            current => current is { BriefSentAt: null } ? current with { BriefSentAt = clock.GetUtcNow() } : null,
            cancellationToken);
    }

    /// <summary>Posts the agenda to both personal chats (and stand-ins), or to a meeting chat, once per place.</summary>
    public async Task PostAgendaAsync(OneOnOneView view, IReadOnlyList<AgendaTarget> targets, CancellationToken cancellationToken)
    {
        var occurrence = view.Occurrence;
        var (saved, _) = await store.ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            current => current is null || targets.All(t => current.AgendaTargets.Contains(t.Key))
                ? null
                : current with { AgendaTargets = [.. current.AgendaTargets.Union(targets.Select(t => t.Key))] },
            cancellationToken);
        var latest = saved is null ? view : view with { Occurrence = saved };
        foreach (var target in targets)
        {
            var card = AgendaCard.Build(latest, await ViewerAsync(target, latest, cancellationToken));
            var key = AgendaKey(occurrence, target);
            await outbox.SendAsync(occurrence.TenantId, key, OneOnOneWork.Agenda, target, card, card.Speak, cancellationToken);
        }

        LogAgendaPosted(logger, targets.Count);
    }

    /// <summary>The agenda and prep targets for a pair's two personal chats and their stand-ins.</summary>
    public IReadOnlyList<AgendaTarget> PersonalTargets(OneOnOneView view) =>
        [.. outbox.TargetsFor(view.Occurrence.TenantId, view.Rep), .. outbox.TargetsFor(view.Occurrence.TenantId, view.Manager)];

    /// <summary>How a copy for <paramref name="target"/> is drawn: its reader's zone, or the manager's in a chat.</summary>
    public async Task<CardViewer> ViewerAsync(AgendaTarget target, OneOnOneView view, CancellationToken cancellationToken)
    {
        if (target.ViewerId is not { } viewerId)
        {
            return new CardViewer(OneOnOneCalendar.Zone(view.Manager.TimeZone), ShowZoneName: true);
        }

        var viewer = viewerId == view.Manager.Id ? view.Manager
            : viewerId == view.Rep.Id ? view.Rep
            : await people.GetAsync(view.Occurrence.TenantId, viewerId, cancellationToken);
        var zone = OneOnOneCalendar.Zone(viewer?.TimeZone);
        return target.ForPersonId is { } forId
            ? new CardViewer(zone, AsPersonId: forId, AsName: viewer?.DisplayName)
            : new CardViewer(zone);
    }

    private const string SummaryKind = "oneonone.summary";

    private const string StartedRefusal =
        "The 1:1 has started, so the prep answers can no longer change. Add a topic on the agenda card instead.";

    private const string FinishedRefusal = "This 1:1 is finished, so nothing was added. Type **commit** to record a new commitment.";

    private async Task<OneOnOneChange> AddNoteAsync(
        OneOnOneOccurrence occurrence,
        Person actor,
        string? text,
        bool decision,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            var empty = decision ? "Type the decision, then note it." : "Type the topic, then add it.";
            return OneOnOneChange.Refused(RefusalKind.Invalid, empty);
        }

        var now = clock.GetUtcNow();
        var note = new AgendaTopic(OneOnOneLimits.Clip(text, OneOnOneLimits.TopicLength), actor.Id, actor.DisplayName, now);
        var refusal = (string?)null;
        var (saved, changed) = await store.ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            current =>
            {
                var list = decision ? current?.Decisions : current?.Topics;
                refusal = current is null ? "This 1:1 no longer exists."
                    : current.FinishedAt is not null ? FinishedRefusal
                    : list!.Count >= (decision ? OneOnOneLimits.Decisions : OneOnOneLimits.Topics)
                        ? $"This 1:1 already has {list.Count} {(decision ? "decisions" : "topics")}, the most it takes."
                    : null;
                if (refusal is not null)
                {
                    return null;
                }

                return decision
                    ? current! with { Decisions = [.. current.Decisions, note], Revision = current.Revision + 1 }
                    : current! with { Topics = [.. current.Topics, note], Revision = current.Revision + 1 };
            },
            cancellationToken);
        if (!changed || saved is null)
        {
            return OneOnOneChange.Refused(RefusalKind.Closed, refusal ?? FinishedRefusal);
        }

        var view = await ViewAsync(saved, cancellationToken);
        if (view is not null)
        {
            await PublishAgendaAsync(view, cancellationToken);
        }

        return new OneOnOneChange(view, null);
    }

    private async Task<OneOnOneChange> BumpAsync(OneOnOneOccurrence occurrence, CancellationToken cancellationToken)
    {
        var (saved, _) = await store.ChangeOccurrenceAsync(
            occurrence.TenantId,
            occurrence.Id,
            current => current is null ? null : current with { Revision = current.Revision + 1 },
            cancellationToken);
        var view = saved is null ? null : await ViewAsync(saved, cancellationToken);
        if (view is not null)
        {
            await PublishAgendaAsync(view, cancellationToken);
        }

        return new OneOnOneChange(view, null);
    }

    /// <summary>Replaces every posted copy of the agenda with the occurrence as it now stands.</summary>
    private async Task PublishAgendaAsync(OneOnOneView view, CancellationToken cancellationToken)
    {
        var occurrence = view.Occurrence;
        foreach (var target in occurrence.AgendaTargets.Select(AgendaTarget.Parse).OfType<AgendaTarget>())
        {
            var card = AgendaCard.Build(view, await ViewerAsync(target, view, cancellationToken));
            await outbox.UpdateAsync(
                occurrence.TenantId,
                AgendaKey(occurrence, target),
                occurrence.Revision,
                OneOnOneWork.Agenda,
                target,
                card,
                cancellationToken);
        }
    }

    /// <summary>Replaces every copy of the brief already sent with one drawn from the occurrence now.</summary>
    public async Task RefreshBriefAsync(OneOnOneView view, CancellationToken cancellationToken)
    {
        var occurrence = view.Occurrence;
        if (occurrence.BriefSentAt is null)
        {
            return;
        }

        var brief = await BriefDataAsync(view, cancellationToken);
        foreach (var target in outbox.TargetsFor(occurrence.TenantId, view.Manager))
        {
            var card = await BriefAsync(view, target, brief, cancellationToken);
            var key = BriefKey(occurrence, target);
            await outbox.UpdateAsync(occurrence.TenantId, key, occurrence.Revision, OneOnOneWork.Brief, target, card, cancellationToken);
        }
    }

    private async Task<BriefData> BriefDataAsync(OneOnOneView view, CancellationToken cancellationToken)
    {
        var tenantId = view.Occurrence.TenantId;
        var pending = await commitments.ListPendingAsync(tenantId, view.Rep.Id, cancellationToken);
        var rate = await commitments.CompletionRateAsync(tenantId, view.Rep.Id, cancellationToken);
        return new BriefData(pending, rate, await pipeline.LoadAsync(view, cancellationToken));
    }

    private async Task<Teams.Cards.AdaptiveCard> BriefAsync(
        OneOnOneView view,
        AgendaTarget target,
        BriefData brief,
        CancellationToken cancellationToken) =>
        BriefCard.Build(
            view,
            await ViewerAsync(target, view, cancellationToken),
            brief.Pending,
            brief.CompletionRate,
            brief.Pipeline);

    private static string Clip(string text, int length) => OneOnOneLimits.Clip(text, length);

    private static string AgendaKey(OneOnOneOccurrence occurrence, AgendaTarget target) =>
        $"{OneOnOneWork.Agenda}:{occurrence.Id}:{target.Key}";

    private static string BriefKey(OneOnOneOccurrence occurrence, AgendaTarget target) =>
        $"{OneOnOneWork.Brief}:{occurrence.Id}:{target.Key}";

    [LoggerMessage(EventId = 2201, EventName = "OneOnOneScheduleSaved", Level = LogLevel.Information,
        Message = "Saved a 1:1 schedule, version {Version} (active: {Active})")]
    private static partial void LogScheduleSaved(ILogger logger, int version, bool active);

    [LoggerMessage(EventId = 2202, EventName = "OneOnOnePromptSent", Level = LogLevel.Information,
        Message = "Queued a 1:1 {Kind} to the rep")]
    private static partial void LogPromptSent(ILogger logger, string kind);

    [LoggerMessage(EventId = 2203, EventName = "OneOnOneAgendaPosted", Level = LogLevel.Information,
        Message = "Queued the 1:1 agenda card to {Count} places")]
    private static partial void LogAgendaPosted(ILogger logger, int count);

    [LoggerMessage(EventId = 2204, EventName = "OneOnOneFinished", Level = LogLevel.Information,
        Message = "Finished a 1:1 with {Items} action items; queued its summary")]
    private static partial void LogFinished(ILogger logger, int items);
}

/// <summary>What the manager set on the schedule card.</summary>
internal sealed record ScheduleInput(
    DayOfWeek Weekday,
    TimeOnly LocalTime,
    TimeSpan Length,
    string TimeZone,
    OneOnOneFrequency Frequency,
    bool Active);
