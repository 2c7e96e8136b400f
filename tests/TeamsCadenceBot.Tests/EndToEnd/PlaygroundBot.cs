using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using TeamsCadenceBot.Tests.Hosting;

namespace TeamsCadenceBot.Tests.EndToEnd;

/// <summary>
/// The service on a real loopback port, with Microsoft 365 Agents Playground pointed at it, as
/// scripts/run.sh runs them. Tests speak through the Playground's HTTP interface and read the bot's
/// answers from its conversation stream.
/// </summary>
public sealed class PlaygroundBot : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CadenceBotFactory _bot = new();
    private readonly Channel<JsonElement> _stream = Channel.CreateUnbounded<JsonElement>();
    private readonly ClientWebSocket _socket = new();
    private readonly List<string> _skipped = [];
    private readonly CancellationTokenSource _stop = new();
    private Process? _playground;
    private string _logDirectory = "";

    public HttpClient Playground { get; } = new();

    public JsonElement Config { get; private set; }

    public async Task InitializeAsync()
    {
        var botPort = FreePort();
        _bot.UseKestrel(botPort);
        _bot.StartServer();

        var playgroundPort = FreePort();
        _logDirectory = Directory.CreateTempSubdirectory("playground").FullName;
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "tools", "node_modules", ".bin", "agentsplayground"))
        {
            ArgumentList = { "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" },
            WorkingDirectory = _logDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BOT_ENDPOINT"] = $"http://127.0.0.1:{botPort}/api/messages";
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(_logDirectory, "playground.log");
        _playground = Process.Start(start) ?? throw new InvalidOperationException("The Agents Playground did not start.");
        _playground.OutputDataReceived += (_, _) => { };
        _playground.ErrorDataReceived += (_, _) => { };
        _playground.BeginOutputReadLine();
        _playground.BeginErrorReadLine();

        Playground.BaseAddress = new Uri($"http://127.0.0.1:{playgroundPort}");
        await WaitUntilAsync(async () => (await Playground.GetAsync("/_debug/ping")).IsSuccessStatusCode);
        Config = (await Playground.GetFromJsonAsync<JsonElement>("/_internal/v1/testConfig")).GetProperty("config");

        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{playgroundPort}/_ws_conversation/v1/conversations/stream"), _stop.Token);
        _ = Task.Run(ReadStreamAsync);
    }

    public string PersonalChatId => Config.GetProperty("personalChat").GetProperty("id").GetString()!;

    public async Task SayAsync(string conversationId, string text)
    {
        var response = await Playground.PostAsJsonAsync(
            $"/_conversation/v1/conversations/{conversationId}/messages",
            new { from = new { id = "user-id-0" }, text, textFormat = "plain" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Has the Playground send the activity Teams sends when the app is installed in the conversation.</summary>
    public async Task InstallAsync(string conversationId)
    {
        var template = await Playground.GetFromJsonAsync<JsonElement>(
            $"/_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}&type=install");
        var response = await Playground.PostAsJsonAsync("/_internal/v1/customActivities", template);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>How many cards headed <paramref name="heading"/> were passed over while waiting for others.</summary>
    public int CardsSeen(string heading) => _skipped.Count(h => h == heading);

    /// <summary>The next card the bot sends whose first text block is <paramref name="heading"/>.</summary>
    public async Task<JsonElement> NextCardAsync(string heading)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await foreach (var message in _stream.Reader.ReadAllAsync(timeout.Token))
        {
            if (!message.TryGetProperty("message", out var body) || !body.TryGetProperty("attachments", out var attachments))
            {
                continue;
            }

            foreach (var attachment in attachments.EnumerateArray())
            {
                var content = attachment.GetProperty("content");
                if (content.TryGetProperty("body", out var cardBody)
                    && cardBody.EnumerateArray().FirstOrDefault().TryGetProperty("text", out var text))
                {
                    if (text.GetString() == heading)
                    {
                        return content;
                    }

                    _skipped.Add(text.GetString() ?? "");
                }
            }
        }

        throw new TimeoutException($"No card headed '{heading}' arrived.");
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        if (_playground is { HasExited: false })
        {
            _playground.Kill(entireProcessTree: true);
            await _playground.WaitForExitAsync();
        }

        _playground?.Dispose();
        await _bot.DisposeAsync();
        Playground.Dispose();
        _socket.Dispose();
        _stop.Dispose();
        Directory.Delete(_logDirectory, recursive: true);
    }

    private async Task ReadStreamAsync()
    {
        var buffer = new byte[1 << 20];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var text = new StringBuilder();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, _stop.Token);
                    text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                }
                while (!result.EndOfMessage);

                using var document = JsonDocument.Parse(text.ToString());
                await _stream.Writer.WriteAsync(document.RootElement.Clone(), _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            _stream.Writer.TryComplete();
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> ready)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            try
            {
                if (await ready())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System);
        }

        throw new TimeoutException("The Agents Playground did not answer in time.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
