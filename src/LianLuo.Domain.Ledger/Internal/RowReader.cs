using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// Reads the cells of one data row at a time and collects its errors. One reader serves every row of a table
/// (<see cref="Reset"/>); cells are read as spans of the record, and strings are made only for the values kept.
/// </summary>
internal sealed class RowReader(string file, LedgerHeader header, LedgerReadOptions options, StringPool pool, ModelPool models)
{
    // The pieces of a 会办单位 cell, reused from row to row.
    private readonly List<string> unitScratch = new(4);
    private IRecordCursor record = null!;

    // The cells a known column reads, trimmed, copied once per row into one buffer: by field index, where each starts and its
    // length as written (raw) and without the formula guard (value). A cell is read many times per row (presence rules, value,
    // error text), and each read of the record costs a call into the parser and a trim.
    private readonly int[] fields = header.MappedFields;
    private readonly int[] rawStart = new int[header.FieldCount];
    private readonly int[] rawLength = new int[header.FieldCount];
    private readonly int[] valueStart = new int[header.FieldCount];
    private readonly int[] valueLength = new int[header.FieldCount];
    private char[] cells = new char[512];
    private int fieldCount;

    /// <summary>The shared units and proposers of the reading.</summary>
    public ModelPool Models => models;

    public List<LedgerError> Errors { get; } = [];

    public int Line { get; private set; }

    /// <summary>The file name put in the row's errors (for a workbook, <c>FILE[SHEET]</c>).</summary>
    public string File => file;

    public LedgerReadOptions Options => options;

    /// <summary>Moves to the cursor's current record, with no errors.</summary>
    public void Reset(IRecordCursor cursor)
    {
        record = cursor;
        Line = cursor.Line;
        Errors.Clear();
        fieldCount = cursor.FieldCount;
        var csv = cursor as CsvRecordStream;
        var used = 0;
        foreach (var i in fields)
        {
            if (i >= fieldCount)
            {
                break;
            }

            // The CSV cursor called directly (it is sealed), not through the interface: some twenty cells per row.
            var raw = LedgerText.Trim(csv is not null ? csv.Field(i) : cursor.Field(i));
            if (cells.Length - used < raw.Length)
            {
                Array.Resize(ref cells, Math.Max(cells.Length * 2, used + raw.Length));
            }

            raw.CopyTo(cells.AsSpan(used));
            rawStart[i] = used;
            rawLength[i] = raw.Length;
            var value = LedgerValues.Unguard(raw);
            valueStart[i] = used + (raw.Length - value.Length);
            valueLength[i] = value.Length;
            used += raw.Length;
        }
    }

    /// <summary>The cell as written, trimmed (empty when the column or the field is absent).</summary>
    public ReadOnlySpan<char> RawSpan(LedgerColumn column) =>
        header.IndexOf(column) is var i and >= 0 && i < fieldCount ? cells.AsSpan(rawStart[i], rawLength[i]) : [];

    /// <summary>The cell as written, trimmed.</summary>
    public string Raw(LedgerColumn column) => RawSpan(column).ToString();

    /// <summary>The column's name in the header (its Chinese name when the header lacks it).</summary>
    public string ColumnName(LedgerColumn column) => header.NameOf(column);

    /// <summary>The header of the table (immutable: it may be read from another thread).</summary>
    public LedgerHeader Header => header;

    /// <summary>The cell's value: trimmed, with the writer's formula guard removed.</summary>
    public ReadOnlySpan<char> ValueSpan(LedgerColumn column) =>
        header.IndexOf(column) is var i and >= 0 && i < fieldCount ? cells.AsSpan(valueStart[i], valueLength[i]) : [];

    /// <summary>The cell's value as a string (shared with equal values of earlier rows).</summary>
    public string Value(LedgerColumn column) => pool.Get(ValueSpan(column));

    /// <summary>The units named in a cell (会办单位), split at 、 ； ; ， or ,, trimmed, empty pieces dropped.</summary>
    public string[] Units(LedgerColumn column) => LedgerValues.SplitUnits(ValueSpan(column), pool, unitScratch);

