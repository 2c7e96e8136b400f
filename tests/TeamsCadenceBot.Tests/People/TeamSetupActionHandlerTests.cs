using Microsoft.Extensions.Logging.Abstractions;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;
using static TeamsCadenceBot.Tests.People.CardInspection;

namespace TeamsCadenceBot.Tests.People;

public sealed class TeamSetupActionHandlerTests
{
    private const string Tenant = PeopleTestbed.Tenant;
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly PeopleTestbed _bed = new();
    private readonly TestUser _sam = new("Sam Chen");
    private readonly TestUser _dana = new("Dana Lee");
    private readonly TestUser _rob = new("Rob Roy");
    private readonly TestUser _kim = new("Kim Park");
    private readonly TestUser _lee = new("Lee Jones");
    private readonly TeamSetupActionHandler _sut;

    public TeamSetupActionHandlerTests()
    {
        _sut = new TeamSetupActionHandler(_bed.Store, _bed.Installed, NullLogger<TeamSetupActionHandler>.Instance);
        _bed.Install("team-1", "Sales East", _sam, _dana, _rob, _kim, _lee);
        _bed.Connector.SetMembers(
            "team-1",
            [
                .. new[] { _sam, _dana, _rob, _kim, _lee }.Select(u => u.Member),
                new TeamsMember("28:other-bot", "Other Bot", Guid.NewGuid().ToString(), null, null),
                new TeamsMember("29:guest", "Guest Without Id", null, null, null),
            ]);
    }

