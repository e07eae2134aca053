using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Timeliness;

/// <summary>
/// The on-time verdict of a reply, fixed when the reply was given: the reply date, the deadline it was judged against, the
/// verdict and the calendar version used. Store it with the closed item and pass it back to
/// <see cref="TimelinessJudge.Status(Deadlines.DeadlineEngine, ItemState, LocalDate, ReplyVerdict?)"/> so that a later calendar change never rewrites it.
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="ItemId">The item (编号), or null for a verdict computed from a ledger row without one.</param>
/// <param name="RepliedOn">The reply date (答复日期).</param>
/// <param name="Deadline">The deadline the reply was judged against.</param>
/// <param name="IsOnTime">Whether the reply was on or before the deadline.</param>
/// <param name="DeadlineWasProvisional">Whether that deadline was provisional when judged.</param>
/// <param name="CalendarVersion">The version of the calendar used (<see cref="Calendars.WorkingCalendar.Version"/>).</param>
public sealed record ReplyVerdict(ItemId? ItemId, LocalDate RepliedOn, LocalDate Deadline, bool IsOnTime, bool DeadlineWasProvisional, string CalendarVersion)
{
    /// <summary>Under 分办, the unit whose part's reply this verdict judges; null for the item as a whole (or its 主办).</summary>
    public HandlingUnit? Unit { get; init; }
}
