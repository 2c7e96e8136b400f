namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>The two turns measured.</summary>
internal enum TurnKind
{
    /// <summary><c>help</c> typed in a personal chat: answered through the connector.</summary>
    Message,

    /// <summary><c>commitments.block</c> from a card: answered in the HTTP response with the updated card.</summary>
    Invoke,
}
