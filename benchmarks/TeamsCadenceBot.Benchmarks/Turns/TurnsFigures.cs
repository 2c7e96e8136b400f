namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>Everything the turns scenario measured, for its report.</summary>
internal sealed record TurnsFigures(
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<(TimeSpan Listening, TimeSpan FirstAnswer)> Starts,
    IdleMemory Idle,
    IdleMemory AfterLoad,
    IReadOnlyDictionary<TurnKind, TurnStorage> CallsPerTurn,
    int Rounds,
    int SoloTurns,
    int PerConversation,
    int Conversations,
    int Chats);
