namespace TeamsCadenceBot.PipelineReviews.Settings;

/// <summary>
/// Who asks for a team's settings: a person in Teams (checked against the team's management chain and
/// Graph:AdminIds), or a caller of the admin API, whose token's app role already made them an admin.
/// </summary>
internal sealed record SettingsActor(string? PersonId)
{
    public static readonly SettingsActor AdminApi = new((string?)null);

    public static SettingsActor Person(string personId) => new(personId);
}
