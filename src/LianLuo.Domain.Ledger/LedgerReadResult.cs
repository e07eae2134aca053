using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Ledger;

/// <summary>
/// A data row of a ledger that was not taken, with its own errors. A row with no error of its own was withheld:
/// read in strict mode from a file that has errors, or from a file whose header is unusable (a required column missing).
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Line">The physical line where the row starts (the header is line 1).</param>
/// <param name="Errors">The row's own errors; empty when the row was only withheld.</param>
public sealed record LedgerRowReport(int Line, EquatableArray<LedgerError> Errors)
{
    /// <summary>Whether the row has no error of its own and was left out only because of the rest of the file.</summary>
    public bool IsWithheld => Errors.IsEmpty;
}

/// <summary>
/// What reading one ledger file gave: the rows taken, the rows reported (left out) and every error of the file.
/// Every data row is either taken or reported: <see cref="RowsRead"/> = <see cref="Rows"/>.Count +
/// <see cref="Reported"/>.Count, always. Immutable and thread-safe, with value equality.
/// </summary>
/// <typeparam name="T">The domain type of a row: <see cref="Lifecycle.HandledItem"/> or <see cref="LiaisonActivity"/>.</typeparam>
public sealed record LedgerReadResult<T>
{
    internal LedgerReadResult(string file, bool lenient, int rowsRead, EquatableArray<T> rows, EquatableArray<LedgerRowReport> reported, EquatableArray<LedgerError> errors)
    {
        File = file;
        Lenient = lenient;
        RowsRead = rowsRead;
        Rows = rows;
        Reported = reported;
        Errors = errors;
    }

    /// <summary>The file name as given to the reader.</summary>
    public string File { get; }

    /// <summary>Whether the file was read leniently.</summary>
    public bool Lenient { get; }

    /// <summary>
    /// The number of data rows read: records after the header, not counting records whose every cell is empty;
    /// a malformed line counts as one row.
    /// </summary>
    public int RowsRead { get; }

    /// <summary>
    /// The rows taken, in file order. Strict mode: every row when the file has no error, none otherwise.
    /// Lenient mode: every row without an error of its own (none when the header is unusable).
    /// </summary>
    public EquatableArray<T> Rows { get; }

    /// <summary>The rows left out, in file order, each with its own errors (see <see cref="LedgerRowReport"/>).</summary>
    public EquatableArray<LedgerRowReport> Reported { get; }

    /// <summary>Every error of the file, header errors first, then in line order.</summary>
    public EquatableArray<LedgerError> Errors { get; }

    /// <summary>
    /// For an items ledger, the optional facts whose columns the header has (签收日期, 计划完成日期, 未解决原因): pass it
    /// to the assessment so that indicators and rules needing a fact the ledger does not record are not applicable.
    /// <see cref="RecordedFacts.All"/> for an activities ledger.
    /// </summary>
    public RecordedFacts Recorded { get; init; } = RecordedFacts.All;

    /// <summary>Whether the file has no error at all.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>Whether the rows may feed a report: the file is valid, or it was read leniently.</summary>
    public bool IsUsable => IsValid || Lenient;
}
