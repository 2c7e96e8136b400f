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

    public string Usage => "pipeline review [@rep]";

    public string Description => "Review your team's pipeline: each rep's flagged deals, the team checks, and recovery plans.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Team, ConversationScope.GroupChat];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var mentioned = turn.Activity.GetMentionedPeople();
        if (mentioned.Count > 1 || (mentioned.Count == 0 && arguments.Length > 0))
        {
            await turn.ReplyAsync(
                "Type **pipeline review** for your whole team, or mention one rep: **pipeline review @name**.",
                cancellationToken);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        Person? subject = null;
        if (mentioned.Count == 1)
        {
            subject = await people.FindByTeamsIdAsync(turn.TenantId, mentioned[0].Id, cancellationToken);
            if (subject is null)
            {
                await turn.ReplyAsync(
                    $"I don't know {mentioned[0].Name ?? "that person"} yet: they need to install me "
                    + "or be in a team where I am.",
                    cancellationToken);
                return;
            }
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
