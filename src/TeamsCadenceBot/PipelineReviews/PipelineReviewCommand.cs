using System.Diagnostics;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.PipelineReviews;

/// <summary>
/// <c>pipeline review</c>: the sender's whole team; <c>pipeline review @rep</c>: one rep, or, when the person
/// mentioned manages a team, that team (for leaders). Only the team's manager and leaders above get it.
/// </summary>
internal sealed class PipelineReviewCommand(
    PipelineReviewService reviews,
    IPeopleStore people,
    ILogger<PipelineReviewCommand> logger) : IBotCommand
{
    public string Name => "pipeline review";

    private const string UsageReply =
        "Type **pipeline review** for your whole team, or mention one rep: **pipeline review @name**.";

    public string Usage => "pipeline review [@rep]";

    public string Description => "Review your team's pipeline: each rep's flagged deals, the team checks, and recovery plans.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Team, ConversationScope.GroupChat];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (await CommandSubject.ReadAsync(turn, arguments, people, UsageReply, cancellationToken)
            is not (var actor, var subject))
        {
            return;
        }

        var wholeTeam = subject is null || subject.Id == actor.Id
            || (await people.ListReportsAsync(turn.TenantId, subject.Id, cancellationToken)).Count > 0;
        var outcome = wholeTeam
            ? await reviews.ReviewTeamAsync(turn.TenantId, actor.Id, subject?.Id ?? actor.Id, cancellationToken)
            : await reviews.ReviewRepAsync(turn.TenantId, actor.Id, subject!.Id, cancellationToken);
        var view = wholeTeam ? "team" : "rep";
        if (outcome.Review is not { } review)
        {
            PipelineReviewLog.ReviewRefused(logger, view, outcome.Forbidden);
            await turn.ReplyAsync(outcome.Refusal!, cancellationToken);
            return;
        }

        // Gaps: everyone in the conversation sees the posted card; only launching it and acting on it are limited
        // to the manager and the leaders above.
        var card = wholeTeam ? PipelineReviewCards.Team(review, 0) : PipelineReviewCards.Rep(review, 0);
        PipelineReviewLog.ReviewShown(logger, view, 0, review, started);
        await turn.ReplyAsync(card, cancellationToken);
    }
}