    [Fact]
    public async Task Start_BotInstalledInTeam_OffersConversationPicker()
    {
        var response = await _sut.HandleAsync(_bed.PersonalTurn(_sam), TeamSetupVerbs.Start, Data(new { }), None);

        var card = CardOf(response);
        var picker = Input<ChoiceSetInput>(card, TeamSetupVerbs.ConversationInput);
        Assert.Equal([new Choice("Sales East", "team-1")], picker.Choices);
        Assert.True(picker.IsRequired);
        Assert.Equal(TeamSetupVerbs.Members, Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!)).Verb);
    }

    [Fact]
    public async Task Members_MembersOnSeveralPages_ListsEveryoneButManagerAndBots()
    {
        var response = await _sut.HandleAsync(_bed.PersonalTurn(_sam), TeamSetupVerbs.Members, Data(new { conversation = "team-1" }), None);

        var reps = Input<ChoiceSetInput>(CardOf(response), TeamSetupVerbs.RepsInput);
        Assert.True(reps.IsMultiSelect);
        Assert.Equal(
            new[] { _dana, _kim, _lee, _rob }.Select(u => u.AadObjectId).Order(),
            reps.Choices.Select(c => c.Value).Order());
        Assert.Contains(reps.Choices, c => c.Title == $"Dana Lee ({_dana.Email})");
        Assert.Equal(4, _bed.Connector.MemberPageCalls);
    }

    [Fact]
    public async Task Members_CurrentTeam_PreselectsRepsAndLeader()
    {
        await _bed.AddAsync(_lee);
        await _bed.AddAsync(_sam, _lee);
        await _bed.AddAsync(_dana, _sam);

        var response = await _sut.HandleAsync(_bed.PersonalTurn(_sam), TeamSetupVerbs.Members, Data(new { conversation = "team-1" }), None);

        var card = CardOf(response);
        Assert.Equal(_dana.AadObjectId, Input<ChoiceSetInput>(card, TeamSetupVerbs.RepsInput).Value);
        Assert.Equal(_lee.AadObjectId, Input<ChoiceSetInput>(card, TeamSetupVerbs.LeaderInput).Value);
        var save = Assert.IsType<ExecuteAction>(card.Actions![0]);
        Assert.Equal(TeamSetupVerbs.Save, save.Verb);
        Assert.Equal(new TeamSetupData("team-1"), save.Data);
    }

    [Fact]
    public async Task Members_SenderNotAMember_Refused()
    {
        _bed.Install("team-2", "Sales West", _dana, _rob);

        var response = await _sut.HandleAsync(_bed.PersonalTurn(_sam), TeamSetupVerbs.Members, Data(new { conversation = "team-2" }), None);

        Assert.Equal("You are not a member of Sales West. Pick a team or group chat you are in.", MessageOf(response));
    }

    [Fact]
    public async Task Save_NewReps_SavesThemAndConfirmsTheTeam()
    {
        var response = await SaveAsync(reps: [_dana, _rob]);

        var card = CardOf(response);
        Assert.Equal("Your team is saved", Assert.IsType<TextBlock>(card.Body[0]).Text);
        Assert.Contains("- Dana Lee\n- Rob Roy", Text(card), StringComparison.Ordinal);
        Assert.Equal(["Dana Lee", "Rob Roy"], await _bed.RepNamesAsync(_sam));
        var rob = await _bed.Store.GetAsync(Tenant, _rob.AadObjectId, None);
        Assert.Equal(_rob.TeamsId, rob!.TeamsUserId);
        Assert.Equal(_rob.Email, rob.Email);
    }

    [Fact]
    public async Task Save_RepOfAnotherManager_AsksToConfirmAndWritesNothing()
    {
        await _bed.AddAsync(_kim);
        await _bed.AddAsync(_dana, _kim);

        var response = await SaveAsync(reps: [_dana, _rob]);

        var card = CardOf(response);
        Assert.Contains("Dana Lee: on Kim Park's team", Text(card), StringComparison.Ordinal);
        Assert.Equal("Move them to my team", Input<ToggleInput>(card, TeamSetupVerbs.ConfirmMoveInput).Title);
        Assert.Equal(
            string.Join(',', new[] { _dana, _rob }.Select(u => u.AadObjectId)),
            Input<ChoiceSetInput>(card, TeamSetupVerbs.RepsInput).Value);
        Assert.Equal(["Dana Lee"], await _bed.RepNamesAsync(_kim));
        Assert.Empty(await _bed.RepNamesAsync(_sam));
        Assert.Null(await _bed.Store.GetAsync(Tenant, _rob.AadObjectId, None));
    }

    [Fact]
    public async Task Save_MoveConfirmed_MovesRepFromOtherManager()
    {
        await _bed.AddAsync(_kim);
        await _bed.AddAsync(_dana, _kim);

        await SaveAsync(reps: [_dana], confirmMove: "true");

        Assert.Equal(["Dana Lee"], await _bed.RepNamesAsync(_sam));
        Assert.Empty(await _bed.RepNamesAsync(_kim));
    }

    [Fact]
    public async Task Save_SelfAsRep_RefusedAndNothingWritten()
    {
        await _bed.AddAsync(_sam);
        var before = (await _bed.AllAsync()).Count;

        var response = await SaveAsync(reps: [_sam, _rob]);

        var card = CardOf(response);
        Assert.Contains("You cannot be your own rep.", Text(card), StringComparison.Ordinal);
        Assert.Equal("Save my team", card.Actions![0].Title);
        Assert.Empty(await _bed.RepNamesAsync(_sam));
        Assert.Equal(before, (await _bed.AllAsync()).Count);
    }

    [Fact]
    public async Task Save_LeaderWhoReportsToManager_RefusedAndNothingWritten()
    {
        await _bed.AddAsync(_sam);
        await _bed.AddAsync(_dana, _sam);

        var response = await SaveAsync(reps: [_rob], leader: _dana);

        Assert.Contains(
            "Dana Lee reports to you, directly or through others, so they cannot be your manager.",
            Text(CardOf(response)),
            StringComparison.Ordinal);
        Assert.Equal(["Dana Lee"], await _bed.RepNamesAsync(_sam));
        Assert.Null((await _bed.Store.GetAsync(Tenant, _sam.AadObjectId, None))!.ManagerId);
        Assert.Null(await _bed.Store.GetAsync(Tenant, _rob.AadObjectId, None));
    }

    [Fact]
    public async Task Save_RepWhoManagesManager_RefusedAndNothingWritten()
    {
        await _bed.AddAsync(_lee);
        await _bed.AddAsync(_sam, _lee);

        var response = await SaveAsync(reps: [_lee, _dana]);

        Assert.Contains("Lee Jones manages you", Text(CardOf(response)), StringComparison.Ordinal);
        Assert.Equal(_lee.AadObjectId, (await _bed.Store.GetAsync(Tenant, _sam.AadObjectId, None))!.ManagerId);
        Assert.Empty(await _bed.RepNamesAsync(_sam));
        Assert.Null(await _bed.Store.GetAsync(Tenant, _dana.AadObjectId, None));
    }

    [Fact]
    public async Task Save_DataNamesAnotherManager_SenderIsStillTheManager()
    {
        await _bed.AddAsync(_kim);

        await _sut.HandleAsync(
            _bed.PersonalTurn(_sam),
            TeamSetupVerbs.Save,
            Data(new { conversationId = "team-1", reps = _rob.AadObjectId, manager = _kim.AadObjectId, managerId = _kim.AadObjectId }),
            None);

        Assert.Equal(["Rob Roy"], await _bed.RepNamesAsync(_sam));
        Assert.Empty(await _bed.RepNamesAsync(_kim));
    }

    [Fact]
    public async Task Save_WithLeader_LeaderHasManagerAmongManagers()
    {
        await SaveAsync(reps: [_dana], leader: _lee);

        var managers = await _bed.Store.ListManagersOfLeaderAsync(Tenant, _lee.AadObjectId, None);
        Assert.Equal(["Sam Chen"], managers.Select(m => m.Name));
        var leader = await _bed.Store.GetPositionAsync(Tenant, _lee.AadObjectId, None);
        Assert.Equal(PersonRoles.Manager | PersonRoles.Leader, leader!.Roles);
    }

    [Fact]
    public async Task Save_UntickedCurrentRep_TakenOffTeam()
    {
        await _bed.AddAsync(_sam);
        await _bed.AddAsync(_dana, _sam);
        await _bed.AddAsync(_rob, _sam);

        await SaveAsync(reps: [_rob]);

        Assert.Equal(["Rob Roy"], await _bed.RepNamesAsync(_sam));
        Assert.Null((await _bed.Store.GetAsync(Tenant, _dana.AadObjectId, None))!.ManagerId);
    }

    [Fact]
    public async Task Save_PickedSomeoneNotAMember_RefusedAndNothingWritten()
    {
        var stranger = new TestUser("Stranger Danger");

        var response = await SaveAsync(reps: [stranger, _rob]);

        Assert.Contains("not a member of this conversation", Text(CardOf(response)), StringComparison.Ordinal);
        Assert.Empty(await _bed.RepNamesAsync(_sam));
    }

    [Fact]
    public async Task Save_ConversationNotInstalled_RefusedAndNothingWritten()
    {
        var response = await _sut.HandleAsync(
            _bed.PersonalTurn(_sam),
            TeamSetupVerbs.Save,
            Data(new { conversationId = "team-x", reps = _rob.AadObjectId }),
            None);

        Assert.StartsWith("I'm not in that team or group chat any more.", MessageOf(response), StringComparison.Ordinal);
        Assert.Empty(await _bed.RepNamesAsync(_sam));
    }

    [Fact]
    public async Task HandleAsync_InGroupChat_Refused()
    {
        var turn = _bed.Turn(_sam, new ConversationAccount("19:chat", "groupChat", Tenant, IsGroup: true));

        var response = await _sut.HandleAsync(turn, TeamSetupVerbs.Save, Data(new { conversationId = "team-1", reps = _rob.AadObjectId }), None);

        Assert.Equal("Set up your team in your personal chat with me.", MessageOf(response));
        Assert.Empty(await _bed.RepNamesAsync(_sam));
    }

    [Fact]
    public async Task Members_VeryLargeTeam_CapsListAndStaysSmall()
    {
        var crowd = Enumerable.Range(0, 500)
            .Select(i => new TestUser($"Member {i:D3} with a rather long display name to fill the card"))
            .ToArray();
        _bed.Install("big", "Everyone", [_sam, .. crowd]);
        _bed.Connector.PageSize = 100;

        var response = await _sut.HandleAsync(_bed.PersonalTurn(_sam), TeamSetupVerbs.Members, Data(new { conversation = "big" }), None);

        var card = CardOf(response);
        var reps = Input<ChoiceSetInput>(card, TeamSetupVerbs.RepsInput);
        Assert.Equal(TeamCards.MaxMembersShown, reps.Choices.Count);
        Assert.Equal("filtered", reps.Style);
        Assert.Contains("Showing 200 of 500 members.", Text(card), StringComparison.Ordinal);
        Assert.True(SerializedSize(card) < 80_000, $"The card is {SerializedSize(card)} bytes.");
    }

    [Fact]
    public async Task HandleAsync_UnknownVerb_Error()
    {
        var response = await _sut.HandleAsync(_bed.PersonalTurn(_sam), "people.nope", Data(new { }), None);

        var body = Assert.IsType<Teams.Hosting.UniversalActionBody>(response.Body);
        Assert.Equal(400, body.StatusCode);
    }

    private Task<Teams.Hosting.InvokeResponse> SaveAsync(TestUser[] reps, TestUser? leader = null, string? confirmMove = null) =>
        _sut.HandleAsync(
            _bed.PersonalTurn(_sam),
            TeamSetupVerbs.Save,
            Data(new
            {
                conversationId = "team-1",
                reps = string.Join(',', reps.Select(r => r.AadObjectId)),
                leader = leader?.AadObjectId,
                confirmMove,
            }),
            None);
}
