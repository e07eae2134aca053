using LianLuo.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Timeliness;

/// <summary>
/// The status of an item's reply deadline on a date. Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Status">Not yet due, due soon, overdue, seriously overdue, replied on time or replied late.</param>
/// <param name="AsOf">The date of the status.</param>
/// <param name="Deadline">The reply deadline as computed now, or null before assignment (or before the start event).</param>
/// <param name="Limit">The extension limit (最长办理期限), or null before assignment.</param>
/// <param name="RepliedOn">The date of the first reply (答复日期), or null.</param>
/// <param name="Verdict">For a replied item, the verdict that decided its status (a recorded one when given), or null.</param>
/// <param name="CalendarVersion">The version of the calendar that decided the status (the verdict's, for a replied item).</param>
public sealed record ItemDeadlineStatus(
    DeadlineStatus Status,
    LocalDate AsOf,
    Deadline? Deadline,
    Deadline? Limit,
    LocalDate? RepliedOn,
    ReplyVerdict? Verdict,
    string CalendarVersion)
{
    /// <summary>
    /// The status in the annual report (ledger.md §3): onTime (replied ≤ D), late (replied &gt; D), overdue (not replied and
    /// asOf &gt; D), pending (not replied and asOf ≤ D, or no deadline yet).
    /// </summary>
    public ReportStatus ReportStatus => Status switch
    {
        DeadlineStatus.RepliedOnTime => ReportStatus.OnTime,
        DeadlineStatus.RepliedLate => ReportStatus.Late,
        DeadlineStatus.Overdue or DeadlineStatus.SeriouslyOverdue => ReportStatus.Overdue,
        _ => ReportStatus.Pending,
    };

    /// <summary>Whether the item is replied.</summary>
    public bool IsReplied => RepliedOn is not null;

    /// <summary>Whether the deadline (for an open item) or the verdict (for a replied one) depends on an unpublished notice.</summary>
    public bool IsProvisional => Verdict?.DeadlineWasProvisional ?? Deadline?.IsProvisional ?? false;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{TimelinessNames.English(Status)} as of {LocalDatePattern.Iso.Format(AsOf)} (deadline {(Deadline is null ? "none" : Deadline.ToString())}, calendar {CalendarVersion})";
}
