using System.Collections;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Ledger;

/// <summary>
/// A ledger read lazily (<see cref="LedgerReader.StreamItems"/>, <see cref="LedgerReader.StreamItemsFile"/>): the rows come
/// one at a time as the file is read, each as soon as its line is checked, so that a ledger of a million rows is read in
/// the memory of one row. Only the errors (and the identifiers seen, to refuse a repeated 编号) are kept.
/// </summary>
/// <remarks>
/// <para><b>One enumeration.</b> The sequence may be enumerated once; a second <see cref="GetEnumerator"/> throws
/// <see cref="InvalidOperationException"/>. Hand it to one consumer that enumerates it once (for example
/// <c>AnnualReportBuilder.Build</c>), then read the outcome.</para>
/// <para><b>The outcome after the end.</b> <see cref="Errors"/>, <see cref="Reported"/>, <see cref="RowsRead"/>,
/// <see cref="RowsTaken"/>, <see cref="Recorded"/>, <see cref="IsValid"/> and <see cref="IsUsable"/> are known once the
/// enumeration has run to its end (<see cref="IsComplete"/>); before that they throw <see cref="InvalidOperationException"/>.
/// </para>
/// <para><b>Strictness.</b> The sequence yields every row without an error of its own, in file order, whatever the mode:
/// the rows that come before an error cannot be called back. In strict mode (the default) a ledger with any error must be
/// refused: compute while enumerating, then discard what was computed when <see cref="IsUsable"/> is false. In lenient mode
/// the rows yielded are exactly <see cref="LedgerReadResult{T}.Rows"/> of a whole read.</para>
/// <para>I/O errors (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>) are thrown by the enumeration,
/// when the file is opened or read; bad input never throws. Not thread-safe: one consumer on one thread.</para>
/// </remarks>
/// <typeparam name="T">The domain type of a row: <see cref="Lifecycle.HandledItem"/>.</typeparam>
public sealed class StreamedLedger<T> : IEnumerable<T>, IDisposable
    where T : class
{
    private readonly LedgerRowReading<T> reading;
    private readonly Func<(IReadOnlyList<LedgerTable> Tables, IDisposable? Resource)> open;
    private IEnumerator<(int Table, int Line, T? Row)>? rows;
    private IDisposable? resource;
    private bool headerRead;
    private bool opened;
    private bool started;

    internal StreamedLedger(LedgerRowReading<T> reading, Func<(IReadOnlyList<LedgerTable>, IDisposable?)> open)
    {
        this.reading = reading;
        this.open = open;
    }

    /// <summary>The file name as given to the reader.</summary>
    public string File => reading.File;

    /// <summary>Whether the ledger is read leniently.</summary>
    public bool Lenient => reading.Options.Lenient;

    /// <summary>Whether the enumeration has run to the end of the file, so that the outcome is known.</summary>
    public bool IsComplete => reading.IsComplete;

    /// <summary>The number of data rows read (as <see cref="LedgerReadResult{T}.RowsRead"/>).</summary>
    /// <exception cref="InvalidOperationException">The enumeration has not run to its end.</exception>
    public int RowsRead => Complete().RowsRead;

    /// <summary>The number of rows yielded: <see cref="RowsRead"/> less the rows in <see cref="Reported"/>.</summary>
    /// <exception cref="InvalidOperationException">The enumeration has not run to its end.</exception>
    public int RowsTaken => Complete().RowsTaken;

    /// <summary>Every error of the file, header errors first, then in line order.</summary>
    /// <exception cref="InvalidOperationException">The enumeration has not run to its end.</exception>
    public EquatableArray<LedgerError> Errors => new(Complete().Errors);

    /// <summary>
    /// The rows not yielded, in file order, each with its own errors (or none, when the header is unusable). Unlike
    /// <see cref="LedgerReadResult{T}.Reported"/>, the rows yielded are never listed here, even in strict mode.
    /// </summary>
    /// <exception cref="InvalidOperationException">The enumeration has not run to its end.</exception>
    public EquatableArray<LedgerRowReport> Reported => new(Complete().Reported.Select(r => r.Report));

    /// <summary>
    /// The optional facts the header records (as <see cref="LedgerReadResult{T}.Recorded"/>), for the assessment. The one
    /// figure known before the rows: read before the enumeration, it opens the file and reads up to the header (the
    /// enumeration then goes on from there), so that it can be passed to a consumer along with the sequence.
    /// </summary>
    /// <exception cref="InvalidOperationException">The enumeration has started but not reached the end.</exception>
    public RecordedFacts Recorded
    {
        get
        {
            if (!reading.IsComplete && !headerRead)
            {
                if (started)
                {
                    throw new InvalidOperationException($"The ledger {File} is being enumerated: read Recorded before the enumeration or after its end.");
                }

                ReadHeader();
            }

            return reading.Recorded;
        }
    }

    /// <summary>Whether the file has no error at all.</summary>
    /// <exception cref="InvalidOperationException">The enumeration has not run to its end.</exception>
    public bool IsValid => Complete().Errors.Count == 0;

    /// <summary>Whether what was computed from the rows may be used: the file is valid, or it was read leniently.</summary>
    /// <exception cref="InvalidOperationException">The enumeration has not run to its end.</exception>
    public bool IsUsable => IsValid || Lenient;

    /// <summary>Starts the one enumeration of the rows.</summary>
    /// <exception cref="InvalidOperationException">The sequence was already enumerated.</exception>
    public IEnumerator<T> GetEnumerator()
    {
        if (started)
        {
            throw new InvalidOperationException($"The ledger {File} is read as it is enumerated and can be enumerated only once; read it again to enumerate it again.");
        }

        started = true;
        return Rows();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the file when the sequence is left before its end (or only <see cref="Recorded"/> was read).</summary>
    public void Dispose()
    {
        rows?.Dispose();
        rows = null;
        resource?.Dispose();
        resource = null;
    }

    private void Open()
    {
        if (rows is null && !opened)
        {
            opened = true;
            var (tables, held) = open();
            resource = held;
            rows = reading.Rows(tables, reading.Options.ReadAhead).GetEnumerator();
        }
    }

    /// <summary>Reads up to the end of the first table's header (the rows of the ledger follow it).</summary>
    private void ReadHeader()
    {
        Open();
        headerRead = true;
        if (rows is not null && !rows.MoveNext())
        {
            Dispose();
        }
    }

    private IEnumerator<T> Rows()
    {
        try
        {
            Open();
            while (rows is not null && rows.MoveNext())
            {
                if (rows.Current.Row is { } row)
                {
                    yield return row;
                }
            }
        }
        finally
        {
            Dispose();
        }
    }

    private LedgerRowReading<T> Complete() =>
        reading.IsComplete
            ? reading
            : throw new InvalidOperationException($"The ledger {File} has not been read to its end: enumerate the rows first, then read the outcome.");
}
