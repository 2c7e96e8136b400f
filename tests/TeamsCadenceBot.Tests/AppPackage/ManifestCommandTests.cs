using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.AppPackage;

/// <summary>
/// The manifest's command lists against the commands the running service registers, in both
/// directions, so that neither can gain a command the other lacks.
/// </summary>
public sealed class ManifestCommandTests(RegisteredCommands registered) : IClassFixture<RegisteredCommands>
{
    public static TheoryData<string> ManifestScopes => ["personal", "team", "groupChat"];

    [Theory]
    [MemberData(nameof(ManifestScopes))]
    public void ManifestCommand_InScope_IsACommandTheBotUnderstandsThere(string manifestScope)
    {
        var sut = registered.Catalog;
        var commands = ManifestCommands(manifestScope);

        Assert.NotEmpty(commands);
        Assert.All(commands, command =>
        {
            var match = sut.Match(command.Title, ToConversationScope(manifestScope));
            Assert.True(match is not null, $"'{command.Title}' is not a {manifestScope} command of the bot");
            Assert.Equal((command.Title, string.Empty), (match.Value.Command.Name, match.Value.Arguments));
            Assert.Equal(match.Value.Command.Description, command.Description);
        });
    }

    [Theory]
    [MemberData(nameof(ManifestScopes))]
    public void BotCommand_InScope_IsListedInTheManifestForThatScope(string manifestScope)
    {
        var sut = registered.Catalog;

        var names = sut.In(ToConversationScope(manifestScope)).Select(c => c.Name);

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(name, ManifestCommands(manifestScope).Select(c => c.Title)));
    }

    [Fact]
    public void CommandLists_EachBotScope_HasExactlyOneList()
    {
        var bot = ManifestTemplate.Bot(ManifestTemplate.Load());

        var listed = bot["commandLists"]!.AsArray().SelectMany(l => l!["scopes"]!.AsArray()).Select(s => (string)s!);

        Assert.Equal(bot["scopes"]!.AsArray().Select(s => (string)s!).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    private static List<(string Title, string? Description)> ManifestCommands(string manifestScope) =>
        [.. ManifestTemplate.Bot(ManifestTemplate.Load())["commandLists"]!.AsArray()
            .Where(list => list!["scopes"]!.AsArray().Any(s => (string?)s == manifestScope))
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => ((string)command!["title"]!, (string?)command["description"]))];

    private static ConversationScope ToConversationScope(string manifestScope) => manifestScope switch
    {
        "personal" => ConversationScope.Personal,
        "team" => ConversationScope.Team,
        "groupChat" => ConversationScope.GroupChat,
        _ => throw new ArgumentOutOfRangeException(nameof(manifestScope), manifestScope, "Not a Teams bot scope"),
    };
}
