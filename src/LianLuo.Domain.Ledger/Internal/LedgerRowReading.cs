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
    private Func<IReadOnlyList<LedgerTable>, IEnumerable<(int Table, int Line, T? Row)>>? ahead;

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
    /// <param name="tables">The tables, read in order.</param>
    /// <param name="readAhead">Whether to read a single table ahead on a thread of its own (<see cref="LedgerReadOptions.ReadAhead"/>), when the rows have two steps (<see cref="ReadAheadWith"/>).</param>
    public IEnumerable<(int Table, int Line, T? Row)> Rows(IReadOnlyList<LedgerTable> tables, bool readAhead = false) =>
        readAhead && ahead is not null && tables.Count == 1 ? ahead(tables) : Scan(tables, readRow, completes: true);

    /// <summary>
    /// Lets <see cref="Rows"/> read ahead: the first step of each row (its cells read and checked, its model built) runs on
    /// a thread of its own, the second (<see cref="IRowSteps{T, TPrepared}.Finish"/>, the fold) on the enumerating thread.
    /// </summary>
    public void ReadAheadWith<TPrepared>(IRowSteps<T, TPrepared> steps)
        where TPrepared : class =>
        ahead = tables => Ahead(tables, steps);

    /// <summary>
    /// The rows of the tables, each turned into a <typeparamref name="TRow"/> by <paramref name="step"/> (null when the row
    /// has errors, which it puts on the row), collecting the errors and counts; <see cref="IsComplete"/> is set at the end
    /// when <paramref name="completes"/>.
    /// </summary>
    private IEnumerable<(int Table, int Line, TRow? Row)> Scan<TRow>(IReadOnlyList<LedgerTable> tables, Func<RowReader, TRow?> step, bool completes)
        where TRow : class
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
                var model = step(row);
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
        if (completes)
        {
            IsComplete = true;
        }
    }

    /// <summary>
    /// The rows of one table read ahead: <see cref="Scan"/> runs the first step of each row on a thread of its own (see
    /// <see cref="ReadAhead{TEntry}"/>), this enumeration the second. A row refused by the second step is reported as the
    /// sequential reading reports it: its error and its report are merged into <see cref="Errors"/> and
    /// <see cref="Reported"/> in line order at the end, so that the outcome is the same.
    /// </summary>
    private IEnumerable<(int Table, int Line, T? Row)> Ahead<TPrepared>(IReadOnlyList<LedgerTable> tables, IRowSteps<T, TPrepared> steps)
        where TPrepared : class
    {
        var refused = new List<(int Table, int Line, LedgerError Error)>();
        using (var reading = new ReadAhead<(int Table, int Line, TPrepared? Row)>(Scan(tables, steps.Prepare, completes: false)))
        {
            while (reading.TryTake(out var batch, out var count))
            {
                for (var i = 0; i < count; i++)
                {
                    var (table, line, prepared) = batch[i];
                    if (prepared is null)
                    {
                        yield return (table, line, null);
                        continue;
                    }

                    if (steps.Finish(prepared, line, out var error) is { } row)
                    {
                        yield return (table, line, row);
                    }
                    else
                    {
                        refused.Add((table, line, error!));
                    }
                }

                reading.Return(batch);
            }
        }

        // The reading thread has ended (TryTake waited for it): its lists are this thread's now.
        MergeRefused(refused);
        IsComplete = true;
    }

    /// <summary>
    /// Puts the rows refused by the second step into the errors and the reports, in line order (one table: the header's
    /// errors come before every row's, and a row's errors all come from one step, so no line is in both lists).
    /// </summary>
    private void MergeRefused(List<(int Table, int Line, LedgerError Error)> refused)
    {
        if (refused.Count == 0)
        {
            return;
        }

        RowsTaken -= refused.Count;
        var errors = new List<LedgerError>(Errors.Count + refused.Count);
        var reported = new List<(int Table, LedgerRowReport Report)>(Reported.Count + refused.Count);
        int e = 0, r = 0;
        foreach (var (table, line, error) in refused)
        {
            while (e < Errors.Count && Errors[e].Line < line)
            {
                errors.Add(Errors[e++]);
            }

            errors.Add(error);
            while (r < Reported.Count && (Reported[r].Table < table || (Reported[r].Table == table && Reported[r].Report.Line < line)))
            {
                reported.Add(Reported[r++]);
            }

            reported.Add((table, new LedgerRowReport(line, new EquatableArray<LedgerError>([error]))));
        }

        errors.AddRange(Errors.Skip(e));
        reported.AddRange(Reported.Skip(r));
        Errors.Clear();
        Errors.AddRange(errors);
        Reported.Clear();
        Reported.AddRange(reported);
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
