using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Ledger;

/// <summary>
/// How to read a ledger: the as-of date (an event dated after it is an error) and whether to be lenient.
/// Immutable and thread-safe (a <see cref="Progress"/> sink must be thread-safe itself if shared).
/// </summary>
public sealed record LedgerReadOptions
{
    /// <summary>Strict options for an as-of date.</summary>
    /// <param name="asOf">The as-of date: the day the ledger is checked or the report made.</param>
    public LedgerReadOptions(LocalDate asOf) => AsOf = asOf;

    /// <summary>
    /// The as-of date. An event date (交办日期, 答复日期, 反馈日期, 重办答复日期, an activity's 日期) after it is an error;
    /// a 延期至 may be after it (it is a deadline, not an event).
    /// </summary>
    public LocalDate AsOf { get; init; }

    /// <summary>
    /// False (the default, strict): a ledger with any error yields no rows, so that no report is made from wrong numbers.
    /// True (lenient): the valid rows are taken and the rows left out are listed with their errors.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Receives the number of rows read so far, now and then during a long read; null for none.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"as of {LocalDatePattern.Iso.Format(AsOf)}, {(Lenient ? "lenient" : "strict")}";
}
