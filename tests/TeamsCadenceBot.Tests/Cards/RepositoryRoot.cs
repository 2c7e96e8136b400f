namespace TeamsCadenceBot.Tests.Cards;

/// <summary>The folder that holds TeamsCadenceBot.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "TeamsCadenceBot.sln";

    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds {SolutionFile}; run the tests from the repository.");
    }
}
