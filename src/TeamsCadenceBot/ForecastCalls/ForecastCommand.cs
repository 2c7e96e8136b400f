using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary><c>forecast [period]</c>: a manager launches the forecast call of their team in a team channel.</summary>
internal sealed class ForecastCommand(ForecastLauncher launcher, IPeopleStore people) : IBotCommand
{
    public string Name => "forecast";

    public string Usage => "forecast [quarter]";

    public string Description =>
        "Run your team's forecast call: each rep submits a call, you see the roll-up, gaps and risks.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Team];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } actor)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var launch = await launcher.LaunchAsync(turn, actor, arguments, cancellationToken);
        if (launch.Refusal is { } refusal)
        {
            await turn.ReplyAsync(refusal, cancellationToken);
        }
    }
}
