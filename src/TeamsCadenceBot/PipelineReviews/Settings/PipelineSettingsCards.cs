using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// The settings card of a team: every threshold, grouped as the review uses them, with its default beside its
/// current value, and Save / Reset to defaults. A notice (saved, or why nothing was) heads the card after an action.
/// </summary>
internal static class PipelineSettingsCards
{
    public static AdaptiveCard Settings(SettingsView view, string? notice = null)
    {
        var changed = ThresholdSettings.All.Count(s => s.Read(view.Thresholds) != s.Default);
        var body = new List<CardElement>
        {
            new TextBlock($"Pipeline settings: {view.ManagerName}'s team")
            {
                Size = "Medium",
                Weight = "Bolder",
                Style = "heading",
            },
            new TextBlock(changed == 0
                ? "Every threshold is at its default."
                : $"{changed} of {ThresholdSettings.All.Count} thresholds differ from their defaults.")
            {
                IsSubtle = true,
                Size = "Small",
            },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = "Accent" });
        }

        foreach (var group in ThresholdSettings.All.GroupBy(s => s.Group))
        {
            body.Add(new Container([
                new TextBlock(group.Key) { Weight = "Bolder" },
                .. group.Select(s => Input(s, s.Read(view.Thresholds))),
            ])
            { Separator = true, Spacing = "Medium" });
        }

        var data = new SettingsData(view.ManagerId, view.Version);
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(PipelineSettingsVerbs.Save)
                {
                    Title = "Save",
                    Style = "positive",
                    Data = data,
                    AssociatedInputs = "auto",
                },
                new ExecuteAction(PipelineSettingsVerbs.Reset)
                {
                    Title = "Reset to defaults",
                    Data = data,
                    AssociatedInputs = "none",
                },
            ],
            Speak = $"Pipeline settings of {view.ManagerName}'s team",
            Teams = new TeamsCardSettings("Full"),
        };
    }

    private static CardInput Input(ThresholdSetting setting, decimal value) =>
        setting.Unit switch
        {
            ThresholdUnit.Stage => Choices(
                setting,
                value,
                ThresholdSettings.OpenStages.Select(s => new Choice(s.ToString(), s.ToString()))),
            ThresholdUnit.Month => Choices(
                setting,
                value,
                Enumerable.Range(1, 12).Select(m => new Choice(setting.Show(m), setting.InputValue(m)))),
            _ => new NumberInput
            {
                Id = setting.Id,
                Label = setting.InputLabel(),
                Value = (double)value,
                Min = (double)setting.Min,
                Max = (double)setting.Max,
                IsRequired = true,
                ErrorMessage = $"Enter {setting.Expected()}.",
            },
        };

    private static ChoiceSetInput Choices(ThresholdSetting setting, decimal value, IEnumerable<Choice> choices) =>
        new([.. choices])
        {
            Id = setting.Id,
            Label = setting.InputLabel(),
            Value = setting.InputValue(value),
            Style = "compact",
            IsRequired = true,
            ErrorMessage = $"Enter {setting.Expected()}.",
        };
}