    /// <summary>Whether the cell has a value.</summary>
    public bool Has(LedgerColumn column) => !RawSpan(column).IsEmpty;

    public void Error(LedgerColumn column, LedgerErrorKind kind, string reason) =>
        Errors.Add(new LedgerError(file, Line, header.NameOf(column), Raw(column), reason, kind));

    public void Error(string column, string value, LedgerErrorKind kind, string reason) =>
        Errors.Add(new LedgerError(file, Line, column, value, reason, kind));

    /// <summary>Checks that the row has as many fields as the header, and that no cell holds undecodable bytes.</summary>
    public void CheckShape(bool lossy)
    {
        var count = record.FieldCount;
        if (count != header.FieldCount)
        {
            Error(
                "(row)",
                count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                LedgerErrorKind.FieldCount,
                $"the row has {count} fields but the header has {header.FieldCount} (a cell dropped, or a comma outside quotes?)");
        }

        if (lossy)
        {
            for (var i = 0; i < count; i++)
            {
                var field = record.Field(i);
                if (field.Contains(LedgerText.Replacement))
                {
                    Error(header.NameAt(i), field.Trim().ToString(), LedgerErrorKind.BadEncoding, LedgerHeader.EncodingReason);
                }
            }
        }
    }

    public string? RequiredText(LedgerColumn column)
    {
        var value = ValueSpan(column);
        if (value.IsEmpty)
        {
            Error(column, LedgerErrorKind.MissingValue, $"missing required value of {column}");
            return null;
        }

        return pool.Get(value);
    }

    /// <summary>The cell's value, without a string (valid until the next row); false, with the error, when it is empty.</summary>
    public bool Required(LedgerColumn column, out ReadOnlySpan<char> value)
    {
        value = ValueSpan(column);
        if (value.IsEmpty)
        {
            Error(column, LedgerErrorKind.MissingValue, $"missing required value of {column}");
            return false;
        }

        return true;
    }

    public string? OptionalText(LedgerColumn column)
    {
        var value = ValueSpan(column);
        return value.IsEmpty ? null : pool.Get(value);
    }

    /// <summary>Parses a date cell; an event date after the as-of date is an error.</summary>
    /// <returns>The date, or null when the cell is empty or wrong.</returns>
    public LocalDate? Date(LedgerColumn column, bool isEvent)
    {
        var text = ValueSpan(column);
        if (text.IsEmpty)
        {
            if (column.IsRequired)
            {
                Error(column, LedgerErrorKind.MissingValue, $"missing required value of {column}");
            }

            return null;
        }

        if (!LedgerValues.TryParseDate(text, out var date, out var reason))
        {
            Error(column, LedgerErrorKind.BadDate, reason);
            return null;
        }

        if (isEvent && date > options.AsOf)
        {
            Error(column, LedgerErrorKind.DateAfterAsOf, $"{column.Chinese} is after the as-of date {LedgerValues.FormatDate(options.AsOf)}");
            return null;
        }

        return date;
    }

    public bool? Boolean(LedgerColumn column)
    {
        if (LedgerValues.TryParseBoolean(ValueSpan(column), out var value))
        {
            return value;
        }

        Error(column, LedgerErrorKind.BadBoolean, "not a boolean (是, Y, true or 1 for yes; 否, N, false, 0 or empty for no)");
        return null;
    }

    public int? Count(LedgerColumn column)
    {
        if (LedgerValues.TryParseCount(ValueSpan(column), out var value))
        {
            return value;
        }

        Error(column, LedgerErrorKind.BadNumber, "not a whole number ≥ 0 (digits only, at most 2147483647)");
        return null;
    }

    public SatisfactionLevel? Satisfaction(LedgerColumn column)
    {
        var text = ValueSpan(column);
        if (text.IsEmpty)
        {
            return null;
        }

        if (LedgerValues.TryParseSatisfaction(text, out var level))
        {
            return level;
        }

        Error(column, LedgerErrorKind.UnknownSatisfaction, $"unknown {column.Chinese} (expected 满意, 基本满意 or 不满意)");
        return null;
    }
}
