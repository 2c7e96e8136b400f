using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Bot;

/// <summary>Finds the command a text starts with: the longest registered name that matches whole words.</summary>
internal sealed class CommandCatalog(IEnumerable<IBotCommand> commands)
{
    private readonly IReadOnlyList<IBotCommand> _commands = [.. commands.OrderByDescending(c => c.Name.Length)];

    /// <summary>Every command, in the order <c>help</c> lists them.</summary>
    public IReadOnlyList<IBotCommand> All => [.. _commands.OrderBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>The commands that work in <paramref name="scope"/>.</summary>
    public IReadOnlyList<IBotCommand> In(ConversationScope scope) => [.. All.Where(c => c.Scopes.Contains(scope))];

    /// <summary>
    /// The command <paramref name="text"/> starts with and the rest of the text, or null. A null
    /// <paramref name="scope"/> matches commands of any scope.
    /// </summary>
    public (IBotCommand Command, string Arguments)? Match(string text, ConversationScope? scope)
    {
        var trimmed = text.Trim();
        foreach (var command in _commands)
        {
            if (scope is { } s && !command.Scopes.Contains(s))
            {
                continue;
            }

            if (trimmed.StartsWith(command.Name, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == command.Name.Length || char.IsWhiteSpace(trimmed[command.Name.Length])))
            {
                return (command, trimmed[command.Name.Length..].Trim());
            }
        }

        return null;
    }
}
