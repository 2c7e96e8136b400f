using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Tests.People;

public sealed record TestUser(string Name)
{
    public string AadObjectId { get; } = Guid.NewGuid().ToString();

    public string TeamsId => "29:" + Name.Replace(' ', '-').ToLowerInvariant();

    public string Email => Name.Replace(' ', '.').ToLowerInvariant() + "@contoso.example";

    public ChannelAccount Account => new(TeamsId, Name, AadObjectId);

    public TeamsMember Member => new(TeamsId, Name, AadObjectId, Email, Email);

    public PersonSighting Sighting => new(AadObjectId, Name, TeamsId);
}
