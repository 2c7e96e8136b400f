using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.People;

/// <summary>The cards of <c>my team</c> and the team setup, all for the manager's personal chat.</summary>
internal static class TeamCards
{
    /// <summary>The most members listed, which keeps the card far below the Teams message size limit.</summary>
    public const int MaxMembersShown = 200;

    /// <summary>The most conversations offered.</summary>
    public const int MaxConversationsShown = 100;

    // Beyond this many choices a typeahead is easier than a list of check boxes.
    private const int FilteredAbove = 12;

    private const int MaxChoiceTitleLength = 80;

    /// <summary>
    /// The person's manager and reports; with <paramref name="pickFrom"/>, also the first step of the setup:
    /// pick a team or group chat to list its members.
    /// </summary>
    public static AdaptiveCard MyTeam(OrgPosition position, IReadOnlyList<InstalledConversation>? pickFrom)
    {
        var body = new List<CardElement>
        {
            Heading("Your team"),
            new TextBlock(position.Manager is { } manager
                ? $"Your manager: **{manager.DisplayName}**"
                : "No manager is set for you."),
        };
        body.AddRange(ReportList(position));
        if (pickFrom is null)
        {
            return new AdaptiveCard
            {
                Body = body,
                Actions = [new ExecuteAction(TeamSetupVerbs.Start) { Title = "Set up my team" }],
                Speak = "Your team",
            };
        }

        body.Add(new TextBlock("Set up your team") { Weight = "Bolder", Separator = true, Spacing = "Medium" });

        // Gaps: the list names every team and group chat of the tenant where the bot is installed, including ones
        // the manager is not in (membership is checked when they pick one), and stops at 100 of them.
        var shown = pickFrom
            .Where(c => c.Scope != ConversationScope.Personal)
            .OrderBy(ConversationName, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxConversationsShown)
            .ToList();
        if (shown.Count == 0)
        {
            body.Add(new TextBlock(
                "Add me to a team or group chat that your reps are in, then type **set up my team** again."));
            return new AdaptiveCard { Body = body, Speak = "Your team" };
        }

        body.Add(new ChoiceSetInput([.. shown.Select(c => new Choice(ConversationName(c), c.Address.ConversationId))])
        {
            Id = TeamSetupVerbs.ConversationInput,
            Label = "Pick a team or group chat your reps are in",
            IsRequired = true,
            ErrorMessage = "Pick a team or group chat.",
            Style = shown.Count > FilteredAbove ? "filtered" : "compact",
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction(TeamSetupVerbs.Members) { Title = "Show its members", Style = "positive" }],
            Speak = "Your team",
        };
    }

    /// <summary>The second step: tick reps among the members and optionally pick one's own manager.</summary>
    public static AdaptiveCard PickMembers(MemberPickerView view)
    {
        var conversationName = ConversationName(view.Conversation);
        var body = new List<CardElement>
        {
            Heading("Set up your team"),
            new TextBlock($"Members of **{conversationName}**. Tick your reps; untick someone to take them off your team."),
        };
        if (view.Notice is { } notice)
        {
            body.Add(new Container([new TextBlock(notice) { Color = "Attention", Weight = "Bolder" }])
            {
                Style = "attention",
            });
        }

        if (view.Moves is { Count: > 0 } moves)
        {
            body.Add(new Container(
            [
                new TextBlock("Already on another manager's team:") { Weight = "Bolder" },
                new FactSet([.. moves.Select(m => new Fact(m.RepName, $"on {m.CurrentManagerName}'s team"))]),
                new ToggleInput("Move them to my team")
                {
                    Id = TeamSetupVerbs.ConfirmMoveInput,
                    Value = "false",
                },
            ])
            {
                Style = "warning",
            });
        }

        // Gaps: only the first 200 members can be picked from one conversation; a typeahead served by the bot
        // (Data.Query) would lift that, but the card model cannot express it yet.
        var reps = Ordered(view.Candidates, view.SelectedReps.Contains);
        body.Add(new ChoiceSetInput([.. reps.Shown.Select(MemberChoice)])
        {
            Id = TeamSetupVerbs.RepsInput,
            Label = "Your reps",
            IsMultiSelect = true,
            Style = reps.Shown.Count > FilteredAbove ? "filtered" : "expanded",
            Value = Join(reps.Shown.Where(m => view.SelectedReps.Contains(m.AadObjectId!))),
            Placeholder = "Type a name",
        });
        if (reps.Hidden > 0)
        {
            body.Add(new TextBlock(
                $"Showing {reps.Shown.Count} of {reps.Shown.Count + reps.Hidden} members. For anyone not listed, "
                + "pick a smaller team or group chat they are in.")
            {
                IsSubtle = true,
                Size = "Small",
            });
        }

        var leaders = Ordered(view.Candidates, id => id == view.SelectedLeader);
        body.Add(new ChoiceSetInput([.. leaders.Shown.Select(MemberChoice)])
        {
            Id = TeamSetupVerbs.LeaderInput,
            Label = "Your own manager (optional)",
            Style = leaders.Shown.Count > FilteredAbove ? "filtered" : "compact",
            Value = view.SelectedLeader,
            Placeholder = view.KeptLeaderName is { } kept ? $"Leave empty to keep {kept}" : "Leave empty if none",
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(TeamSetupVerbs.Save)
                {
                    Title = "Save my team",
                    Style = "positive",
                    Data = new TeamSetupData(view.Conversation.Address.ConversationId),
                },
                new ExecuteAction(TeamSetupVerbs.Start) { Title = "Back", AssociatedInputs = "none" },
            ],
            Speak = "Set up your team",
        };
    }

