using System.Globalization;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.OneOnOnes.OneOnOneCardParts;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>The rep's prep prompt, its one reminder, and the confirmation it turns into.</summary>
internal static class PrepCards
{
    public static AdaptiveCard Prompt(OneOnOneView view, CardViewer viewer, IReadOnlyList<OpenDeal> deals, bool reminder)
    {
        var occurrence = view.Occurrence;
        var heading = reminder
            ? $"Reminder: your 1:1 with {view.Manager.DisplayName} is at {When(occurrence.StartsAt, viewer)}"
            : $"Prepare your 1:1 with {view.Manager.DisplayName}";
        var body = new List<CardElement>(Banner(viewer))
        {
            Heading(heading),
            new TextBlock($"{When(occurrence.StartsAt, viewer)}, {Minutes(occurrence.Length)}. Your answers shape the agenda; "
                + "you can change them until the meeting starts."),
        };
        body.AddRange(Inputs(occurrence.Prep, deals));
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(OneOnOneVerbs.SubmitPrep) { Title = "Send my answers", Style = "positive", Data = Data(occurrence, viewer) },
            ],
            Speak = heading,
        };
    }

    /// <summary>The answers as sent; with a way to change them while the meeting has not started.</summary>
    public static AdaptiveCard Confirmation(OneOnOneView view, CardViewer viewer, IReadOnlyList<OpenDeal> deals, string? notice = null)
    {
        var occurrence = view.Occurrence;
        var editable = !view.HasStarted && !view.IsFinished;
        var body = new List<CardElement>(Banner(viewer))
        {
            Heading(notice ?? "Thanks: your answers are in", notice is null ? "Good" : "Attention"),
            new TextBlock($"1:1 with {view.Manager.DisplayName}, {When(occurrence.StartsAt, viewer)}, {Minutes(occurrence.Length)}."),
        };
        body.AddRange(Answers(occurrence.Prep));
        body.Add(Subtle(editable
            ? $"You can change them until {When(occurrence.StartsAt, viewer)}."
            : "The 1:1 has started, so these are final. Add a topic on the agenda card instead."));
        return new AdaptiveCard
        {
            Body = body,
            Actions = editable
                ?
                [
                    new ShowCardAction(Nested(
                        [.. Inputs(occurrence.Prep, deals)],
                        [
                            new ExecuteAction(OneOnOneVerbs.SubmitPrep)
                            {
                                Title = "Save changes",
                                Style = "positive",
                                Data = Data(occurrence, viewer),
                            },
                        ]))
                    { Title = "Change my answers" },
                ]
                : null,
            Speak = "Your 1:1 prep",
        };
    }

    public static IEnumerable<CardElement> Answers(PrepAnswers? prep)
    {
        if (prep is null)
        {
            yield break;
        }

        yield return Section("Priorities and concerns");
        yield return Bullets(prep.Priorities);
        if (prep.Deals.Count > 0)
        {
            yield return Section("Deals to discuss");
            yield return Bullets(prep.Deals);
        }

        if (!string.IsNullOrWhiteSpace(prep.OtherTopics))
        {
            yield return Section("Other topics");
            yield return new TextBlock(prep.OtherTopics);
        }
    }

    private static IEnumerable<CardElement> Inputs(PrepAnswers? prep, IReadOnlyList<OpenDeal> deals)
    {
        yield return Section("Your top three priorities or concerns");
        for (var i = 0; i < OneOnOneLimits.Priorities; i++)
        {
            yield return new TextInput
            {
                Id = OneOnOneVerbs.PriorityInput + Number(i),
                Label = $"Priority or concern {Number(i)}",
                IsRequired = i == 0,
                ErrorMessage = i == 0 ? "Name at least one priority or concern." : null,
                MaxLength = OneOnOneLimits.PriorityLength,
                Value = prep?.Priorities.ElementAtOrDefault(i),
            };
        }

        yield return Section("Two or three deals to discuss");
        if (deals.Count > 0)
        {
            var choices = deals.Select(d => new Choice(d.Detail is { } detail ? $"{d.Name} ({detail})" : d.Name, d.Id));
            yield return new ChoiceSetInput([.. choices])
            {
                Id = OneOnOneVerbs.DealPickInput,
                IsMultiSelect = true,
                Style = "filtered",
                Placeholder = "Type a deal's name",
            };
        }
        else
        {
            for (var i = 0; i < OneOnOneLimits.Deals; i++)
            {
                yield return new TextInput
                {
                    Id = OneOnOneVerbs.DealInput + Number(i),
                    Label = $"Deal {Number(i)}",
                    Placeholder = "Account and deal, such as Contoso: 400 seats renewal",
                    MaxLength = OneOnOneLimits.DealLength,
                    Value = prep?.Deals.ElementAtOrDefault(i),
                };
            }
        }

        yield return new TextInput
        {
            Id = OneOnOneVerbs.OtherInput,
            Label = "Any other topic",
            IsMultiline = true,
            MaxLength = OneOnOneLimits.OtherTopicsLength,
            Value = prep?.OtherTopics,
        };
    }

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
