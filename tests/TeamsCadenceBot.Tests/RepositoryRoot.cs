namespace TeamsCadenceBot.Tests;

/// <summary>The folder holding TeamsCadenceBot.sln, found above the test binaries, for tools and files the tests use.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "TeamsCadenceBot.sln";

    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

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
