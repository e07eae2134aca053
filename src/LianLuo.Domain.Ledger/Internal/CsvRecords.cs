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
/// Splits a text into RFC 4180 records with Sylvan.Data.Csv (through <see cref="CsvRecordStream"/>), keeping the
/// physical line where each record starts. A line that Sylvan refuses becomes one failed record, and reading goes on at
/// the next physical line.
/// </summary>
internal static class CsvRecords
{
    /// <summary>
    /// The longest record (row), in characters, that is read: a longer one is one malformed record, reported as such,
    /// and reading goes on after it. Sylvan holds a whole record in its buffer, so this bounds the reader's memory.
    /// </summary>
    internal const int MaxRecordLength = 16 * 1024 * 1024;

    /// <summary>Every record of a text.</summary>
    internal static List<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        using var stream = new CsvRecordStream(() => new StringReader(text));
        while (stream.Next())
        {
            records.Add(stream.ToRecord());
        }

        return records;
    }

    /// <summary>Why Sylvan refused a record (other than for its length).</summary>
    internal static string Describe(CsvFormatException ex) => ex switch
    {
        CsvInvalidCharacterException { InvalidCharacter: var c } when c != '\0' => $"not valid CSV (RFC 4180): unexpected '{c}' after a closing quote",
        _ => "not valid CSV (RFC 4180): a quoted value is never closed",
    };

    /// <summary>Counts line breaks as Sylvan ends records: CRLF, LF or a lone CR.</summary>
    internal static int CountLineBreaks(ReadOnlySpan<char> raw)
    {
        // The usual record is one line ended by its LF or CRLF: one search finds that break at the end.
        var first = raw.IndexOfAny('\r', '\n');
        if (first < 0)
        {
            return 0;
        }

        if (raw[first] == '\n' ? first == raw.Length - 1 : first == raw.Length - 2 && raw[first + 1] == '\n')
        {
            return 1;
        }

        var count = raw.Count('\n');
        if (!raw.Contains('\r'))
        {
            return count;
        }

        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n'))
            {
                count++;
            }
        }

        return count;
    }
}
