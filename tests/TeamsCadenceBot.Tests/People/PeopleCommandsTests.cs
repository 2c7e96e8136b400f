using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.Tests.People.CardInspection;

namespace TeamsCadenceBot.Tests.People;

public sealed class PeopleCommandsTests
{
    private const string Tenant = PeopleTestbed.Tenant;
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly PeopleTestbed _bed = new();
    private readonly TestUser _dana = new("Dana Lee");
    private readonly TestUser _sam = new("Sam Chen");
    private readonly TestUser _lee = new("Lee Jones");

    [Fact]
    public async Task TimeZone_UnknownZone_ClearErrorAndNothingChanged()
    {
        await _bed.Store.UpsertAsync(Tenant, _dana.Sighting with { ClientTimeZone = "Asia/Tokyo" }, None);
        var sut = new TimeZoneCommand(_bed.Store, _bed.Clock);

        await sut.HandleAsync(_bed.PersonalTurn(_dana, "time zone Nowhere/Land"), "Nowhere/Land", None);

        Assert.Equal(
            "I don't know the time zone \"Nowhere/Land\", so I changed nothing. Use a name such as **Europe/Berlin** "
            + "or **W. Europe Standard Time**.",
            LastText());
        var person = await _bed.Store.GetAsync(Tenant, _dana.AadObjectId, None);
        Assert.Equal("Asia/Tokyo", person!.TimeZone);
        Assert.Equal(TimeZoneSource.Client, person.TimeZoneSource);
    }

    [Fact]
    public async Task TimeZone_WindowsName_SetsIanaZoneAsPersonsOwn()
    {
        await _bed.Store.UpsertAsync(Tenant, _dana.Sighting with { ClientTimeZone = "Asia/Tokyo" }, None);
        var sut = new TimeZoneCommand(_bed.Store, _bed.Clock);

        await sut.HandleAsync(_bed.PersonalTurn(_dana), "Pacific Standard Time", None);

        Assert.Equal(
            "Done. Your time zone is **America/Los_Angeles** (UTC-08:00 now; you set it). "
            + "Your Teams client's zone no longer replaces it.",
            LastText());
        var person = await _bed.Store.GetAsync(Tenant, _dana.AadObjectId, None);
        Assert.Equal("America/Los_Angeles", person!.TimeZone);
        Assert.True(person.TimeZoneSetByPerson);
    }

    [Fact]
    public async Task TimeZone_NoArgument_ShowsZoneAndWhereItComesFrom()
    {
        var sut = new TimeZoneCommand(_bed.Store, _bed.Clock);

        await sut.HandleAsync(_bed.PersonalTurn(_dana), "", None);

        Assert.StartsWith(
            "Your time zone is **UTC** (UTC+00:00 now; your organisation's default).",
            LastText(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTeam_Rep_SeesManagerWithoutPicker()
    {
        await _bed.AddAsync(_sam);
        await _bed.AddAsync(_dana, _sam);
        var sut = new MyTeamCommand(_bed.Store, _bed.Installed);

        await sut.HandleAsync(_bed.PersonalTurn(_dana), "", None);

        var card = LastCard();
        Assert.Contains("Your manager: **Sam Chen**", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(Elements(card), e => e is ChoiceSetInput);
        Assert.Equal(TeamSetupVerbs.Start, Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!)).Verb);
    }

    [Fact]
    public async Task MyTeam_Manager_SeesRepsAndTeamSetupPicker()
    {
        await _bed.AddAsync(_sam);
        await _bed.AddAsync(_dana, _sam);
        _bed.Install("team-1", "Sales East", _sam, _dana);
        var sut = new MyTeamCommand(_bed.Store, _bed.Installed);

        await sut.HandleAsync(_bed.PersonalTurn(_sam), "", None);

        var card = LastCard();
        Assert.Contains("Your reps (1):\n- Dana Lee", Text(card), StringComparison.Ordinal);
        Assert.Equal("team-1", Assert.Single(Input<ChoiceSetInput>(card, TeamSetupVerbs.ConversationInput).Choices).Value);
    }

    [Fact]
    public async Task MyTeam_Leader_ListsManagersWithTheirTeamSize()
    {
        await _bed.AddAsync(_lee);
        await _bed.AddAsync(_sam, _lee);
        await _bed.AddAsync(_dana, _sam);
        var sut = new MyTeamCommand(_bed.Store, _bed.Installed);

        await sut.HandleAsync(_bed.PersonalTurn(_lee), "", None);

        var text = Text(LastCard());
        Assert.Contains("Reporting to you (1):\n- Sam Chen (manages 1)", text, StringComparison.Ordinal);
        Assert.Contains("Add me to a team or group chat", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUpMyTeam_NewPerson_RecordsThemAndOffersPicker()
    {
        _bed.Install("team-1", "Sales East", _sam, _dana);
        var sut = new SetUpMyTeamCommand(_bed.Store, _bed.Installed);

        await sut.HandleAsync(_bed.PersonalTurn(_sam), "", None);

        Assert.NotNull(Input<ChoiceSetInput>(LastCard(), TeamSetupVerbs.ConversationInput));
        Assert.NotNull(await _bed.Store.GetAsync(Tenant, _sam.AadObjectId, None));
    }

    [Fact]
    public async Task WhoAmI_ManagerWithLeader_ShowsRoles()
    {
        await _bed.AddAsync(_lee);
        await _bed.AddAsync(_sam, _lee);
        await _bed.AddAsync(_dana, _sam);
        var sut = new WhoAmICommand(_bed.Store);

        await sut.HandleAsync(_bed.PersonalTurn(_sam), "", None);

        var text = LastText();
        Assert.Contains("Your manager: Lee Jones.", text, StringComparison.Ordinal);
        Assert.Contains("Roles: rep, manager.", text, StringComparison.Ordinal);
    }

    private string LastText() => Assert.IsType<string>(_bed.Connector.Sent.Last().Text);

    private AdaptiveCard LastCard() =>
        Assert.IsType<AdaptiveCard>(Assert.Single(_bed.Connector.Sent.Last().Attachments!).Content);
}
