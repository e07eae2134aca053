using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Deadlines;

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
        $"{DeadlineNames.English(Status)} as of {LocalDatePattern.Iso.Format(AsOf)} (deadline {(Deadline is null ? "none" : Deadline.ToString())}, calendar {CalendarVersion})";
}

/// <summary>
/// The on-time verdict of a reply, fixed when the reply was given: the reply date, the deadline it was judged against, the
/// verdict and the calendar version used. Store it with the closed item and pass it back to
/// <see cref="DeadlineEngine.Status(ItemState, LocalDate, ReplyVerdict?)"/> so that a later calendar change never rewrites it.
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

/// <summary>
/// Reply verdicts recorded when the replies were given (with the calendar version used), looked up by item and, under 分办,
/// by unit. The report and the assessment use a recorded verdict in place of recomputing it, so a later calendar or
/// policy never rewrites a closed item's history. Immutable and thread-safe.
/// </summary>
public sealed class RecordedVerdicts
{
    private readonly Dictionary<(ItemId Id, string? Unit), ReplyVerdict> byKey;

    /// <summary>Collects verdicts; each must name its item, and an item (or a unit of it) has at most one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="verdicts"/> or a verdict is null.</exception>
    /// <exception cref="ArgumentException">A verdict names no item, or two name the same item and unit.</exception>
    public RecordedVerdicts(IEnumerable<ReplyVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        byKey = [];
        foreach (var verdict in verdicts)
        {
            ArgumentNullException.ThrowIfNull(verdict, nameof(verdicts));
            if (verdict.ItemId is not { } id)
            {
                throw new ArgumentException($"A recorded verdict must name its item (编号); the verdict of the reply on {LocalDatePattern.Iso.Format(verdict.RepliedOn)} names none.", nameof(verdicts));
            }

            if (!byKey.TryAdd((id, verdict.Unit?.Name), verdict))
            {
                throw new ArgumentException($"Item {id}{(verdict.Unit is { } u ? " unit " + u.Name : string.Empty)} has more than one recorded verdict.", nameof(verdicts));
            }
        }
    }

    /// <summary>No recorded verdict.</summary>
    public static RecordedVerdicts None { get; } = new([]);

    /// <summary>How many verdicts are recorded.</summary>
    public int Count => byKey.Count;

    /// <summary>The verdict recorded for an item (unit null) or for one 分办 unit's part, or null.</summary>
    public ReplyVerdict? Find(ItemId id, HandlingUnit? unit = null) => byKey.GetValueOrDefault((id, unit?.Name));
}
