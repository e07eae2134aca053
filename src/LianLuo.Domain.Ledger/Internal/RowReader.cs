using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>Reads the cells of one data row and collects its errors.</summary>
internal sealed class RowReader(string file, LedgerHeader header, CsvRecord record, LedgerReadOptions options)
{
    public List<LedgerError> Errors { get; } = [];

    public int Line => record.Line;

    /// <summary>The file name put in the row's errors (for a workbook, <c>FILE[SHEET]</c>).</summary>
    public string File => file;

    public LedgerReadOptions Options => options;

    /// <summary>The cell as written, trimmed.</summary>
    public string Raw(LedgerColumn column) => header.Text(record, column);

    /// <summary>The cell's value: trimmed, with the writer's formula guard removed.</summary>
    public string Value(LedgerColumn column) => LedgerValues.Unguard(Raw(column));

    /// <summary>Whether the cell has a value.</summary>
    public bool Has(LedgerColumn column) => Raw(column).Length > 0;

    public void Error(LedgerColumn column, LedgerErrorKind kind, string reason) =>
        Errors.Add(new LedgerError(file, record.Line, header.NameOf(column), Raw(column), reason, kind));

    public void Error(string column, string value, LedgerErrorKind kind, string reason) =>
        Errors.Add(new LedgerError(file, record.Line, column, value, reason, kind));

    /// <summary>Checks that the row has as many fields as the header, and that no cell holds undecodable bytes.</summary>
    public void CheckShape(bool lossy)
    {
        if (record.Fields.Length != header.FieldCount)
        {
            Error(
                "(row)",
                record.Fields.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                LedgerErrorKind.FieldCount,
                $"the row has {record.Fields.Length} fields but the header has {header.FieldCount} (a cell dropped, or a comma outside quotes?)");
        }

        if (lossy)
        {
            for (var i = 0; i < record.Fields.Length; i++)
            {
                if (record.Fields[i].Contains(LedgerText.Replacement, StringComparison.Ordinal))
                {
                    Error(header.NameAt(i), record.Fields[i].Trim(), LedgerErrorKind.BadEncoding, LedgerHeader.EncodingReason);
                }
            }
        }
    }

    public string? RequiredText(LedgerColumn column)
    {
        var value = Value(column);
        if (value.Length == 0)
        {
            Error(column, LedgerErrorKind.MissingValue, $"missing required value of {column}");
            return null;
        }

        return value;
    }

    public string? OptionalText(LedgerColumn column)
    {
        var value = Value(column);
        return value.Length == 0 ? null : value;
    }

    /// <summary>Parses a date cell; an event date after the as-of date is an error.</summary>
    /// <returns>The date, or null when the cell is empty or wrong.</returns>
    public LocalDate? Date(LedgerColumn column, bool isEvent)
    {
        var text = Value(column);
        if (text.Length == 0)
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
        if (LedgerValues.TryParseBoolean(Value(column), out var value))
        {
            return value;
        }

        Error(column, LedgerErrorKind.BadBoolean, "not a boolean (是, Y, true or 1 for yes; 否, N, false, 0 or empty for no)");
        return null;
    }

    public int? Count(LedgerColumn column)
    {
        if (LedgerValues.TryParseCount(Value(column), out var value))
        {
            return value;
        }

        Error(column, LedgerErrorKind.BadNumber, "not a whole number ≥ 0 (digits only, at most 2147483647)");
        return null;
    }

    public SatisfactionLevel? Satisfaction(LedgerColumn column)
    {
        var text = Value(column);
        if (text.Length == 0)
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
