using System.Buffers;
using System.Text;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// A CSV export as UTF-8, whatever of the two encodings real exports use it was written in: a file without a byte
/// order mark whose first non-ASCII character is not UTF-8 is read as Windows-1252 (what Salesforce and Excel
/// write by default in many Western locales, a superset of ISO-8859-1's letters) and turned into UTF-8 as it
/// streams. Until that first non-ASCII character both read the same, so nothing read before it changes. A file
/// with a byte order mark (UTF-8 or UTF-16) passes through unchanged. Reads forward only.
/// </summary>
// Gaps: a file in another code page without a mark (Shift-JIS, Windows-1251...) is read as Windows-1252, so its
// letters come out wrong; the import report says it was read as Windows-1252.
internal sealed class Utf8OrWindows1252Stream(Stream inner) : Stream
{
    // The UTF-8 bytes of each Windows-1252 byte from 0x80 up.
    private static readonly byte[][] HighBytes = Windows1252ToUtf8();

    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _innerEnded;
    private Mode _mode;
    private byte[]? _pending;
    private int _pendingAt;

    private enum Mode
    {
        Start,
        Undecided,
        PassThrough,
        Windows1252,
    }

    /// <summary>True once the file was found not to be UTF-8 and is being read as Windows-1252.</summary>
    public bool ReadAsWindows1252 => _mode == Mode.Windows1252;

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
        while (!buffer.IsEmpty)
        {
            var written = Produce(buffer);
            if (written >= 0)
            {
                return written;
            }

            Compact();
            Filled(inner.Read(_buffer.AsSpan(_end)));
        }

        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var written = Produce(buffer.Span);
            if (written >= 0)
            {
                return written;
            }

            Compact();
            Filled(await inner.ReadAsync(_buffer.AsMemory(_end), cancellationToken));
        }

        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Writes what it can from the bytes read so far: how many (0 at the end of the file), or -1 when it needs more.
    private int Produce(Span<byte> destination)
    {
        if (_mode == Mode.Start)
        {
            if (_end - _start < 3 && !_innerEnded)
            {
                return -1;
            }

            _mode = StartsWithByteOrderMark(_buffer.AsSpan(_start, _end - _start)) ? Mode.PassThrough : Mode.Undecided;
        }

        var written = WritePending(destination);
        while (written < destination.Length && _start < _end)
        {
            var unread = _buffer.AsSpan(_start, _end - _start);
            var room = destination.Length - written;
            if (_mode == Mode.PassThrough || unread[0] < 0x80)
            {
                // Copied as they are up to the next byte that needs a look, if any.
                var nonAscii = _mode == Mode.PassThrough ? -1 : unread.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                var plain = nonAscii >= 0 ? nonAscii : unread.Length;
                var count = Math.Min(plain, room);
                unread[..count].CopyTo(destination[written..]);
                written += count;
                _start += count;
            }
            else if (_mode == Mode.Undecided)
            {
                var status = Rune.DecodeFromUtf8(unread, out _, out _);
                if (status == OperationStatus.NeedMoreData && !_innerEnded)
                {
                    return written > 0 ? written : -1;
                }

                _mode = status == OperationStatus.Done ? Mode.PassThrough : Mode.Windows1252;
            }
            else
            {
                _pending = HighBytes[unread[0] - 0x80];
                _pendingAt = 0;
                _start++;
                written += WritePending(destination[written..]);
            }
        }

        return written > 0 || _innerEnded ? written : -1;
    }

    private int WritePending(Span<byte> destination)
    {
        if (_pending is null)
        {
            return 0;
        }

        var count = Math.Min(_pending.Length - _pendingAt, destination.Length);
        _pending.AsSpan(_pendingAt, count).CopyTo(destination);
        _pendingAt += count;
        if (_pendingAt == _pending.Length)
        {
            _pending = null;
        }

        return count;
    }

    private void Compact()
    {
        var unread = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        _start = 0;
        _end = unread;
    }

    private void Filled(int count)
    {
        if (count == 0)
        {
            _innerEnded = true;
        }

        _end += count;
    }

    private static bool StartsWithByteOrderMark(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static byte[][] Windows1252ToUtf8()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
            ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");
        return [.. Enumerable.Range(0x80, 0x80).Select(b => Encoding.UTF8.GetBytes(windows1252.GetString([(byte)b])))];
    }
}
