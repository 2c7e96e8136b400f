using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>
/// The quota card: one number field per rep, saved together. In a channel the card is posted closed (no amounts)
/// and opens through a refresh for the manager only, so the channel does not read the quotas.
/// </summary>
internal static class QuotaCards
{
    public static AdaptiveCard Sheet(QuotaSheet sheet)
    {
        var period = sheet.Period;
        var data = new QuotaSheetData(sheet.ManagerId, period.Key);
        var set = sheet.Reps.Where(r => r.Amount is not null).ToList();
        var body = new List<CardElement>
        {
            Heading($"Quotas: {sheet.ManagerName}'s team, {period.Label}"),
            Subtle($"{Format.Date(period.Start)} to {Format.Date(period.EndExclusive.AddDays(-1))} · "
                + $"{Count(sheet.Reps.Count, "rep")} · {set.Count} with a quota, "
                + $"{Format.Money(set.Sum(r => r.Amount!.Value))} in all"),
        };
        if (sheet.Status is { } status)
        {
            body.Add(new TextBlock(status) { Color = "Good", Weight = "Bolder" });
        }

        body.AddRange(sheet.Reps.Select(rep => new NumberInput
        {
            Id = QuotaVerbs.Input(rep.RepId),
            Label = Format.Short(rep.RepName, 60),
            Value = rep.Amount is { } amount ? (double)amount : null,
            Min = 0,
            Placeholder = "No quota yet",
            ErrorMessage = "Enter 0 or more.",
        }));
        body.Add(Subtle("An empty field keeps the quota stored for that rep."));
        if (sheet.TeamsBelow.Count > 0)
        {
            body.Add(new TextBlock("Teams below") { Weight = "Bolder", Separator = true, Spacing = "Medium" });
            body.Add(new ActionSet([.. sheet.TeamsBelow.Select(m => Open($"{m.DisplayName}'s team", m.Id, null))]));
        }

        var actions = new List<CardAction>
        {
            new ExecuteAction(QuotaVerbs.Save) { Title = "Save quotas", Style = "positive", Data = data },
            Open("Previous quarter", sheet.ManagerId, period.Previous()),
            Open("Next quarter", sheet.ManagerId, period.Next()),
        };
        if (sheet.ViewerId != sheet.ManagerId)
        {
            actions.Add(Open("Your team", sheet.ViewerId, null));
        }

        return Card(body, actions, $"Quotas of {sheet.ManagerName}'s team for {period.Label}");
    }

    /// <summary>
    /// The card posted in a channel: no amounts; <paramref name="managerTeamsId"/> gets the sheet through a refresh,
    /// and anyone may ask for it with the button (only the manager and leaders above get it).
    /// </summary>
    public static AdaptiveCard Closed(
        string managerId,
        string managerName,
        string? managerTeamsId,
        ForecastPeriod period)
    {
        var show = new ExecuteAction(QuotaVerbs.Show)
        {
            Title = "Show quotas",
            Data = new QuotaSheetData(managerId, period.Key),
        };
        var card = Card(
            [
                Heading($"Quotas: {managerName}'s team, {period.Label}"),
                new TextBlock($"Only {managerName} and the leaders above them see and set the quotas on this card."),
            ],
            [show],
            $"Quotas of {managerName}'s team for {period.Label}");
        return managerTeamsId is null ? card : card with { Refresh = new CardRefresh(show, [managerTeamsId]) };
    }

    // Another team's fiscal year may start in another month, so its sheet opens on its own current quarter.
    private static ExecuteAction Open(string title, string managerId, ForecastPeriod? period) =>
        new(QuotaVerbs.Show)
        {
            Title = title,
            Data = new QuotaSheetData(managerId, period?.Key ?? ""),
            AssociatedInputs = "none",
        };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static AdaptiveCard Card(List<CardElement> body, List<CardAction> actions, string speak) =>
        new() { Body = body, Actions = actions, Speak = speak, Teams = new TeamsCardSettings("Full") };

    private static TextBlock Heading(string text) =>
        new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };

    private static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = "Small" };
}
