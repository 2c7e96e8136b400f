namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>The verbs of the quota card's actions and the data each carries.</summary>
internal static class QuotaVerbs
{
    public const string Prefix = "quotas.";

    /// <summary>Shows a manager's quota sheet for a period; data <see cref="QuotaSheetData"/>.</summary>
    public const string Show = Prefix + "show";

    /// <summary>Saves the card's quota fields; data <see cref="QuotaSheetData"/> and one field per rep.</summary>
    public const string Save = Prefix + "save";

    public const string InputPrefix = "quota-";

    public static string Input(string repId) => InputPrefix + repId;
}

/// <summary>Whose sheet, for which period (a <see cref="ForecastPeriod.Key"/>; empty: the current quarter).</summary>
internal sealed record QuotaSheetData(string ManagerId, string Period);
