using LianLuo.Domain.Model;
using LianLuo.Domain.Evaluation;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>One table of a ledger to read: its label for errors, its records, and whether undecodable text was replaced.</summary>
internal sealed record LedgerTable(string Label, Func<IRecordCursor> Open, bool IsLossy);

/// <summary>
/// Reads the tables of one ledger once, row by row: yields each row taken (its table, line and model) as soon as it is
/// read, and collects the errors, the rows reported with their own errors, the number of rows read and the optional
/// facts the headers record. Not thread-safe; one enumeration.
/// </summary>
internal sealed class LedgerRowReading<T>(string file, LedgerReadOptions options, IReadOnlyList<LedgerColumn> columns, Func<RowReader, T?> readRow)
    where T : class
{
    private const int ProgressEvery = 1000;

    private readonly List<LedgerHeader> headers = [];
    private readonly StringPool pool = new();
    private readonly ModelPool models = new();

    public string File => file;

    public LedgerReadOptions Options => options;

    /// <summary>Every error so far: each table's header errors, then its rows' in line order.</summary>
    public List<LedgerError> Errors { get; } = [];

    /// <summary>The rows left out with their own errors, or withheld because their table's header is unusable.</summary>
    public List<(int Table, LedgerRowReport Report)> Reported { get; } = [];

    public int RowsRead { get; private set; }

    public int RowsTaken { get; private set; }

    /// <summary>Whether every table was read to its end.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The optional facts every header records (<see cref="RecordedFacts.All"/> for an activities ledger or without a header).</summary>
    public RecordedFacts Recorded =>
        headers.Count > 0 && columns.Contains(ItemColumns.ReceivedOn)
            ? headers.Select(RecordedBy).Aggregate((a, b) => a & b)
            : RecordedFacts.All;

    /// <summary>Adds an error of the whole file (read before the rows).</summary>
    public void FileError(LedgerError error) => Errors.Add(error);

    /// <summary>
    /// The rows taken, in order, each as soon as it is read; after each table's header, a marker with no row (so that a
    /// caller can learn what the header records before the rows).
    /// </summary>
    public IEnumerable<(int Table, int Line, T? Row)> Rows(IReadOnlyList<LedgerTable> tables)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            var (label, open, lossy) = tables[t];
            using var records = open();
            var found = false;
            while (!found && records.Next())
            {
                found = !records.IsBlank;
            }

            LedgerHeader? header = null;
            if (!found)
            {
                Errors.Add(new LedgerError(label, 1, "(header)", string.Empty, "the file has no header row (it is empty or blank)", LedgerErrorKind.NoHeader));
                continue;
            }

            if (records.Failure is { } failure)
            {
                Errors.Add(new LedgerError(label, records.Line, "(header)", failure.RawLine, failure.Reason, failure.Kind));
            }
            else
            {
                header = LedgerHeader.Parse(label, records.ToRecord(), columns, lossy, Errors);
                headers.Add(header);
            }

            yield return (t, records.Line, null);
            var row = header is { IsUsable: true } ? new RowReader(label, header, options, pool, models) : null;
            while (records.Next())
            {
                if (records.IsBlank)
                {
                    continue;
                }

                RowsRead++;
                if (options.Progress is { } progress && RowsRead % ProgressEvery == 0)
                {
                    progress.Report(RowsRead);
                }

                if (records.Failure is { } broken)
                {
                    var column = header is null ? "(row)" : header.NameAt(broken.FieldOrdinal);
                    var error = new LedgerError(label, records.Line, column, broken.RawLine, broken.Reason, broken.Kind);
                    Errors.Add(error);
                    Reported.Add((t, new LedgerRowReport(records.Line, new EquatableArray<LedgerError>([error]))));
                    continue;
                }

                if (row is null)
                {
                    Reported.Add((t, new LedgerRowReport(records.Line, EquatableArray<LedgerError>.Empty)));
                    continue;
                }

                row.Reset(records);
                row.CheckShape(lossy);
                var model = readRow(row);
                if (model is not null && row.Errors.Count == 0)
                {
                    RowsTaken++;
                    yield return (t, records.Line, model);
                }
                else
                {
                    Errors.AddRange(row.Errors);
                    Reported.Add((t, new LedgerRowReport(records.Line, new EquatableArray<LedgerError>(row.Errors))));
                }
            }
        }

        options.Progress?.Report(RowsRead);
        IsComplete = true;
    }

    /// <summary>Reads every row into a result: in strict mode a ledger with errors keeps no row, and its rows taken are listed as withheld.</summary>
    public LedgerReadResult<T> ToResult(IReadOnlyList<LedgerTable> tables)
    {
        var taken = new List<(int Table, int Line, T Row)>();
        foreach (var (table, line, row) in Rows(tables))
        {
            if (row is not null)
            {
                taken.Add((table, line, row));
            }
        }

        var reported = Reported;
        if (!options.Lenient && Errors.Count > 0)
        {
            reported = [.. Reported, .. taken.Select(t => (t.Table, new LedgerRowReport(t.Line, EquatableArray<LedgerError>.Empty)))];
            reported.Sort((a, b) => a.Table != b.Table ? a.Table.CompareTo(b.Table) : a.Report.Line.CompareTo(b.Report.Line));
            taken.Clear();
        }

        return new LedgerReadResult<T>(
            file,
            options.Lenient,
            RowsRead,
            new EquatableArray<T>(taken.Select(t => t.Row)),
            new EquatableArray<LedgerRowReport>(reported.Select(r => r.Report)),
            new EquatableArray<LedgerError>(Errors))
        {
            Recorded = Recorded,
        };
    }

    /// <summary>The optional facts an items ledger records: those whose columns its header has (ledger.md §1.1).</summary>
    private static RecordedFacts RecordedBy(LedgerHeader header)
    {
        var recorded = RecordedFacts.None;
        if (header.Has(ItemColumns.ReceivedOn))
        {
            recorded |= RecordedFacts.Receipts;
        }

        if (header.Has(ItemColumns.PlannedCompletion))
        {
            recorded |= RecordedFacts.PlannedCompletions;
        }

        if (header.Has(ItemColumns.Reason))
        {
            recorded |= RecordedFacts.UnsolvedReasons;
        }

        return recorded;
    }
}
