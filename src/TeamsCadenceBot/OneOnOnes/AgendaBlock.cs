namespace TeamsCadenceBot.OneOnOnes;

/// <summary>One time block of a 1:1 agenda, with the lines merged into it from the rep's answers and topics.</summary>
internal sealed record AgendaBlock(AgendaBlockKind Kind, string Title, int Minutes, IReadOnlyList<string> Lines);

/// <summary>The blocks of the default 1:1 agenda, in the order the framework gives.</summary>
internal enum AgendaBlockKind
{
    PreviousCommitments,
    PipelineHealth,
    DealCoaching,
    SkillDevelopment,
    ObstaclesAndActions,
}
