using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// <c>action ...</c>: adds an action item to the 1:1 going on, typed in <see cref="TypedActionItem.Form"/>. It is
/// refused with what is missing, questioned when vague, and otherwise stored as a commitment of the 1:1.
/// </summary>
internal sealed class ActionItemCommand(
    OneOnOneContext context,
    OneOnOneService service,
    OneOnOneAccess access,
    IPeopleStore people,
    TimeProvider clock) : IBotCommand
{
    public string Name => "action";

    public string Usage => TypedActionItem.Form;

    public string Description => "Add an action item to the 1:1 going on now: owner, due date and how you'll know it's done.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal, ConversationScope.GroupChat];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await people.GetSenderAsync(turn, cancellationToken) is not { } sender)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        var (occurrence, problem) = await context.FindAsync(turn, sender, cancellationToken);
        if (occurrence is null)
        {
            await turn.ReplyAsync(problem!, cancellationToken);
            return;
        }

        if (!await access.MayAccessAsync(turn.TenantId, occurrence.ManagerId, occurrence.RepId, sender.Id, cancellationToken)
            || await service.ViewAsync(occurrence, cancellationToken) is not { } view)
        {
            await turn.ReplyAsync(OneOnOneAccess.Refusal, cancellationToken);
            return;
        }

        var zone = OneOnOneCalendar.Zone(sender.TimeZone);
        var request = TypedActionItem.Parse(arguments, clock.GetUtcNow(), zone, text => OwnerOf(text, sender, view, turn));
        var change = await service.AddItemAsync(
            occurrence, sender, request with { RequestId = turn.Activity.Id }, cancellationToken);
        var reply = change switch
        {
            { View: not null } => $"Added to your 1:1 of {view.Manager.DisplayName} and {view.Rep.DisplayName}: **{request.Text}**. "
                + "It shows on the agenda card, and I'll follow it up with its owner.",
            { Kind: RefusalKind.Question } => change.Refusal + " To add it as it is, send it again ending with **; confirm**.",
            { Kind: RefusalKind.Invalid } => change.Refusal + "\n\nFor example: **" + TypedActionItem.Example + "**",
            _ => change.Refusal!,
        };
        await turn.ReplyAsync(reply, cancellationToken);
    }

    private static ItemOwner? OwnerOf(string text, Person sender, OneOnOneView view, Turn turn)
    {
        var word = text.Trim().ToLowerInvariant();
        if (word is "me" or "myself" or "i")
        {
            return sender.Id == view.Rep.Id ? ItemOwner.Rep : sender.Id == view.Manager.Id ? ItemOwner.Manager : null;
        }

        if (word is "both" or "us" or "we")
        {
            return ItemOwner.Both;
        }

        if (word is "rep" || Names(view.Rep).Contains(word) || Mentions(turn, view.Rep))
        {
            return ItemOwner.Rep;
        }

        return word is "manager" || Names(view.Manager).Contains(word) || Mentions(turn, view.Manager) ? ItemOwner.Manager : null;
    }

    private static HashSet<string> Names(Person person) =>
        [person.DisplayName.ToLowerInvariant(), person.DisplayName.Split(' ')[0].ToLowerInvariant()];

    private static bool Mentions(Turn turn, Person person) =>
        turn.Activity.GetMentionedPeople().Any(m => m.AadObjectId == person.Id || (person.TeamsUserId is { } id && m.Id == id));
}
