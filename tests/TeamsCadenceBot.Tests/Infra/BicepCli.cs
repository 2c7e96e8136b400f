using TeamsCadenceBot.Tests.AppPackage;

namespace TeamsCadenceBot.Tests.Infra;

/// <summary>
/// The Bicep compiler that restore downloads from the Azure.Bicep.CommandLine.linux-x64 package
/// (a PackageDownload in this project), so the templates compile offline and at a pinned version.
/// </summary>
public static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private const string Version = "0.49.2";

    public static string Path { get; } = Find();

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ExternalProcess.RunAsync(Path, arguments, workingDirectory: RepositoryRoot.Combine("infra"));

    private static string Find()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The infra tests use the linux-x64 Bicep CLI package.");
        }

        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = System.IO.Path.Combine(packages, PackageId, Version, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No Bicep CLI at {path}: run dotnet restore on the test project first.", path);
        }

        // NuGet extracts files without their execute bit on some systems.
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }

        return path;
    }
}
