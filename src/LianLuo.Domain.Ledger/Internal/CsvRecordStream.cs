using System.Buffers;
using System.Text;
using Sylvan.Data.Csv;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// The records of a ledger's text, read once from a <see cref="TextReader"/> with one Sylvan.Data.Csv reader, keeping
/// the physical line where each record starts (a quoted value spanning lines moves the following records down). A line
/// that Sylvan refuses (a quote never closed, text after a closing quote) becomes one failed record and reading goes on
/// at the next physical line; a record longer than <see cref="CsvRecords.MaxRecordLength"/> characters is one failed
/// record and reading goes on after it. Only the current record and Sylvan's buffer are held, never the whole text.
/// </summary>
/// <remarks>
/// Sylvan's standard mode leaves its reader unusable after a malformed record, so after a failed line a new reader is
/// made over the rest of the text (the same char buffer, no re-reading): the text since the start of the current record
/// is kept by <see cref="CharWindow"/> for that.
/// </remarks>
internal sealed class CsvRecordStream : IRecordCursor
{
    private readonly CharWindow text;
    private readonly CsvDataReaderOptions options;
    private readonly int maxRecordLength;

    // Sylvan's buffer, shared by the reader made after a refused line: pooled (a large object), given back on Dispose.
    private char[] buffer = ArrayPool<char>.Shared.Rent(0x10000);
    private CsvDataReader? csv;
    private long offset;
    private int nextLine = 1;
    private bool ended;