    /// <summary>The answer to a save: the team as stored now, and anything that could not be saved.</summary>
    public static AdaptiveCard Saved(Person? manager, IReadOnlyList<Person> reps, IReadOnlyList<string> problems)
    {
        var body = new List<CardElement>
        {
            Heading(problems.Count == 0 ? "Your team is saved" : "Your team is saved, with exceptions"),
            new TextBlock(manager is null ? "No manager is set for you." : $"Your manager: **{manager.DisplayName}**"),
            reps.Count == 0
                ? new TextBlock("Nobody reports to you now.")
                : new TextBlock($"Your reps ({reps.Count}):") { Weight = "Bolder" },
        };
        if (reps.Count > 0)
        {
            body.Add(new TextBlock(BulletList(reps.Select(r => r.DisplayName))));
        }

        body.AddRange(problems.Select(p => new TextBlock(p) { Color = "Warning" }));
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction(TeamSetupVerbs.Start) { Title = "Change my team" }],
            Speak = "Your team is saved",
        };
    }

    public static string ConversationName(InstalledConversation conversation) =>
        !string.IsNullOrWhiteSpace(conversation.Name)
            ? conversation.Name
            : conversation.Scope == ConversationScope.Team ? "A team without a name" : "A group chat without a name";

    private static IEnumerable<CardElement> ReportList(OrgPosition position)
    {
        if (position.Reports.Count == 0)
        {
            yield return new TextBlock("Nobody reports to you yet.") { IsSubtle = true };
            yield break;
        }

        var leads = position.Roles.HasFlag(PersonRoles.Leader);
        yield return new TextBlock($"{(leads ? "Reporting to you" : "Your reps")} ({position.Reports.Count}):")
        {
            Weight = "Bolder",
        };
        yield return new TextBlock(BulletList(position.Reports.Select(r =>
            r.ReportCount > 0 ? $"{r.Person.DisplayName} (manages {r.ReportCount})" : r.Person.DisplayName)));
    }

    private static (IReadOnlyList<TeamsMember> Shown, int Hidden) Ordered(
        IReadOnlyList<TeamsMember> candidates,
        Func<string, bool> selected)
    {
        // Selected people first, so that a cap on the list never hides (and so never drops) someone chosen.
        var ordered = candidates
            .OrderByDescending(m => selected(m.AadObjectId!))
            .ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return (ordered.Take(MaxMembersShown).ToList(), Math.Max(0, ordered.Count - MaxMembersShown));
    }

    private static Choice MemberChoice(TeamsMember member)
    {
        var name = string.IsNullOrWhiteSpace(member.Name) ? "Someone without a name" : member.Name;
        var title = (member.Email ?? member.UserPrincipalName) is { Length: > 0 } mail ? $"{name} ({mail})" : name;
        return new Choice(title.Length > MaxChoiceTitleLength ? title[..MaxChoiceTitleLength] : title, member.AadObjectId!);
    }

    private static string? Join(IEnumerable<TeamsMember> members)
    {
        var ids = string.Join(',', members.Select(m => m.AadObjectId));
        return ids.Length == 0 ? null : ids;
    }

    private static string BulletList(IEnumerable<string> lines) => string.Join('\n', lines.Select(l => "- " + l));

    private static TextBlock Heading(string text) => new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };
}
