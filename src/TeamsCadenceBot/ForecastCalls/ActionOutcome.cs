namespace TeamsCadenceBot.ForecastCalls;

/// <summary>What a submission came to: the reasons it was refused, or the notice to show once it was kept.</summary>
internal sealed record ActionOutcome(IReadOnlyList<string> Problems, string? Notice)
{
    public static ActionOutcome Refused(params string[] problems) => new(problems, null);

    public static ActionOutcome Kept(string notice) => new([], notice);
}
