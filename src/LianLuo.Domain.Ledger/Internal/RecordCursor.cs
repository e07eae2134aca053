namespace LianLuo.Domain.Ledger.Internal;

/// <summary>The records of one table of a ledger, one at a time: a CSV text read as it goes, or a workbook sheet's records.</summary>
internal interface IRecordCursor : IDisposable
{
    /// <summary>The physical line (or sheet row) where the current record starts.</summary>
    int Line { get; }

    /// <summary>The failure of the current record, or null.</summary>
    CsvFailure? Failure { get; }

    /// <summary>The number of fields of the current record.</summary>
    int FieldCount { get; }

    /// <summary>Whether the current record is read and every field is empty or white space.</summary>
    bool IsBlank { get; }

    /// <summary>A field of the current record, valid until <see cref="Next"/>.</summary>
    ReadOnlySpan<char> Field(int index);

    /// <summary>The current record as a <see cref="CsvRecord"/>.</summary>
    CsvRecord ToRecord();

    /// <summary>Moves to the next record; false at the end.</summary>
    bool Next();
}

/// <summary>A cursor over records already in memory (a workbook sheet).</summary>
internal sealed class ListCursor(IReadOnlyList<CsvRecord> records) : IRecordCursor
{
    private int index = -1;

    private CsvRecord Current => records[index];

    public int Line => Current.Line;

    public CsvFailure? Failure => Current.Failure;

    public int FieldCount => Current.Fields.Length;

    public bool IsBlank => Current.IsBlank;

    public ReadOnlySpan<char> Field(int index) => Current.Fields[index];

    public CsvRecord ToRecord() => Current;

    public bool Next() => ++index < records.Count;

    public void Dispose()
    {
    }
}
