using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// What a first pass over a ledger's bytes found: its encoding (UTF-8 when the
/// bytes after an optional BOM are valid UTF-8, else GB18030; a UTF-16 BOM is refused), whether some bytes cannot be
/// decoded (or are NUL) and so become U+FFFD, and the length of the BOM to skip.
/// </summary>
internal readonly record struct LedgerBytes(LedgerEncoding Encoding, bool IsLossy, bool HasNul, int BomLength)
{
    private const int ChunkSize = 1 << 16;

    // The bytes looked at before a whole read takes a file for UTF-8.
    private const int HeadLength = 4096;

    /// <summary>
    /// Reads a seekable stream from its position to its end, deciding the encoding (a UTF-16 BOM: refused; valid UTF-8
    /// after an optional BOM: UTF-8; a UTF-8 BOM before bytes that are not: lossy UTF-8; else GB18030, lossy when some
    /// bytes are not GB18030), and puts the position back. A GB18030 file is decoded once in this pass to tell
    /// whether it is lossy.
    /// </summary>
    internal static LedgerBytes Detect(Stream stream)
    {
        var start = stream.Position;

        // Pooled: a buffer this size is a large object, and a fresh one per ledger opened cost a full collection every few files.
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        try
        {
            return Detect(stream, start, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static LedgerBytes Detect(Stream stream, long start, byte[] buffer)
    {
        var head = stream.ReadAtLeast(buffer.AsSpan(0, 3), 3, throwOnEndOfStream: false);
        var first = buffer.AsSpan(0, head);
        if (first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            stream.Position = start;
            return new LedgerBytes(LedgerEncoding.Utf16, IsLossy: true, HasNul: false, BomLength: 0);
        }

        var bom = first.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var carry = head - bom;
        buffer.AsSpan(bom, carry).CopyTo(buffer);
        var utf8 = true;
        var nul = false;
        while (true)
        {
            var read = stream.Read(buffer, carry, ChunkSize);
            var length = carry + read;
            var chunk = buffer.AsSpan(0, length);
            nul |= chunk.Contains((byte)0);
            if (read == 0)
            {
                utf8 &= Utf8.IsValid(chunk);
                break;
            }

            if (utf8)
            {
                var cut = CompleteLength(chunk);
                utf8 = Utf8.IsValid(chunk[..cut]);
                carry = length - cut;
                chunk[cut..].CopyTo(buffer);
            }
            else
            {
                carry = 0;
            }
        }

        var lossy = nul;
        var encoding = LedgerEncoding.Utf8;
        if (!utf8)
        {
            if (bom > 0)
            {
                lossy = true;
            }
            else
            {
                encoding = LedgerEncoding.Gb18030;
                stream.Position = start;
                lossy |= !IsStrictGb18030(stream, buffer.AsSpan(0, ChunkSize + 4));
            }
        }

        stream.Position = start + bom;
        return new LedgerBytes(encoding, lossy, nul, bom);
    }

    /// <summary>The length of the chunk without a UTF-8 sequence cut at its end (that part is carried to the next chunk).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> chunk)
    {
        for (var i = chunk.Length - 1; i >= 0 && i >= chunk.Length - 4; i--)
        {
            var b = chunk[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return i + needed > chunk.Length ? i : chunk.Length;
        }

        return chunk.Length;
    }

    private static bool IsStrictGb18030(Stream stream, Span<byte> buffer)
    {
        var decoder = LedgerText.Gb18030(lossy: false).GetDecoder();
        var rented = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
        var chars = rented.AsSpan(0, buffer.Length * 2);
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                decoder.GetChars(buffer[..read], chars, flush: false);
            }

            decoder.GetChars([], chars, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// What a ledger is taken for before its bytes are checked: plain UTF-8 (no undecodable byte, no NUL), after its BOM if
    /// it has one; false (and nothing assumed) for a UTF-16 BOM, or when the first bytes already are not UTF-8 without
    /// NUL (a GB18030 file says so in its header), which spares such a file a reading begun only to be stopped. The
    /// stream's position is put back.
    /// </summary>
    internal static bool TryAssumeUtf8(Stream stream, out LedgerBytes assumed)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[HeadLength];
        var read = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        stream.Position = start;
        var first = head[..read];
        assumed = default;
        if (first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var bom = first.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = first[bom..];
        if (read == HeadLength)
        {
            body = body[..CompleteLength(body)];
        }

        if (!Utf8.IsValid(body) || body.Contains((byte)0))
        {
            return false;
        }

        assumed = new LedgerBytes(LedgerEncoding.Utf8, IsLossy: false, HasNul: false, bom);
        return true;
    }

    /// <summary>
    /// A reader of the text of a stream whose bytes were detected (or assumed), from <paramref name="start"/> (the position
    /// after the BOM). With <paramref name="stopUnlessPlainUtf8"/>, the first U+FFFD or NUL it would return throws
    /// <see cref="NotPlainUtf8Exception"/> instead.
    /// </summary>
    internal TextReader Reader(Stream stream, long start, bool stopUnlessPlainUtf8 = false)
    {
        stream.Position = start;
        return new LedgerDecoder(stream, this, stopUnlessPlainUtf8);
    }
}

/// <summary>
/// Thrown by a <see cref="LedgerDecoder"/> that took its bytes for plain UTF-8 when it meets a character that says they
/// may not be (U+FFFD or NUL): the reading is then done again after the bytes are checked. Never leaves the ledger package.
/// </summary>
internal sealed class NotPlainUtf8Exception : Exception
{
    public NotPlainUtf8Exception()
        : base("The ledger's bytes are not plain UTF-8; read it again after checking them.")
    {
    }

    public NotPlainUtf8Exception(string message)
        : base(message)
    {
    }

    public NotPlainUtf8Exception(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Decodes a ledger's bytes chunk by chunk in the detected encoding (undecodable bytes become U+FFFD when the file is
/// lossy), replacing NUL by U+FFFD: no text ledger holds one (they come from UTF-16 or binary files), so it is reported
/// where it is, like an undecodable byte, and never taken by the CSV parser for its comment marker. The stream is not closed.
/// </summary>
internal sealed class LedgerDecoder : SpanTextReader
{
    private readonly Stream stream;
    private readonly Decoder decoder;
    private readonly bool replaceNul;
    private readonly bool stopUnlessPlainUtf8;
    private const int BytesLength = 1 << 16;

    // Pooled (a large object), given back on Dispose; empty after it, so a read after Dispose reads nothing.
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(BytesLength);
    private int start;
    private int end;
    private bool streamEnded;
    private bool flushed;

    internal LedgerDecoder(Stream stream, LedgerBytes detected, bool stopUnlessPlainUtf8 = false)
    {
        this.stream = stream;
        replaceNul = detected.HasNul;
        this.stopUnlessPlainUtf8 = stopUnlessPlainUtf8;
        decoder = detected.Encoding == LedgerEncoding.Gb18030
            ? LedgerText.Gb18030(detected.IsLossy).GetDecoder()
            : LedgerText.LossyUtf8.GetDecoder();
    }


    public override int Read(Span<char> buffer)
    {
        while (!flushed && buffer.Length > 0)
        {
            if (start == end && !streamEnded)
            {
                end = stream.Read(bytes, 0, Math.Min(bytes.Length, BytesLength));
                start = 0;
                streamEnded = end == 0;
            }

            decoder.Convert(bytes.AsSpan(start, end - start), buffer, streamEnded, out var used, out var written, out var completed);
            start += used;
            flushed = streamEnded && completed;
            if (written > 0)
            {
                if (stopUnlessPlainUtf8 && buffer[..written].IndexOfAny('\0', LedgerText.Replacement) >= 0)
                {
                    throw new NotPlainUtf8Exception();
                }

                if (replaceNul)
                {
                    buffer[..written].Replace('\0', LedgerText.Replacement);
                }

                return written;
            }
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && bytes.Length > 0)
        {
            var rented = bytes;
            bytes = [];
            ArrayPool<byte>.Shared.Return(rented);
        }

        base.Dispose(disposing);
    }
}
