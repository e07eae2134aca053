namespace LianLuo.Domain.Ledger;

/// <summary>
/// A column of a ledger (台账): its Chinese name (what offices write), its English alias (accepted too) and whether
/// a row must give it. Header cells are matched after trimming white space; the Chinese name exactly, the alias
/// without regard to case. Immutable and thread-safe.
/// </summary>
/// <param name="Chinese">The Chinese name, e.g. 编号.</param>
/// <param name="Alias">The English alias, e.g. <c>id</c>.</param>
/// <param name="IsRequired">Whether the column must be present and every row must give a value.</param>
public sealed record LedgerColumn(string Chinese, string Alias, bool IsRequired)
{
    /// <summary>Whether a (trimmed) header cell names this column.</summary>
    /// <param name="header">The header cell, already trimmed.</param>
    public bool Matches(string? header) =>
        header is not null && (string.Equals(header, Chinese, StringComparison.Ordinal) || string.Equals(header, Alias, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public override string ToString() => $"{Chinese} ({Alias})";
}

/// <summary>The columns of the items ledger (办理台账), one row per 建议, 提案 or 议案 (ledger.md §1.1). Immutable and thread-safe.</summary>
public static class ItemColumns
{
    /// <summary>编号 (id): the identifier, unique in the file.</summary>
    public static LedgerColumn Id { get; } = new("编号", "id", true);

    /// <summary>类别 (kind): 建议, 提案 or 议案.</summary>
    public static LedgerColumn Kind { get; } = new("类别", "kind", true);

    /// <summary>标题 (title).</summary>
    public static LedgerColumn Title { get; } = new("标题", "title", true);

    /// <summary>领衔人 (proposer): the lead deputy or member.</summary>
    public static LedgerColumn Proposer { get; } = new("领衔人", "proposer", true);

    /// <summary>主办单位 (lead_unit): the lead handling unit.</summary>
    public static LedgerColumn LeadUnit { get; } = new("主办单位", "lead_unit", true);

    /// <summary>会办单位 (co_units): zero or more units separated by 、 ； ; ， or ,.</summary>
    public static LedgerColumn CoUnits { get; } = new("会办单位", "co_units", false);

    /// <summary>交办日期 (assigned_on): the date the item was assigned.</summary>
    public static LedgerColumn AssignedOn { get; } = new("交办日期", "assigned_on", true);

    /// <summary>情况复杂 (complex): a boolean; a complex item has 6 months instead of 3.</summary>
    public static LedgerColumn Complex { get; } = new("情况复杂", "complex", false);

    /// <summary>延期至 (extended_to): the approved extension of the reply deadline.</summary>
    public static LedgerColumn ExtendedTo { get; } = new("延期至", "extended_to", false);

    /// <summary>重点 (key): a boolean; a key item (重点建议提案).</summary>
    public static LedgerColumn Key { get; } = new("重点", "key", false);

    /// <summary>督办领导 (supervisor): the leader supervising the item.</summary>
    public static LedgerColumn Supervisor { get; } = new("督办领导", "supervisor", false);

    /// <summary>答复日期 (replied_on): the date of the first reply.</summary>
    public static LedgerColumn RepliedOn { get; } = new("答复日期", "replied_on", false);

    /// <summary>办理结果 (result): A, B or C, optionally followed by 类.</summary>
    public static LedgerColumn Result { get; } = new("办理结果", "result", false);

    /// <summary>反馈日期 (feedback_on): the date the satisfaction form came back.</summary>
    public static LedgerColumn FeedbackOn { get; } = new("反馈日期", "feedback_on", false);

    /// <summary>满意度 (satisfaction): 满意, 基本满意 or 不满意.</summary>
    public static LedgerColumn Satisfaction { get; } = new("满意度", "satisfaction", false);

    /// <summary>重办答复日期 (rereplied_on): the date of the reply after re-handling (重新办理).</summary>
    public static LedgerColumn RerepliedOn { get; } = new("重办答复日期", "rereplied_on", false);

    /// <summary>重办满意度 (resatisfaction): the satisfaction with the re-handled reply.</summary>
    public static LedgerColumn Resatisfaction { get; } = new("重办满意度", "resatisfaction", false);

    /// <summary>面商人次 (face_to_face): person-times of face-to-face talks.</summary>
    public static LedgerColumn FaceToFace { get; } = new("面商人次", "face_to_face", false);

    /// <summary>电话邮件人次 (phone_email): person-times of phone or e-mail contacts.</summary>
    public static LedgerColumn PhoneEmail { get; } = new("电话邮件人次", "phone_email", false);

    /// <summary>走访人次 (visits): person-times of visits to the proposer.</summary>
    public static LedgerColumn Visits { get; } = new("走访人次", "visits", false);

    /// <summary>签收日期 (received_on): the date the lead unit signed for the item (签收). Optional as a column.</summary>
    public static LedgerColumn ReceivedOn { get; } = new("签收日期", "received_on", false);

    /// <summary>计划完成日期 (planned_completion): the planned completion a B reply promises. Optional as a column.</summary>
    public static LedgerColumn PlannedCompletion { get; } = new("计划完成日期", "planned_completion", false);

    /// <summary>未解决原因 (reason): why a C reply cannot solve the matter now. Optional as a column.</summary>
    public static LedgerColumn Reason { get; } = new("未解决原因", "reason", false);

    /// <summary>Every column, in the order the writer uses.</summary>
    public static IReadOnlyList<LedgerColumn> All { get; } =
    [
        Id, Kind, Title, Proposer, LeadUnit, CoUnits, AssignedOn, Complex, ExtendedTo, Key, Supervisor,
        RepliedOn, Result, FeedbackOn, Satisfaction, RerepliedOn, Resatisfaction, FaceToFace, PhoneEmail, Visits,
        ReceivedOn, PlannedCompletion, Reason,
    ];

    /// <summary>
    /// The columns that are optional as columns (ledger.md §1.1): a ledger without one says nothing about its fact, so
    /// rules and assessment indicators that need it are not applicable.
    /// </summary>
    public static IReadOnlyList<LedgerColumn> OptionalFacts { get; } = [ReceivedOn, PlannedCompletion, Reason];
}

/// <summary>The columns of the activities ledger (活动台账), one row per liaison activity (ledger.md §1.2). Immutable and thread-safe.</summary>
public static class ActivityColumns
{
    /// <summary>日期 (date).</summary>
    public static LedgerColumn Date { get; } = new("日期", "date", true);

    /// <summary>类型 (type): one of the ten activity types.</summary>
    public static LedgerColumn Type { get; } = new("类型", "type", true);

    /// <summary>主题 (topic).</summary>
    public static LedgerColumn Topic { get; } = new("主题", "topic", false);

    /// <summary>领导人次 (leader_attendances): attendances of government leaders.</summary>
    public static LedgerColumn LeaderAttendances { get; } = new("领导人次", "leader_attendances", false);

    /// <summary>代表委员人次 (member_attendances): attendances of deputies and members.</summary>
    public static LedgerColumn MemberAttendances { get; } = new("代表委员人次", "member_attendances", false);

    /// <summary>Every column, in the order the writer uses.</summary>
    public static IReadOnlyList<LedgerColumn> All { get; } = [Date, Type, Topic, LeaderAttendances, MemberAttendances];
}
