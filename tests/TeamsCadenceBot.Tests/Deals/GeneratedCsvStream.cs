using System.Globalization;
using System.Text;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>
/// A forward-only, non-seekable stream that writes a Salesforce export of <c>rows</c> deals as it is read, so no
/// one ever holds the whole file; <see cref="BytesRead"/> tells how far a reader has got.
/// </summary>
internal sealed class GeneratedCsvStream(int rows) : Stream
{
    private const string Header =
        "Opportunity ID,Opportunity Name,Owner Email,Stage,Amount,Close Date,Created Date,Forecast Category\r\n";

    private static readonly string[] Stages = ["Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review"];
    private static readonly string[] Owners = [TestPeople.AlexEmail, TestPeople.MeganEmail, TestPeople.DiegoEmail];

    private byte[] _pending = Encoding.UTF8.GetBytes(Header);
    private int _pendingAt;
    private int _nextRow = 1;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && Fill())
        {
            var take = Math.Min(buffer.Length - written, _pending.Length - _pendingAt);
            _pending.AsSpan(_pendingAt, take).CopyTo(buffer[written..]);
            _pendingAt += take;
            written += take;
        }

        BytesRead += written;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool Fill()
    {
        if (_pendingAt < _pending.Length)
        {
            return true;
        }

        if (_nextRow > rows)
        {
            return false;
        }

        var i = _nextRow++;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"006G{i:D10},\"Generated deal {i}, with a comma\",{Owners[i % Owners.Length]},{Stages[i % Stages.Length]},"
            + $"\"{1000 + (i % 5000) * 250:N2}\",{1 + (i % 12)}/{1 + (i % 28)}/2027,2026-{1 + (i % 11):D2}-15,Pipeline\r\n");
        _pending = Encoding.UTF8.GetBytes(line);
        _pendingAt = 0;
        return true;
    }
}
