using LianLuo.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Ledger;

/// <summary>
/// How to read a ledger: the as-of date (an event dated after it is an error) and whether to be lenient.
/// Immutable and thread-safe (a <see cref="Progress"/> sink must be thread-safe itself if shared).
/// </summary>
public sealed record LedgerReadOptions
{
    private readonly LocalDate asOf;
    private readonly DeadlineEngine deadlines = DeadlineEngine.Default;

    /// <summary>Strict options for an as-of date.</summary>
    /// <param name="asOf">The as-of date: the day the ledger is checked or the report made.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is after <see cref="LatestAsOf"/>.</exception>
    public LedgerReadOptions(LocalDate asOf) => AsOf = asOf;

    /// <summary>The latest as-of date accepted (9998-12-31), so that deadlines of the events before it can be computed.</summary>
    public static LocalDate LatestAsOf { get; } = new(9998, 12, 31);

    /// <summary>
    /// The as-of date. An event date (交办日期, 答复日期, 反馈日期, 重办答复日期, an activity's 日期) after it is an error;
    /// a 延期至 may be after it (it is a deadline, not an event).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is after <see cref="LatestAsOf"/>.</exception>
    public LocalDate AsOf
    {
        get => asOf;
        init => asOf = value <= LatestAsOf
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"LedgerReadOptions.AsOf must be on or before {LocalDatePattern.Iso.Format(LatestAsOf)} (value: {LocalDatePattern.Iso.Format(value)}).");
    }

    /// <summary>
    /// False (the default, strict): a ledger with any error yields no rows, so that no report is made from wrong numbers.
    /// True (lenient): the valid rows are taken and the rows left out are listed with their errors.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// The deadline engine (calendar and policy) that checks 延期至: it must end after the regular reply deadline and
    /// not beyond the extension limit. Defaults to <see cref="DeadlineEngine.Default"/> (the China working calendar and
    /// the default periods of ledger.md §2).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public DeadlineEngine Deadlines
    {
        get => deadlines;
        init => deadlines = value ?? throw new ArgumentNullException(nameof(value), "LedgerReadOptions.Deadlines must be given.");
    }

    /// <summary>
    /// For an items ledger read lazily (<see cref="LedgerReader.StreamItems"/>, <see cref="LedgerReader.StreamItemsFile"/>):
    /// true to read the file ahead on a thread of its own (decoded, parsed and checked there, each row's submission and
    /// history built, at most about fifteen hundred rows ahead), while the thread that enumerates the items folds each history
    /// into its item (the handling model's rules). On two cores or more, the consumer's own work on the items runs beside
    /// the reading. The items, errors, reports and counts are the same as without, in the same order; an I/O error is thrown
    /// by the enumeration after the items read before it; disposing the sequence stops the reading and waits for its thread.
    /// <see cref="Progress"/> is then called from the reading thread. False (the default): everything on the enumerating
    /// thread. The reads that return a whole result (<see cref="LedgerReader.ReadItems(Stream, string, LedgerReadOptions)"/>
    /// and the others) ignore it.
    /// </summary>
    public bool ReadAhead { get; init; }

    /// <summary>Receives the number of rows read so far, now and then during a long read; null for none.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"as of {LocalDatePattern.Iso.Format(AsOf)}, {(Lenient ? "lenient" : "strict")}";
}
