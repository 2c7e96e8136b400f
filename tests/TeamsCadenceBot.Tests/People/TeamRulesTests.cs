using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.People;

public sealed class TeamRulesTests
{
    private readonly Person _sam = Person("sam", "Sam Chen");
    private readonly Person _dana = Person("dana", "Dana Lee");
    private readonly Person _rob = Person("rob", "Rob Roy");
    private readonly Person _lee = Person("lee", "Lee Jones");

    [Fact]
    public void Decide_ManagerPicksSelfAsRep_Refused()
    {
        var decision = TeamRules.Decide(Request(picked: ["sam"]));

        Assert.Equal("You cannot be your own rep.", Assert.IsType<TeamRefused>(decision).Reason);
    }

    [Fact]
    public void Decide_ManagerPicksSelfAsLeader_Refused()
    {
        var decision = TeamRules.Decide(Request(picked: ["dana"], leader: "sam"));

        Assert.Equal("You cannot be your own manager.", Assert.IsType<TeamRefused>(decision).Reason);
    }

    [Fact]
    public void Decide_SamePersonRepAndLeader_Refused()
    {
        var decision = TeamRules.Decide(Request(picked: ["dana"], leader: "dana"));

        Assert.Contains("Dana Lee cannot be both", Assert.IsType<TeamRefused>(decision).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_PickedSomeoneNotAMember_Refused()
    {
        var decision = TeamRules.Decide(Request(picked: ["stranger"]));

        Assert.Contains("not a member", Assert.IsType<TeamRefused>(decision).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_LeaderReportsToManager_RefusedAsCycle()
    {
        var dana = _dana with { ManagerId = "sam" };

        var decision = TeamRules.Decide(Request(leader: "dana", known: [dana], chain: [dana, _sam]));

        Assert.Equal(
            "Dana Lee reports to you, directly or through others, so they cannot be your manager.",
            Assert.IsType<TeamRefused>(decision).Reason);
    }

    [Fact]
    public void Decide_PickedRepManagesManager_RefusedAsCycle()
    {
        var sam = _sam with { ManagerId = "lee" };

        var decision = TeamRules.Decide(Request(manager: sam, picked: ["dana", "lee"], known: [_lee], chain: [_lee]));

        Assert.Equal(
            "Lee Jones manages you, directly or through others, so they cannot be your rep.",
            Assert.IsType<TeamRefused>(decision).Reason);
    }

    [Fact]
    public void Decide_CurrentManagerBecomesRepUnderNewLeader_Allowed()
    {
        var sam = _sam with { ManagerId = "lee" };

        var decision = TeamRules.Decide(Request(manager: sam, picked: ["lee"], leader: "rob", known: [_lee, _rob], chain: [_rob], confirm: true));

        var approved = Assert.IsType<TeamApproved>(decision);
        Assert.Equal(
            [new ManagerAssignment("sam", "rob", "lee"), new ManagerAssignment("lee", "sam", null)],
            approved.Assignments);
    }

    [Fact]
    public void Decide_RepOfAnotherManagerUnconfirmed_AsksToConfirm()
    {
        var dana = _dana with { ManagerId = "lee" };

        var decision = TeamRules.Decide(Request(picked: ["dana", "rob"], known: [dana, _lee]));

        var move = Assert.Single(Assert.IsType<TeamNeedsConfirmation>(decision).Moves);
        Assert.Equal(new TeamMove("dana", "Dana Lee", "lee", "Lee Jones"), move);
    }

    [Fact]
    public void Decide_RepOfAnotherManagerConfirmed_MovesWithExpectedManager()
    {
        var dana = _dana with { ManagerId = "lee" };

        var decision = TeamRules.Decide(Request(picked: ["dana"], known: [dana, _lee], confirm: true));

        Assert.Equal([new ManagerAssignment("dana", "sam", "lee")], Assert.IsType<TeamApproved>(decision).Assignments);
    }

    [Fact]
    public void Decide_UntickedRepInConversation_RemovedButRepElsewhereKept()
    {
        var dana = _dana with { ManagerId = "sam" };
        var elsewhere = Person("elsewhere", "Eli Where") with { ManagerId = "sam" };

        var decision = TeamRules.Decide(Request(picked: ["rob"], known: [dana], current: [dana, elsewhere]));

        Assert.Equal(
            [new ManagerAssignment("rob", "sam", null), new ManagerAssignment("dana", null, "sam")],
            Assert.IsType<TeamApproved>(decision).Assignments);
    }

    [Fact]
    public void Decide_NothingChanged_NoAssignments()
    {
        var dana = _dana with { ManagerId = "sam" };
        var sam = _sam with { ManagerId = "lee" };

        var decision = TeamRules.Decide(Request(manager: sam, picked: ["dana"], leader: "lee", known: [dana, _lee], current: [dana], chain: [_lee]));

        Assert.Empty(Assert.IsType<TeamApproved>(decision).Assignments);
    }

    private TeamRequest Request(
        Person? manager = null,
        IReadOnlyList<string>? picked = null,
        string? leader = null,
        IReadOnlyList<Person>? known = null,
        IReadOnlyList<Person>? current = null,
        IReadOnlyList<Person>? chain = null,
        bool confirm = false) =>
        new(
            manager ?? _sam,
            picked ?? [],
            leader,
            confirm,
            new Dictionary<string, string> { ["dana"] = "Dana Lee", ["rob"] = "Rob Roy", ["lee"] = "Lee Jones" },
            (known ?? []).ToDictionary(p => p.Id),
            current ?? [],
            chain ?? []);

    private static Person Person(string id, string name) =>
        new("tenant-a", id, name, "29:" + id, null, null, "UTC", TimeZoneSource.TenantDefault, null, false);
}
