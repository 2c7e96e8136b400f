using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>An occurrence with everything its cards show: the two people, its items and the earlier ones.</summary>
/// <param name="Occurrence">The occurrence.</param>
/// <param name="Manager">The manager.</param>
/// <param name="Rep">The rep.</param>
/// <param name="Items">The action items made in this 1:1, oldest first.</param>
/// <param name="PreviousItems">
/// What to review: the pair's earlier 1:1 items and the rep's open and missed items from anywhere else, missed
/// first, then open, then done (those of the previous 1:1).
/// </param>
/// <param name="Now">When the view was drawn.</param>
internal sealed record OneOnOneView(
    OneOnOneOccurrence Occurrence,
    Person Manager,
    Person Rep,
    IReadOnlyList<Commitment> Items,
    IReadOnlyList<Commitment> PreviousItems,
    DateTimeOffset Now)
{
    public bool IsFinished => Occurrence.FinishedAt is not null;

    public bool HasStarted => Occurrence.HasStarted(Now);

    public string NameOf(string personId) =>
        personId == Manager.Id ? Manager.DisplayName : personId == Rep.Id ? Rep.DisplayName : "Someone else";

    public string OwnerNames(Commitment item) =>
        item.OwnerIds.Count == 2 && item.IsOwnedBy(Manager.Id) && item.IsOwnedBy(Rep.Id)
            ? "Both"
            : string.Join(" and ", item.OwnerIds.Select(NameOf));
}

/// <summary>
/// Whom a copy of a card is drawn for: their time zone, and on a stand-in's copy the person it stands for,
/// named on the card and carried in its buttons.
/// </summary>
/// <param name="Zone">The zone times are shown in.</param>
/// <param name="ShowZoneName">True where people in several zones read the same copy (a meeting chat).</param>
/// <param name="AsPersonId">On a stand-in's copy: the person it is meant for.</param>
/// <param name="AsName">That person's name.</param>
internal sealed record CardViewer(TimeZoneInfo Zone, bool ShowZoneName = false, string? AsPersonId = null, string? AsName = null)
{
    public static CardViewer For(Person person) => new(OneOnOneCalendar.Zone(person.TimeZone));
}
