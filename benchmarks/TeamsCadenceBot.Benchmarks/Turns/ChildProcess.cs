using System.Diagnostics;
using System.Net.Sockets;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>
/// A server started as a process of its own (<c>dotnet &lt;dll&gt;</c>) with its output sent straight to a file, so
/// that neither its console logging nor reading it costs this process anything. Killed on dispose.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process, long startedAt, int port, string logPath)
    {
        _process = process;
        StartedAt = startedAt;
        Port = port;
        LogPath = logPath;
    }

    public int Id => _process.Id;

    public int Port { get; }

    public string LogPath { get; }

    /// <summary>The <see cref="Stopwatch"/> timestamp just before the process was started.</summary>
    public long StartedAt { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static ChildProcess Start(
        string dll,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        int port,
        string logPath)
    {
        // exec keeps the process id: the shell only redirects the output to the file and becomes dotnet.
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("log=\"$1\"; shift; exec dotnet \"$@\" >\"$log\" 2>&1");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(logPath);
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        return new ChildProcess(process, startedAt, port, logPath);
    }

    /// <summary>Waits until the port accepts connections; returns the time since the process was started.</summary>
    public async Task<TimeSpan> WaitForListeningAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process stopped before it listened; see {LogPath}:\n" + Tail());
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
                return Stopwatch.GetElapsedTime(StartedAt);
            }
            catch (SocketException)
            {
                if (Stopwatch.GetElapsedTime(StartedAt) > patience)
                {
                    throw new TimeoutException($"Nothing listened on port {Port} within {patience}; see {LogPath}:\n" + Tail());
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, cancellationToken);
        }
    }

    public string Tail() =>
        File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(20)) : "(no log)";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}
