namespace LianLuo.Domain.Timeliness;

/// <summary>
/// The timeliness of an item as the annual report counts it (ledger.md §3), with its reply deadline D: onTime (replied ≤ D),
/// late (replied &gt; D), overdue (not replied and asOf &gt; D), pending (not replied and asOf ≤ D). The same rule judges a
/// re-handling reply against the re-handling deadline (<see cref="OnTimeRule.Judge"/>).
/// </summary>
public enum ReportStatus
{
    /// <summary>按期答复 [<c>onTime</c>]: replied on or before the deadline.</summary>
    OnTime = 1,

    /// <summary>逾期答复 [<c>late</c>]: replied after the deadline.</summary>
    Late = 2,

    /// <summary>逾期未答复 [<c>overdue</c>]: not replied, and the as-of date is after the deadline.</summary>
    Overdue = 3,

    /// <summary>未到期 [<c>pending</c>]: not replied, and the as-of date is not after the deadline (or no deadline runs yet).</summary>
    Pending = 4,
}
