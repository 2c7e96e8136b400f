namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// When a manager meets one rep: a weekday and a wall-clock time in <see cref="TimeZone"/>, every week or every
/// two weeks counted from <see cref="AnchorDate"/>. <see cref="Version"/> grows with every change, so timed
/// steps planned for an older version find out and drop themselves.
/// </summary>
internal sealed record OneOnOneSchedule
{
    public required string TenantId { get; init; }

    public required string ManagerId { get; init; }

    public required string RepId { get; init; }

    public required DayOfWeek Weekday { get; init; }

    public required TimeOnly LocalTime { get; init; }

    public required TimeSpan Length { get; init; }

    /// <summary>The IANA zone the weekday and time are meant in: the manager's or the rep's.</summary>
    public required string TimeZone { get; init; }

    public OneOnOneFrequency Frequency { get; init; } = OneOnOneFrequency.Weekly;

    /// <summary>The local date of the first meeting; every other one is a whole number of periods later.</summary>
    public required DateOnly AnchorDate { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>False once the manager stopped these 1:1s; nothing more is planned.</summary>
    public bool Active { get; init; } = true;

    public string PairId => OneOnOneIds.Pair(ManagerId, RepId);

    public int PeriodDays => Frequency == OneOnOneFrequency.Biweekly ? 14 : 7;
}
