using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.People;

/// <summary><c>time zone [zone]</c>: shows the zone reminders use for the person, or sets the person's own.</summary>
internal sealed class TimeZoneCommand(IPeopleStore store, TimeProvider timeProvider) : IBotCommand
{
    public string Name => "time zone";

    public string Usage => "time zone [zone]";

    public string Description => $"Show the time zone I plan your day in, or set your own, such as time zone {TimeZones.Example}.";

    public IReadOnlyCollection<ConversationScope> Scopes { get; } = [ConversationScope.Personal];

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (await store.GetSenderAsync(turn, cancellationToken) is not { } person)
        {
            await turn.ReplyAsync(PeopleTurns.UnknownSender, cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(arguments))
        {
            await turn.ReplyAsync(
                $"{Describe(person)} To change it, type **time zone** and a zone, such as **time zone {TimeZones.Example}**.",
                cancellationToken);
            return;
        }

        if (!TimeZones.TryNormalize(arguments, out var zone))
        {
            await turn.ReplyAsync(
                $"I don't know the time zone \"{Shorten(arguments)}\", so I changed nothing. Use a name such as "
                + $"**{TimeZones.Example}** or **W. Europe Standard Time**.",
                cancellationToken);
            return;
        }

        var saved = await store.SetOwnTimeZoneAsync(turn.TenantId, person.Id, zone, cancellationToken);
        await turn.ReplyAsync(
            saved is null
                ? "I could not find you among the people I know, so I changed nothing. Please try again."
                : $"Done. {Describe(saved)} Your Teams client's zone no longer replaces it.",
            cancellationToken);
    }

    private string Describe(Person person)
    {
        var source = person.TimeZoneSource switch
        {
            TimeZoneSource.Person => "you set it",
            TimeZoneSource.Client => "from your Teams client",
            _ => "your organisation's default",
        };
        var offset = TimeZones.DescribeOffset(person.TimeZone, timeProvider.GetUtcNow());
        return $"Your time zone is **{person.TimeZone}** ({offset} now; {source}).";
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Replace("*", "", StringComparison.Ordinal);
        return oneLine.Length <= 40 ? oneLine : oneLine[..40] + "…";
    }
}
