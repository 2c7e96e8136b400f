using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.OneOnOnes.OneOnOneCardParts;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// The live agenda: time blocks that add up to the meeting's length, the earlier items to review (missed first),
/// the items and decisions of this 1:1, and buttons to add a topic, an action item or a decision, or to finish.
/// Every copy is updated in place when anything changes; a refresh gives each participant the latest on view.
/// Free texts are cut to their fields' limits, and shorter when a 1:1 full of long text would not fit in a message.
/// </summary>
internal static class AgendaCard
{
    public static AdaptiveCard Build(OneOnOneView view, CardViewer viewer, string? notice = null) =>
        Fitted(cap => Render(Shortened(view, cap), viewer, notice));

    private static AdaptiveCard Render(OneOnOneView view, CardViewer viewer, string? notice)
    {
        var occurrence = view.Occurrence;
        var heading = $"1:1 agenda: {view.Manager.DisplayName} and {view.Rep.DisplayName}";
        var body = new List<CardElement>(Banner(viewer))
        {
            Heading(heading),
            new TextBlock($"{When(occurrence.StartsAt, viewer)}, {Minutes(occurrence.Length)}. {Status(view)}"),
        };
        if (notice is not null)
        {
            body.Add(new Container([new TextBlock(notice) { Weight = "Bolder" }]) { Style = "good" });
        }

        var blocks = AgendaPlan.Build(
            occurrence.Length,
            view.PreviousItems.Count,
            occurrence.Prep,
            occurrence.Topics,
            view.Rep.DisplayName);
        body.AddRange(blocks.Select(block => Block(block, view, viewer)));

        body.Add(Section($"Action items from this 1:1 ({view.Items.Count})"));
        body.Add(view.Items.Count == 0
            ? Subtle("None yet. Each needs an owner, a due date and how you'll know it's done.")
            : new Container([.. view.Items.Take(OneOnOneLimits.Items).Select(i => ItemDetail(i, view, viewer))]));
        if (occurrence.Decisions.Count > 0)
        {
            body.Add(Section("Decisions"));
            body.Add(Bullets(occurrence.Decisions.Select(d => d.Text)));
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = view.IsFinished ? null : Actions(view, viewer),
            Refresh = Refresh(view, viewer),
            Speak = heading,
            Teams = new TeamsCardSettings(Width: "Full"),
        };
    }

    private static string Status(OneOnOneView view) =>
        view.IsFinished ? "Finished: the summary went to both of you."
        : view.HasStarted ? "In progress."
        : "Either of you can add topics until it ends.";

    private static Container Block(AgendaBlock block, OneOnOneView view, CardViewer viewer)
    {
        var items = new List<CardElement>
        {
            new ColumnSet(
            [
                new Column([new TextBlock(block.Title) { Weight = "Bolder" }]) { Width = "stretch" },
                new Column([new TextBlock($"{block.Minutes} min") { IsSubtle = true }]) { Width = "auto" },
            ]),
        };
        if (block.Kind == AgendaBlockKind.PreviousCommitments)
        {
            items.Add(view.PreviousItems.Count == 0
                ? Subtle("No earlier action items.")
                : new FactSet([.. view.PreviousItems.Take(OneOnOneLimits.Items).Select(i => ItemFact(i, view, viewer))]));
            if (view.PreviousItems.Count > OneOnOneLimits.Items)
            {
                items.Add(Subtle($"{view.PreviousItems.Count - OneOnOneLimits.Items} more: see my commitments."));
            }
        }

        if (block.Lines.Count > 0)
        {
            items.Add(Bullets(block.Lines));
        }

        return new Container(items) { Separator = true, Spacing = "Medium" };
    }

    private static List<CardAction> Actions(OneOnOneView view, CardViewer viewer)
    {
        var data = Data(view.Occurrence, viewer);
        return
        [
            new ShowCardAction(Nested(
                [
                    new TextInput
                    {
                        Id = OneOnOneVerbs.TopicInput,
                        Label = "Topic",
                        IsRequired = true,
                        ErrorMessage = "Type the topic.",
                        MaxLength = OneOnOneLimits.TopicLength,
                    },
                ],
                [new ExecuteAction(OneOnOneVerbs.AddTopic) { Title = "Add", Data = data }]))
            { Title = "Add a topic" },
            new ShowCardAction(ItemForm(view, viewer, data)) { Title = "Add an action item" },
            new ShowCardAction(Nested(
                [
                    new TextInput
                    {
                        Id = OneOnOneVerbs.DecisionInput,
                        Label = "Decision",
                        IsRequired = true,
                        ErrorMessage = "Type the decision.",
                        MaxLength = OneOnOneLimits.TopicLength,
                    },
                ],
                [new ExecuteAction(OneOnOneVerbs.AddDecision) { Title = "Note it", Data = data }]))
            { Title = "Note a decision" },
            new ExecuteAction(OneOnOneVerbs.Finish) { Title = "Finish the 1:1", Data = data, AssociatedInputs = "none" },
        ];
    }

    private static AdaptiveCard ItemForm(OneOnOneView view, CardViewer viewer, OneOnOneActionData data) => Nested(
        [
            new TextInput
            {
                Id = OneOnOneVerbs.ItemTextInput,
                Label = "What will be done",
                Placeholder = "Such as: send Contoso the revised pricing for 400 seats",
                MaxLength = OneOnOneLimits.ItemTextLength,
            },
            new ChoiceSetInput(
            [
                new Choice($"{view.Rep.DisplayName} (rep)", OneOnOneVerbs.OwnerRep),
                new Choice($"{view.Manager.DisplayName} (manager)", OneOnOneVerbs.OwnerManager),
                new Choice("Both", OneOnOneVerbs.OwnerBoth),
            ])
            {
                Id = OneOnOneVerbs.ItemOwnerInput,
                Label = "Owner",
                Style = "expanded",
            },
            new DateInput
            {
                Id = OneOnOneVerbs.ItemDueDateInput,
                Label = "Due date",
                Min = LocalFormat.InputDate(view.Now, viewer.Zone),
            },
            new TimeInput { Id = OneOnOneVerbs.ItemDueTimeInput, Label = "Due time", Value = "17:00" },
            new TextInput
            {
                Id = OneOnOneVerbs.ItemCriterionInput,
                Label = "Done when",
                Placeholder = "Such as: Contoso's buyer confirms the new quote",
                MaxLength = OneOnOneLimits.CriterionLength,
            },
            new ToggleInput("Keep it as written even if I ask whether it is vague")
            {
                Id = OneOnOneVerbs.ItemConfirmInput,
                Value = "false",
            },
        ],
        [new ExecuteAction(OneOnOneVerbs.AddItem) { Title = "Add the action item", Data = data }]);

    private static CardRefresh? Refresh(OneOnOneView view, CardViewer viewer)
    {
        string?[] people = [view.Manager.TeamsUserId, view.Rep.TeamsUserId];
        var userIds = people.OfType<string>().ToList();
        return userIds.Count == 0 || view.IsFinished
            ? null
            : new CardRefresh(new ExecuteAction(OneOnOneVerbs.Refresh) { Data = Data(view.Occurrence, viewer) }, userIds);
    }
}
