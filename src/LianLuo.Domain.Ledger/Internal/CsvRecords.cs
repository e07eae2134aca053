using Sylvan.Data.Csv;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>A line that is not valid CSV (or a workbook row with a cell that cannot be a value): why, at which field, the line's text (or the cell's), and the kind of error.</summary>
internal sealed record CsvFailure(string Reason, int FieldOrdinal, string RawLine, LedgerErrorKind Kind = LedgerErrorKind.MalformedCsv);

/// <summary>A record of a CSV text: the physical line where it starts (1-based), its fields, or the failure that broke it.</summary>
internal sealed record CsvRecord(int Line, string[] Fields, CsvFailure? Failure)
{
    /// <summary>Whether every field is empty or white space (a blank line, or a row of empty cells).</summary>
    public bool IsBlank => Failure is null && Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Splits a text into RFC 4180 records with Sylvan.Data.Csv, keeping the physical line where each record starts
/// (a quoted value spanning lines moves the following records down). A line that Sylvan refuses (a quote never
/// closed, text after a closing quote, a record beyond the buffer limit) becomes one failed record, and reading
/// goes on at the next physical line.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The largest record, in characters, that is read (a larger one is a malformed line).</summary>
    internal const int MaxRecordLength = 16 * 1024 * 1024;

    internal static List<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        var offset = 0;
        var line = 1;
        while (offset < text.Length)
        {
            try
            {
                using var csv = CsvDataReader.Create(new StringSegmentReader(text, offset), Options());
                while (csv.Read())
                {
                    var raw = csv.GetRawRecordSpan();
                    var fields = new string[csv.RowFieldCount];
                    for (var i = 0; i < fields.Length; i++)
                    {
                        fields[i] = csv.GetString(i);
                    }

                    records.Add(new CsvRecord(line, fields, null));
                    offset += raw.Length;
                    line += CountLineBreaks(raw);
                }

                offset = text.Length;
            }
            catch (CsvFormatException ex)
            {
                var end = EndOfLine(text, offset, out var next);
                records.Add(new CsvRecord(line, [], new CsvFailure(Describe(ex), ex.FieldOrdinal, text[offset..end])));
                offset = next;
                line++;
            }
        }

        return records;
    }

    private static CsvDataReaderOptions Options() => new()
    {
        HasHeaders = false,
        Delimiter = ',',
        Quote = '"',
        Escape = '"',
        Comment = '\0', // no comment lines: LedgerText has replaced every NUL
        CsvStyle = CsvStyle.Standard,
        BufferSize = 0x10000,
        MaxBufferSize = MaxRecordLength,
        OwnsReader = true,
    };

    private static string Describe(CsvFormatException ex) => ex switch
    {
        CsvRecordTooLargeException => $"the record is longer than {MaxRecordLength} characters (a quote never closed?)",
        CsvInvalidCharacterException { InvalidCharacter: var c } when c != '\0' => $"not valid CSV (RFC 4180): unexpected '{c}' after a closing quote",
        _ => "not valid CSV (RFC 4180): a quoted value is never closed",
    };

    /// <summary>Counts line breaks as Sylvan ends records: CRLF, LF or a lone CR.</summary>
    internal static int CountLineBreaks(ReadOnlySpan<char> raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private static int EndOfLine(string text, int start, out int next)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (end < 0)
        {
            next = text.Length;
            return text.Length;
        }

        end += start;
        next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        return end;
    }

    /// <summary>A reader over the rest of a string, from an offset, without copying it.</summary>
    private sealed class StringSegmentReader(string text, int start) : TextReader
    {
        private int position = start;

        public override int Peek() => position < text.Length ? text[position] : -1;

        public override int Read() => position < text.Length ? text[position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            return Read(buffer.AsSpan(index, count));
        }

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(buffer.Length, text.Length - position);
            text.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override int ReadBlock(char[] buffer, int index, int count) => Read(buffer, index, count);

        public override int ReadBlock(Span<char> buffer) => Read(buffer);
    }
}
