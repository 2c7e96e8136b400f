using System.IO.Compression;

namespace TeamsCadenceBot.Tests.AppPackage;

/// <summary>One run of scripts/package-app.sh into its own temporary folder.</summary>
public sealed class AppPackageBuild : IDisposable
{
    public static readonly string[] SettingNames =
        ["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN", "APP_BASE_URL", "APP_VERSION", "APP_NAME_SHORT", "APP_NAME_FULL"];

    public static IReadOnlyDictionary<string, string> TestSettings { get; } = new Dictionary<string, string>
    {
        ["TEAMS_APP_ID"] = "5d3f8a2e-9b1c-4e7d-a6f0-2c8b4e1d9a73",
        ["BOT_ID"] = "c41e7b90-2d5a-4f38-8e6c-7a1b3d9f0e25",
        ["BOT_DOMAIN"] = "cadence-test.example.net",
        ["APP_BASE_URL"] = "https://cadence.example.org/app",
        ["APP_VERSION"] = "2.4.1",
    };

    private AppPackageBuild(string directory, ProcessResult result)
    {
        Directory = directory;
        Result = result;
    }

    public string Directory { get; }

    public ProcessResult Result { get; }

    public string OutputDirectory => Path.Combine(Directory, "out");

    public string ManifestPath => Path.Combine(OutputDirectory, "manifest.json");

    public IReadOnlyList<string> Zips =>
        System.IO.Directory.Exists(OutputDirectory) ? System.IO.Directory.GetFiles(OutputDirectory, "*.zip") : [];

    /// <summary>
    /// Runs the script with <paramref name="fileSettings"/> in a settings file and
    /// <paramref name="environment"/> on top; every setting name not given is removed from the
    /// environment, so a developer's own settings never leak into a test.
    /// </summary>
    public static async Task<AppPackageBuild> RunAsync(
        IReadOnlyDictionary<string, string> fileSettings,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("cadence-app-package-").FullName;
        var envFile = Path.Combine(directory, "app.env");
        await File.WriteAllLinesAsync(envFile, fileSettings.Select(s => $"{s.Key}={s.Value}"));

        var childEnvironment = SettingNames.ToDictionary(name => name, string? (name) => null);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            childEnvironment[name] = value;
        }

        var result = await ExternalProcess.RunAsync(
            "bash",
            [RepositoryRoot.Combine("scripts", "package-app.sh"), "--env-file", envFile, "--out", Path.Combine(directory, "out")],
            childEnvironment);
        return new AppPackageBuild(directory, result);
    }

    public Dictionary<string, byte[]> ReadZip()
    {
        using var archive = ZipFile.OpenRead(Zips.Single());
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
