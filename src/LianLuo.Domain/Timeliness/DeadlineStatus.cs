namespace LianLuo.Domain.Timeliness;

/// <summary>
/// The status of an item's reply deadline on a date: the five states of <see cref="TimelinessNames"/> and, for an item not
/// yet replied, how near its deadline is. <see cref="ItemDeadlineStatus.ReportStatus"/> folds it into a <see cref="ReportStatus"/>.
/// </summary>
public enum DeadlineStatus
{
    /// <summary>未到期 (not yet due): not replied, and the deadline is not within the due-soon window.</summary>
    NotYetDue = 1,

    /// <summary>即将到期 (due soon): not replied, and the deadline is within the due-soon window (default 10 working days).</summary>
    DueSoon = 2,

    /// <summary>逾期未答复 (overdue): not replied, and the deadline has passed.</summary>
    Overdue = 3,

    /// <summary>严重逾期 (seriously overdue): not replied, and the extension limit (最长办理期限, default 6 months from 交办) has passed.</summary>
    SeriouslyOverdue = 4,

    /// <summary>按期答复 (replied on time): replied on or before the deadline.</summary>
    RepliedOnTime = 5,

    /// <summary>逾期答复 (replied late): replied after the deadline.</summary>
    RepliedLate = 6,
}
