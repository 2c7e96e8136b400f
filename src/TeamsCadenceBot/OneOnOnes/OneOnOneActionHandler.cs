using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Hosting;
using static TeamsCadenceBot.OneOnOnes.CardData;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Every button of the 1:1 cards: the schedule form, the prep prompt, and the agenda's topics, action items,
/// decisions, Finish and refresh. Anyone outside the pair and the manager's managers is refused and nothing
/// changes; the card answers with the 1:1 as it now stands, drawn for the person who acted.
/// </summary>
internal sealed class OneOnOneActionHandler(
    OneOnOneService service,
    OneOnOneStore store,
    OneOnOneAccess access,
    IPeopleStore people,
    IStandIns standIns,
    TimeProvider clock) : ICardActionHandler
{
    public string VerbPrefix => OneOnOneVerbs.Prefix;

    public async Task<InvokeResponse> HandleAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        var action = Action(data);
        switch (verb)
        {
            case OneOnOneVerbs.OpenSchedule:
                var repId = action.Rep ?? Text(data, OneOnOneVerbs.RepInput);
                return await OpenScheduleAsync(turn.TenantId, sender, repId, cancellationToken);
            case OneOnOneVerbs.SaveSchedule:
                return await SaveScheduleAsync(turn.TenantId, sender, action.Rep, data, cancellationToken);
            default:
                break;
        }

        var actor = await ActorAsync(turn.TenantId, sender, action.As, cancellationToken);
        if (action.Occurrence is not { } occurrenceId
            || await service.GetAsync(turn.TenantId, occurrenceId, cancellationToken) is not { } occurrence)
        {
            return InvokeResponse.Error(404, "NotFound", "I can't find this 1:1 any more. Its schedule may have been removed.");
        }

        if (!await access.MayAccessAsync(turn.TenantId, occurrence.ManagerId, occurrence.RepId, actor.Id, cancellationToken))
        {
            return InvokeResponse.Error(403, "NotYourOneOnOne", OneOnOneAccess.Refusal);
        }

        var viewer = ViewerFor(sender, actor);
        if (verb == OneOnOneVerbs.Refresh)
        {
            return await service.ViewAsync(occurrence, cancellationToken) is { } current
                ? InvokeResponse.Card(AgendaCard.Build(current, viewer))
                : InvokeResponse.Error(404, "NotFound", "One of the people of this 1:1 is no longer known.");
        }

        if (!await service.IsCurrentAsync(occurrence, cancellationToken))
        {
            return InvokeResponse.Error(
                409,
                "Moved",
                "This 1:1 was moved or stopped when its schedule changed, so nothing was changed.");
        }

        var zone = OneOnOneCalendar.Zone(actor.TimeZone);
        OneOnOneChange change;
        string? notice = null;
        switch (verb)
        {
            case OneOnOneVerbs.SubmitPrep:
                change = await service.SubmitPrepAsync(
                    occurrence,
                    actor,
                    Numbered(data, OneOnOneVerbs.PriorityInput, OneOnOneLimits.Priorities),
                    await DealsAsync(occurrence, data, cancellationToken),
                    Text(data, OneOnOneVerbs.OtherInput),
                    cancellationToken);
                if (change.View is { } prepared)
                {
                    var deals = await service.OpenDealsAsync(occurrence, cancellationToken);
                    return InvokeResponse.Card(PrepCards.Confirmation(prepared, viewer, deals));
                }

                break;
            case OneOnOneVerbs.AddTopic:
                change = await service.AddTopicAsync(occurrence, actor, Text(data, OneOnOneVerbs.TopicInput), cancellationToken);
                notice = "Topic added.";
                break;
            case OneOnOneVerbs.AddDecision:
                change = await service.AddDecisionAsync(occurrence, actor, Text(data, OneOnOneVerbs.DecisionInput), cancellationToken);
                notice = "Decision noted.";
                break;
            case OneOnOneVerbs.AddItem:
                change = await service.AddItemAsync(
                    occurrence, actor, ReadItem(data, zone) with { RequestId = turn.Activity.Id }, cancellationToken);
                notice = "Action item added. I'll follow it up with its owner.";
                break;
            case OneOnOneVerbs.Finish:
                change = await service.FinishAsync(occurrence, cancellationToken);
                break;
            default:
                return InvokeResponse.Error(400, "UnknownAction", "This card is out of date. Wait for the next 1:1 card.");
        }

        return change switch
        {
            { View: { } view } => InvokeResponse.Card(AgendaCard.Build(view, viewer, notice)),
            { Kind: RefusalKind.Question } => InvokeResponse.Message(
                change.Refusal + " To add it as it is, tick \"Keep it as written\" and add it again."),
            { Kind: RefusalKind.Forbidden } => InvokeResponse.Error(403, "Refused", change.Refusal!),
            { Kind: RefusalKind.Closed } => InvokeResponse.Error(409, "Closed", change.Refusal!),
            _ => InvokeResponse.Error(400, "Refused", change.Refusal ?? "Nothing was changed."),
        };
    }

    /// <summary>Reads the agenda card's action item form; the due time is in the person's own zone.</summary>
    public static ActionItemRequest ReadItem(JsonElement data, TimeZoneInfo zone)
    {
        ItemOwner? owner = Text(data, OneOnOneVerbs.ItemOwnerInput) switch
        {
            OneOnOneVerbs.OwnerRep => ItemOwner.Rep,
            OneOnOneVerbs.OwnerManager => ItemOwner.Manager,
            OneOnOneVerbs.OwnerBoth => ItemOwner.Both,
            _ => null,
        };
        DateTimeOffset? due = null;
        if (DateOnly.TryParseExact(Text(data, OneOnOneVerbs.ItemDueDateInput), "yyyy-MM-dd", Invariant, Exact, out var date))
        {
            var time = TimeOnly.TryParseExact(Text(data, OneOnOneVerbs.ItemDueTimeInput), "HH:mm", Invariant, Exact, out var t)
                ? t
                : new TimeOnly(17, 0);
            due = LocalClock.ToInstant(date, time, zone);
        }

        return new ActionItemRequest(
            Text(data, OneOnOneVerbs.ItemTextInput),
            owner,
            due,
            Text(data, OneOnOneVerbs.ItemCriterionInput),
            string.Equals(Text(data, OneOnOneVerbs.ItemConfirmInput), "true", StringComparison.OrdinalIgnoreCase),
            []);
    }

    private async Task<Person> ActorAsync(string tenantId, Person sender, string? asId, CancellationToken cancellationToken)
    {
        if (asId is null || asId == sender.Id || !standIns.MayActAs(tenantId, sender.Id, asId))
        {
            return sender;
        }

        return await people.GetAsync(tenantId, asId, cancellationToken) ?? sender;
    }

    private static CardViewer ViewerFor(Person sender, Person actor) =>
        actor.Id == sender.Id
            ? CardViewer.For(sender)
            : new CardViewer(OneOnOneCalendar.Zone(actor.TimeZone), AsPersonId: actor.Id, AsName: actor.DisplayName);

    private async Task<IReadOnlyList<string>> DealsAsync(
        OneOnOneOccurrence occurrence,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (Text(data, OneOnOneVerbs.DealPickInput) is { } picked)
        {
            var ids = picked.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var open = await service.OpenDealsAsync(occurrence, cancellationToken);
            return [.. open.Where(d => ids.Contains(d.Id, StringComparer.Ordinal)).Select(d => d.Name)];
        }

        return Numbered(data, OneOnOneVerbs.DealInput, OneOnOneLimits.Deals);
    }

    private static IReadOnlyList<string> Numbered(JsonElement data, string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(i => Text(data, prefix + i.ToString(CultureInfo.InvariantCulture))).OfType<string>()];

    private async Task<InvokeResponse> OpenScheduleAsync(
        string tenantId,
        Person sender,
        string? repId,
        CancellationToken cancellationToken)
    {
        if (await RepOfAsync(tenantId, sender, repId, cancellationToken) is not { } rep)
        {
            return InvokeResponse.Error(403, "NotYourRep", NotYourRep);
        }

        var current = await store.GetScheduleAsync(tenantId, sender.Id, rep.Id, cancellationToken);
        return InvokeResponse.Card(ScheduleCards.Edit(sender, rep, current, service.DefaultLength, clock.GetUtcNow()));
    }

    private async Task<InvokeResponse> SaveScheduleAsync(
        string tenantId,
        Person sender,
        string? repId,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (await RepOfAsync(tenantId, sender, repId, cancellationToken) is not { } rep)
        {
            return InvokeResponse.Error(403, "NotYourRep", NotYourRep);
        }

        if (ReadSchedule(data, sender, rep) is not { } input)
        {
            var current = await store.GetScheduleAsync(tenantId, sender.Id, rep.Id, cancellationToken);
            return InvokeResponse.Card(ScheduleCards.Edit(
                sender,
                rep,
                current,
                service.DefaultLength,
                clock.GetUtcNow(),
                "Not saved: pick a day, a time between 00:00 and 23:59, and a length of 15 to 120 minutes."));
        }

        var saved = await service.SaveScheduleAsync(tenantId, sender, rep, input, cancellationToken);
        return InvokeResponse.Card(ScheduleCards.Saved(sender, rep, saved, clock.GetUtcNow()));
    }

    private const DateTimeStyles Exact = DateTimeStyles.None;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string NotYourRep = "Only a rep's own manager can set their 1:1s, so nothing was changed.";

    private async Task<Person?> RepOfAsync(string tenantId, Person manager, string? repId, CancellationToken cancellationToken) =>
        repId is null ? null
            : await people.GetAsync(tenantId, repId, cancellationToken) is { } rep && rep.ManagerId == manager.Id ? rep
            : null;

    private static ScheduleInput? ReadSchedule(JsonElement data, Person manager, Person rep)
    {
        if (!Enum.TryParse<DayOfWeek>(Text(data, OneOnOneVerbs.WeekdayInput), ignoreCase: true, out var weekday)
            || !TimeOnly.TryParseExact(Text(data, OneOnOneVerbs.TimeInput), "HH:mm", Invariant, Exact, out var time)
            || !int.TryParse(Text(data, OneOnOneVerbs.LengthInput) ?? "30", NumberStyles.Integer, Invariant, out var minutes)
            || minutes is < 15 or > 120)
        {
            return null;
        }

        // Only the two people's own zones are offered, so a forged value falls back to the manager's.
        var zone = Text(data, OneOnOneVerbs.ZoneInput) is { } z && (z == manager.TimeZone || z == rep.TimeZone) ? z : manager.TimeZone;
        var frequency = Enum.TryParse<OneOnOneFrequency>(Text(data, OneOnOneVerbs.FrequencyInput), out var f)
            ? f
            : OneOnOneFrequency.Weekly;
        var active = !string.Equals(Text(data, OneOnOneVerbs.ActiveInput), "false", StringComparison.OrdinalIgnoreCase);
        return new ScheduleInput(weekday, time, TimeSpan.FromMinutes(minutes), zone, frequency, active);
    }
}
