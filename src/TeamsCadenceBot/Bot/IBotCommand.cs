using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Bot;

/// <summary>
/// A text command a person types to the bot. Every command is registered in DI; <c>help</c> and the
/// app manifest's command lists are built from the registrations, so they cannot drift apart.
/// </summary>
public interface IBotCommand
{
    /// <summary>The words that start the command, lower case, such as <c>my commitments</c>.</summary>
    string Name { get; }

    /// <summary>How to type it, such as <c>pipeline review [@rep]</c>.</summary>
    string Usage { get; }

    /// <summary>One sentence for <c>help</c> and the manifest (at most 128 characters).</summary>
    string Description { get; }

    /// <summary>Where the command makes sense.</summary>
    IReadOnlyCollection<ConversationScope> Scopes { get; }

    /// <summary>Runs the command; <paramref name="arguments"/> is the text after <see cref="Name"/>.</summary>
    Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken);
}
