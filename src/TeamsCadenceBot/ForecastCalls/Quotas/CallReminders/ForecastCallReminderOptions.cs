using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.ForecastCalls.Quotas.CallReminders;

/// <summary>The forecast-call reminder's defaults; configuration section <c>ForecastCallReminders</c>.</summary>
internal sealed class ForecastCallReminderOptions
{
    public const string Section = "ForecastCallReminders";

    /// <summary>The close period when the manager names none: the last so many weeks of the quarter.</summary>
    [Range(1, ForecastCallCadence.MaxCloseWeeks)]
    public int DefaultCloseWeeks { get; set; } = 4;

    /// <summary>A reminder found later than this after its time (say after an outage) is not posted.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PostUntil { get; set; } = TimeSpan.FromHours(6);
}
