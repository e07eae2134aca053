using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>Where an item stands against its reply deadline (办理时限), as the deadline rules decide it.</summary>
public enum ReplyTimeliness
{
    /// <summary>未到期: not replied and not yet due.</summary>
    Pending = 1,

    /// <summary>按时答复: replied by the deadline.</summary>
    OnTime = 2,

    /// <summary>超期答复: replied after the deadline.</summary>
    Late = 3,

    /// <summary>逾期未答复: not replied and past the deadline.</summary>
    Overdue = 4,
}

/// <summary>
/// The facts about one item that an evaluation scheme's metrics read, for one scored unit: what the deadline
/// rules, the classification scheme and the satisfaction rules say about the item's state. Schemes never look at
/// the raw history, so every metric means the same as in the annual report. Callers with their own rules may build it
/// directly.
/// Immutable and thread-safe, with value equality.
/// </summary>
public sealed record EvaluationItem
{
    /// <summary>The identifier (编号).</summary>
    public required ItemId Id { get; init; }

    /// <summary>建议, 提案 or 议案.</summary>
    public required SubmissionKind Kind { get; init; }

    /// <summary>The unit scored for the item: its lead unit (主办单位), or, under 分办, one of the separate units.</summary>
    public required HandlingUnit Unit { get; init; }

    /// <summary>Where the item stands against its reply deadline.</summary>
    public required ReplyTimeliness Timeliness { get; init; }

    /// <summary>For a replied item, calendar days from the reply (答复日期) to its reply deadline (negative when late); otherwise null.</summary>
    public int? DaysBeforeDeadline { get; init; }

    /// <summary>Whether the item is seriously overdue (严重逾期) by the deadline rules; implies <see cref="ReplyTimeliness.Overdue"/>.</summary>
    public bool IsSeriouslyOverdue { get; init; }

    /// <summary>The result category (办理结果) of the reply, or null before the reply.</summary>
    public ResultCategory? Result { get; init; }

    /// <summary>Whether the classification scheme counts the result as solved (已经解决或基本解决, A by default).</summary>
    public bool IsSolved { get; init; }

    /// <summary>Whether the classification scheme counts the result as planned (正在解决或列入计划, B by default).</summary>
    public bool IsPlanned { get; init; }

    /// <summary>The final satisfaction (最终满意度: that of the re-handled reply when there is one), or null when no form came back.</summary>
    public SatisfactionLevel? FinalSatisfaction { get; init; }

    /// <summary>面商人次: person-times of face-to-face talks.</summary>
    public int FaceToFace { get; init; }

    /// <summary>电话邮件人次: person-times of phone or e-mail contacts.</summary>
    public int PhoneEmail { get; init; }

    /// <summary>走访人次: person-times of visits to the proposer.</summary>
    public int Visits { get; init; }

    /// <summary>Whether the unit communicated with the proposer before the reply (办前沟通 or 办中协商).</summary>
    public bool CommunicatedBeforeReply { get; init; }

    /// <summary>Whether the item is a key item (重点建议提案).</summary>
    public bool IsKey { get; init; }

    /// <summary>Whether a leader supervises the item (领导督办).</summary>
    public bool IsSupervised { get; init; }

    /// <summary>Whether the item was re-handled (重新办理).</summary>
    public bool IsRehandled { get; init; }

    /// <summary>Whether a promised follow-up (回头看) is due and not done.</summary>
    public bool IsFollowUpDue { get; init; }

    /// <summary>Calendar days from 交办 to the unit's 签收, or null when no sign-in is recorded.</summary>
    public int? DaysToReceive { get; init; }

    /// <summary>Whether the reply is not in standard form (答复不规范) by the classification rules.</summary>
    public bool IsNonStandardReply { get; init; }

    /// <summary>Whether the item has been replied (按时 or 超期).</summary>
    public bool IsReplied => Timeliness is ReplyTimeliness.OnTime or ReplyTimeliness.Late;
}