    /// <summary>Reads the records of the text that <paramref name="open"/> gives from its start (called again, in the rare case that a refused record must be read again from a line already dropped).</summary>
    /// <param name="open">Opens the text from its start.</param>
    /// <param name="maxRecordLength">The longest record read, in characters (<see cref="CsvRecords.MaxRecordLength"/>; the tests of the mechanism pass a smaller one, at least Sylvan's first buffer of 65,536).</param>
    internal CsvRecordStream(Func<TextReader> open, int maxRecordLength = CsvRecords.MaxRecordLength)
    {
        this.maxRecordLength = maxRecordLength;
        text = new CharWindow(open);
        options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',
            Quote = '"',
            Escape = '"',
            Comment = '\0', // no comment lines: the decoder has replaced every NUL
            CsvStyle = CsvStyle.Standard,
            BufferSize = 0x10000,
            MaxBufferSize = maxRecordLength,
            OwnsReader = false,
        };
    }

    /// <summary>The physical line where the current record starts (1-based).</summary>
    public int Line { get; private set; }

    /// <summary>The failure of the current record, or null when it was read.</summary>
    public CsvFailure? Failure { get; private set; }

    /// <summary>The number of fields of the current record (0 for a failure).</summary>
    public int FieldCount => Failure is null ? csv!.RowFieldCount : 0;

    /// <summary>A field of the current record, valid until <see cref="Next"/>.</summary>
    public ReadOnlySpan<char> Field(int index) => csv!.GetFieldSpan(index);

    /// <summary>Whether every field of the current record is empty or white space.</summary>
    public bool IsBlank
    {
        get
        {
            if (Failure is not null)
            {
                return false;
            }

            for (var i = 0; i < csv!.RowFieldCount; i++)
            {
                if (!csv.GetFieldSpan(i).IsWhiteSpace())
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The fields of the current record as strings.</summary>
    public string[] Fields()
    {
        if (Failure is not null)
        {
            return [];
        }

        var fields = new string[csv!.RowFieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = csv.GetString(i);
        }

        return fields;
    }

    /// <summary>The current record as a <see cref="CsvRecord"/> (its fields copied).</summary>
    public CsvRecord ToRecord() => new(Line, Fields(), Failure);

    /// <summary>Moves to the next record; false at the end of the text.</summary>
    public bool Next()
    {
        Failure = null;
        while (!ended)
        {
            try
            {
                // Create reads ahead, so it may refuse the first record too.
                csv ??= CsvDataReader.Create(text, buffer, options);
                if (!csv.Read())
                {
                    ended = true;
                    return false;
                }

                var raw = csv.GetRawRecordSpan();
                Line = nextLine;
                nextLine += CsvRecords.CountLineBreaks(raw);
                offset += raw.Length;
                text.Keep(offset);
                return true;
            }
            catch (CsvFormatException ex)
            {
                csv?.Dispose();
                csv = null;
                Line = nextLine;
                Failure = Recover(ex);
                text.Keep(offset);
                text.Position = offset;
                ended = text.CharAt(offset) < 0;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Describes a record Sylvan refused, which starts at <see cref="offset"/>, and moves <see cref="offset"/> and the line
    /// to where reading goes on.
    /// </summary>
    private CsvFailure Recover(CsvFormatException ex)
    {
        if (ex is not CsvRecordTooLargeException)
        {
            var line = FirstLine(out var next);
            offset = next;
            nextLine++;
            return new CsvFailure(CsvRecords.Describe(ex), ex.FieldOrdinal, line);
        }

        // The record did not fit in the buffer: follow it to its end, to tell a long record from a quote never closed.
        var scan = ScanRecord();
        if (scan.Outcome == RecordScan.Ended)
        {
            offset = scan.End;
            nextLine += scan.Breaks;
            return new CsvFailure(
                $"the record is longer than {maxRecordLength} characters, the most a ledger record (row) may have",
                ex.FieldOrdinal,
                scan.FirstLine,
                LedgerErrorKind.MalformedCsv);
        }

        // Reading goes on at the record's second line, which the scan may have left behind.
        offset = scan.FirstLineNext;
        text.Rewind(offset);
        nextLine++;
        return new CsvFailure(
            scan.Outcome == RecordScan.Unclosed
                ? "not valid CSV (RFC 4180): a quoted value is never closed"
                : $"not valid CSV (RFC 4180): unexpected '{scan.BadCharacter}' after a closing quote",
            ex.FieldOrdinal,
            scan.FirstLine);
    }

    /// <summary>The text of the physical line where the current record starts (at most the longest record's characters), and where the next line starts.</summary>
    private string FirstLine(out long next)
    {
        var line = new StringBuilder();
        var at = offset;
        int c;
        while ((c = text.CharAt(at)) >= 0 && c != '\r' && c != '\n')
        {
            if (line.Length < maxRecordLength)
            {
                line.Append((char)c);
            }

            at++;
            text.Keep(Math.Min(at, offset + maxRecordLength));
        }

        next = c == '\r' && text.CharAt(at + 1) == '\n' ? at + 2 : c < 0 ? at : at + 1;
        return line.ToString();
    }

    private enum RecordScan
    {
        Ended,
        Unclosed,
        BadQuote,
    }

    /// <summary>What following a record to its end found.</summary>
    private readonly record struct RecordScanResult(RecordScan Outcome, long End, int Breaks, string FirstLine, long FirstLineNext, char BadCharacter);

    /// <summary>
    /// Follows RFC 4180 from the start of the current record to its end (a line break outside quotes, or the end of the
    /// text), dropping the text behind: whether it ends well, and where (the offset after it and the line breaks in it);
    /// or the character after a closing quote that is neither a comma nor a line end; or that a quote is never closed.
    /// Also the text of the record's first physical line and where the next line starts.
    /// </summary>
    private RecordScanResult ScanRecord()
    {
        var first = new StringBuilder();
        var firstNext = -1L;
        var at = offset;
        var breaks = 0;
        var fieldStart = true;
        var quoted = false;
        while (true)
        {
            text.Keep(at);
            var c = text.CharAt(at);
            var isBreak = c == '\n' || (c == '\r' && text.CharAt(at + 1) != '\n');
            if (firstNext < 0)
            {
                if (c is '\r' or '\n')
                {
                    firstNext = c == '\r' && text.CharAt(at + 1) == '\n' ? at + 2 : at + 1;
                }
                else if (c < 0)
                {
                    firstNext = at;
                }
                else if (first.Length < maxRecordLength)
                {
                    first.Append((char)c);
                }
            }

            if (c < 0)
            {
                return new(quoted ? RecordScan.Unclosed : RecordScan.Ended, at, breaks, first.ToString(), firstNext, default);
            }

            if (quoted)
            {
                if (c == '"')
                {
                    var after = text.CharAt(at + 1);
                    if (after == '"')
                    {
                        at += 2;
                        continue;
                    }

                    quoted = false;
                    if (after is not (',' or '\r' or '\n' or -1))
                    {
                        FinishFirstLine(at + 1);
                        return new(RecordScan.BadQuote, at, breaks, first.ToString(), firstNext, (char)after);
                    }
                }
                else if (isBreak)
                {
                    breaks++;
                }

                at++;
                continue;
            }

            if (isBreak)
            {
                return new(RecordScan.Ended, at + 1, breaks + 1, first.ToString(), firstNext, default);
            }

            quoted = c == '"' && fieldStart;
            fieldStart = c == ',';
            at++;
        }

        // The rest of the first physical line, when the scan stopped inside it.
        void FinishFirstLine(long from)
        {
            var i = from;
            int d;
            while (firstNext < 0 && (d = text.CharAt(i)) >= 0 && d != '\r' && d != '\n')
            {
                if (first.Length < maxRecordLength)
                {
                    first.Append((char)d);
                }

                text.Keep(++i);
            }

            if (firstNext < 0)
            {
                var end = text.CharAt(i);
                firstNext = end == '\r' && text.CharAt(i + 1) == '\n' ? i + 2 : end < 0 ? i : i + 1;
            }
        }
    }

    public void Dispose()
    {
        csv?.Dispose();
        csv = null;
        text.Dispose();
        if (buffer.Length > 0)
        {
            var rented = buffer;
            buffer = [];
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// A reader over a text that keeps what it has handed out since a mark (<see cref="Keep"/>), so that the text of a
    /// refused record can still be seen and reading can go on from any kept offset (or, by <see cref="Rewind"/>, from an
    /// offset already dropped, by reading the text again from its start).
    /// </summary>
    private sealed class CharWindow(Func<TextReader> open) : SpanTextReader
    {
        private const int Chunk = 0x10000;
        private TextReader source = open();
        // Pooled while it keeps its first size (a large object); a window grown for a long record is a plain array.
        private char[] window = ArrayPool<char>.Shared.Rent(Chunk * 2);
        private bool windowRented = true;
        private long windowStart;
        private int count;
        private long keepFrom;
        private bool sourceEnded;

        /// <summary>The absolute offset of the next character handed out.</summary>
        public long Position { get; set; }

        /// <summary>
        /// Makes <paramref name="offset"/> readable again when it was dropped: the text is read again from its start up to
        /// it (only after a record longer than the limit whose quote never closes, or with a bad quote far into it).
        /// </summary>
        public void Rewind(long offset)
        {
            if (offset >= windowStart)
            {
                return;
            }

            source.Dispose();
            source = open();
            windowStart = 0;
            count = 0;
            sourceEnded = false;
            keepFrom = offset;
            Position = offset;
            while (windowStart + count <= offset && Fill())
            {
            }
        }

        /// <summary>Characters before <paramref name="from"/> may be dropped.</summary>
        public void Keep(long from) => keepFrom = Math.Max(from, windowStart);

        /// <summary>The character at an absolute offset (kept or not yet read), or -1 past the end of the text.</summary>
        public int CharAt(long at)
        {
            while (at >= windowStart + count)
            {
                if (!Fill())
                {
                    return -1;
                }
            }

            return window[(int)(at - windowStart)];
        }

        public override int Read(Span<char> buffer)
        {
            if (Position >= windowStart + count && !Fill())
            {
                return 0;
            }

            var from = (int)(Position - windowStart);
            var n = Math.Min(buffer.Length, count - from);
            window.AsSpan(from, n).CopyTo(buffer);
            Position += n;
            return n;
        }





        public override int Peek() => CharAt(Position);

        /// <summary>Reads more of the source into the window, dropping what is no longer kept; false at its end.</summary>
        private bool Fill()
        {
            if (sourceEnded)
            {
                return false;
            }

            var drop = (int)Math.Min(Math.Min(keepFrom, Position) - windowStart, count);
            if (drop > 0)
            {
                window.AsSpan(drop, count - drop).CopyTo(window);
                count -= drop;
                windowStart += drop;
            }

            if (window.Length - count < Chunk)
            {
                var grown = new char[Math.Max(window.Length * 2, count + Chunk)];
                window.AsSpan(0, count).CopyTo(grown);
                ReturnWindow();
                window = grown;
            }

            var read = source.Read(window, count, window.Length - count);
            sourceEnded = read == 0;
            count += read;
            return read > 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                source.Dispose();
                ReturnWindow();
                window = [];
                count = 0;
            }

            base.Dispose(disposing);
        }

        private void ReturnWindow()
        {
            if (windowRented)
            {
                windowRented = false;
                ArrayPool<char>.Shared.Return(window);
            }
        }
    }
}
