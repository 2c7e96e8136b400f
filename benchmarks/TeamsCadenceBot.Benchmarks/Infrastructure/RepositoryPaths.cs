namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>Finds the service's own Release build, which is what is measured.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TeamsCadenceBot.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("TeamsCadenceBot.sln was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>
    /// The service built in Release (built with this project by <c>dotnet run -c Release</c>); its own folder holds
    /// its runtimeconfig, so it starts with its own settings (server garbage collection among them).
    /// </summary>
    public static string ServiceDll
    {
        get
        {
            var path = Path.Combine(Root, "src", "TeamsCadenceBot", "bin", "Release", "net10.0", "TeamsCadenceBot.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException("Build the benchmarks with -c Release first: the service's Release build is missing.", path);
        }
    }

    /// <summary>This program, to start it again as a child process (the bare endpoint).</summary>
    public static string BenchmarkDll => typeof(RepositoryPaths).Assembly.Location;
}
