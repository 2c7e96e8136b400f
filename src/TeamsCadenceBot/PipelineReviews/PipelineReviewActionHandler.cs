using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// The review card's actions: team pages, the team's numbers, a rep's review, and recovery plans. Every action
/// checks the person acting anew (the card may have been forwarded or the team changed since it was posted).
/// </summary>
internal sealed class PipelineReviewActionHandler(
    PipelineReviewService reviews,
    CommitmentService commitments,
    CommitmentNotifier notifier,
    IPeopleStore people,
    TimeProvider clock,
    ILogger<PipelineReviewActionHandler> logger) : ICardActionHandler
{
    public const string RecoveryKind = "pipelinereview.recovery";

    private const string OutOfDate = "This card is out of date. Type **pipeline review** for a new one.";

    // A recovery plan falls due at the end of the owner's working day.
    private static readonly TimeOnly DueTime = new(17, 0);

    public string VerbPrefix => PipelineReviewVerbs.Prefix;

    public async Task<InvokeResponse> HandleAsync(Turn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            return InvokeResponse.Error(403, "UnknownPerson", PeopleTurns.UnknownSender);
        }

        return verb switch
        {
            PipelineReviewVerbs.Page when Text(data, "managerId") is { } managerId =>
                await ShowAsync(
                    "team",
                    Page(data),
                    () => reviews.ReviewTeamAsync(turn.TenantId, actor.Id, managerId, cancellationToken)),
            PipelineReviewVerbs.Numbers when Text(data, "managerId") is { } managerId =>
                await ShowAsync(
                    "numbers",
                    Page(data),
                    () => reviews.ReviewTeamAsync(turn.TenantId, actor.Id, managerId, cancellationToken)),
            PipelineReviewVerbs.Rep when Text(data, "repId") is { } repId =>
                await ShowAsync(
                    "rep",
                    Page(data),
                    () => reviews.ReviewRepAsync(turn.TenantId, actor.Id, repId, cancellationToken)),
            PipelineReviewVerbs.Recover => await RecoverAsync(turn, actor, data, cancellationToken),
            _ => InvokeResponse.Error(400, "UnknownAction", OutOfDate),
        };
    }

    private async Task<InvokeResponse> ShowAsync(string view, int page, Func<Task<ReviewOutcome>> load)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await load();
        if (outcome.Review is not { } review)
        {
            PipelineReviewLog.ReviewRefused(logger, view, outcome.Forbidden);
            return outcome.Forbidden
                ? InvokeResponse.Error(403, "NotAllowed", outcome.Refusal!)
                : InvokeResponse.Error(400, "NothingToReview", outcome.Refusal!);
        }

        PipelineReviewLog.ReviewShown(logger, view, page, review, started);
        return InvokeResponse.Card(view switch
        {
            "team" => PipelineReviewCards.Team(review, page),
            "numbers" => TeamNumbersCard.Build(review, page),
            _ => PipelineReviewCards.Rep(review, page),
        });
    }

    private async Task<InvokeResponse> RecoverAsync(
        Turn turn,
        Person actor,
        JsonElement data,
        CancellationToken cancellationToken)
    {
        if (Text(data, "dealId") is not { } dealId || Text(data, "ownerId") is not { } ownerId)
        {
            return InvokeResponse.Error(400, "BadRequest", "This card names no deal. Type **pipeline review** for a new one.");
        }

        // Gaps: the owner comes from the card's data and is not checked against the deal store (the source has no
        // single-deal read); the actor is still checked against that owner, so no one outside the chain can act.
        var (allowed, owner) = await reviews.MayActForRepAsync(turn.TenantId, actor.Id, ownerId, cancellationToken);
        if (!allowed || owner is null)
        {
            PipelineReviewLog.RecoveryRefused(logger, "not the owner's manager or above");
            var name = owner?.DisplayName ?? "the deal owner";
            return InvokeResponse.Error(403, "NotAllowed", ReviewAccess.NotAllowedForRep(name));
        }

        var text = Text(data, PipelineReviewVerbs.TextInput(dealId))?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return InvokeResponse.Error(400, "MissingAction", "Say what will be done to recover the deal.");
        }

        var now = clock.GetUtcNow();
        var actorZone = LocalClock.FindZone(actor.TimeZone) ?? TimeZoneInfo.Utc;
        var picked = DateOnly.TryParseExact(
            Text(data, PipelineReviewVerbs.DueInput(dealId)),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var d)
            ? d
            : (DateOnly?)null;
        if (RecoveryPlan.CheckDue(picked, LocalClock.Today(now, actorZone)) is { } problem)
        {
            PipelineReviewLog.RecoveryRefused(logger, "due date out of range");
            return InvokeResponse.Error(400, "BadDate", problem);
        }

        var ownerZone = LocalClock.FindZone(owner.TimeZone) ?? TimeZoneInfo.Utc;
        var dueAt = LocalClock.ToInstant(picked!.Value, DueTime, ownerZone);
        if (dueAt <= now)
        {
            return InvokeResponse.Error(
                400,
                "BadDate",
                $"{owner.DisplayName}'s day is already over on that date. Pick a later date.");
        }

        var dealName = Text(data, "dealName") ?? "the deal";
        var dealMark = ":deal:" + dealId;
        var review = Text(data, "review") ?? "review";
        var origin = new CommitmentOrigin(CommitmentOriginKind.PipelineReview, review + dealMark);

        // A redelivery of this very action finds the plan its first delivery stored: it goes on to tell the owner
        // (in case that delivery stopped before) rather than answering that a plan already exists.
        var thisRequest = turn.Activity.Id is { } requestId
            ? CommitmentIds.ForRequest(origin, actor.Id, requestId, text)
            : null;
        var pending = await commitments.ListPendingAsync(turn.TenantId, owner.Id, cancellationToken);
        if (pending.FirstOrDefault(c => c.Origin.Kind == CommitmentOriginKind.PipelineReview
            && c.Origin.Reference.EndsWith(dealMark, StringComparison.Ordinal)) is { } open
            && open.Id != thisRequest)
        {
            return InvokeResponse.Message(
                $"{owner.DisplayName} already has an open recovery plan for {dealName}: \"{open.Text}\", "
                + $"due {LocalFormat.DayAndTime(open.DueAt, actorZone)}.");
        }

        var created = await commitments.CreateAsync(
            turn.TenantId,
            new CommitmentDraft(text, OwnerChoice.Mentioned, dueAt, Text(data, PipelineReviewVerbs.DoneWhenInput(dealId))),
            [owner.Id],
            actor.Id,
            origin,
            turn.Activity.Id,
            cancellationToken);
        await notifier.SendToOwnersAsync(
            created,
            RecoveryKind + ":" + created.Id,
            RecoveryKind,
            CommitmentCards.Created,
            cancellationToken);
        PipelineReviewLog.RecoveryRecorded(logger, created.Id);
        return InvokeResponse.Message(
            $"Recovery plan recorded for {owner.DisplayName} on {dealName}, due {LocalFormat.DayAndTime(dueAt, actorZone)}. "
            + "It is in their commitments, with reminders.");
    }

    private static int Page(JsonElement data) =>
        data.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Number && page.TryGetInt32(out var p)
            ? p
            : 0;

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } s
                ? s
                : null;
}
