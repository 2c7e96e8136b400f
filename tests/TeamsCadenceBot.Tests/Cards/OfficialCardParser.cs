using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Tests.Cards;

/// <summary>
/// The official Adaptive Cards parser (npm adaptivecards, run by tools/validate-cards.js under <c>node</c>),
/// started once per test collection and fed one card per line. Needs <c>node</c> on PATH and tools/node_modules
/// installed (scripts/test.sh does both).
/// </summary>
public sealed class OfficialCardParser : IAsyncLifetime
{
    /// <summary>The xunit collection whose test classes share one parser process.</summary>
    public const string Collection = "Official card parser";

    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _oneCardAtATime = new(1, 1);
    private readonly StringBuilder _errorOutput = new();
    private Process? _node;

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepositoryRoot.Path, "tools", "validate-cards.js");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        try
        {
            _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("The card tests need Node.js: `node` was not found on PATH.", e);
        }

        _node.ErrorDataReceived += (_, line) =>
        {
            lock (_errorOutput)
            {
                _errorOutput.AppendLine(line.Data);
            }
        };
        _node.BeginErrorReadLine();

        // Fails the whole collection at once, with node's own error, when the parser cannot load.
        var empty = new AdaptiveCard();
        var probe = await ValidateAsync(empty);
        if (!probe.Valid)
        {
            throw new InvalidOperationException(
                $"The card parser rejects an empty card: {string.Join("; ", probe.Errors)}");
        }
    }

    public Task<CardValidation> ValidateAsync(AdaptiveCard card, CancellationToken cancellationToken = default) =>
        ValidateLineAsync(JsonSerializer.Serialize(card, ProtocolJson.Options), cancellationToken);

    /// <summary>Validates a card as JSON, such as one a test captured from the Agents Playground.</summary>
    public Task<CardValidation> ValidateAsync(JsonElement card, CancellationToken cancellationToken = default) =>
        ValidateLineAsync(JsonSerializer.Serialize(card, ProtocolJson.Options), cancellationToken);

    public async Task DisposeAsync()
    {
        if (_node is null)
        {
            return;
        }

        // validate-cards.js ends at the end of its input; killing is only for a parser that hangs.
        _node.StandardInput.Close();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await _node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _node.Kill(entireProcessTree: true);
        }

        _node.Dispose();
        _oneCardAtATime.Dispose();
    }

    private async Task<CardValidation> ValidateLineAsync(string compactJson, CancellationToken cancellationToken)
    {
        var node = _node ?? throw new InvalidOperationException("The card parser has not been started.");
        await _oneCardAtATime.WaitAsync(cancellationToken);
        try
        {
            await node.StandardInput.WriteLineAsync(compactJson.AsMemory(), cancellationToken);
            await node.StandardInput.FlushAsync(cancellationToken);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AnswerTimeout);
            var answer = await node.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"The card parser stopped: {ErrorOutput()}");
            return JsonSerializer.Deserialize<CardValidation>(answer, ProtocolJson.Options)
                ?? throw new InvalidOperationException($"The card parser answered null for {compactJson}");
        }
        finally
        {
            _oneCardAtATime.Release();
        }
    }

    private string ErrorOutput()
    {
        lock (_errorOutput)
        {
            return _errorOutput.ToString();
        }
    }
}
