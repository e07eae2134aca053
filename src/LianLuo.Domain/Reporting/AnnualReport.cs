using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using NodaTime;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// Every figure of the annual liaison report (年度人大政协联络工作总结), as defined by ledger.md §3; property
/// names follow the JSON keys there. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record AnnualReport
{
    /// <summary>The as-of date (the day the report is made).</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The year filter applied (交办日期 year), or null when the report covers every row.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The year the summary is about: the year filter when given, else the year in which most items were first
    /// assigned (the later year on a tie), or null when unknown (e.g. read back from JSON). Not part of the JSON of §3.
    /// </summary>
    public int? SummaryYear { get; init; }

    /// <summary>Rows of 建议.</summary>
    public required int Suggestions { get; init; }

    /// <summary>Rows of 提案.</summary>
    public required int Proposals { get; init; }

    /// <summary>建议 + 提案.</summary>
    public int Total => Suggestions + Proposals;

    /// <summary>Rows of 议案.</summary>
    public required int Motions { get; init; }

    /// <summary>Distinct units among 主办单位 and 会办单位 of items (建议 and 提案).</summary>
    public required int Units { get; init; }

    /// <summary>Distinct units among 主办单位 and 会办单位 of 议案 rows.</summary>
    public required int MotionUnits { get; init; }

    /// <summary>Timeliness of replies (按期答复).</summary>
    public required TimelinessFigures Timeliness { get; init; }

    /// <summary>Items by result category (办理结果), in scheme order.</summary>
    public required EquatableArray<CategoryFigure> Results { get; init; }

    /// <summary>Satisfaction (满意度) of replied items.</summary>
    public required SatisfactionFigures Satisfaction { get; init; }

    /// <summary>Re-handling (重新办理).</summary>
    public required RehandlingFigures Rehandling { get; init; }

    /// <summary>Key items supervised by a leader (领导督办重点建议提案).</summary>
    public required int KeySupervised { get; init; }

    /// <summary>Communication with deputies and members (沟通联系).</summary>
    public required CommunicationFigures Communication { get; init; }

    /// <summary>Liaison activities (联络活动).</summary>
    public required ActivityFigures Activities { get; init; }

    /// <summary>Per-unit breakdown (by lead unit), ordered by unit name (ordinal). Not part of the JSON of §3.</summary>
    public EquatableArray<UnitFigures> ByUnit { get; init; } = EquatableArray<UnitFigures>.Empty;

    /// <summary>Per-kind breakdown of results (建议 and 提案). Not part of the JSON of §3.</summary>
    public EquatableArray<KindFigures> ByKind { get; init; } = EquatableArray<KindFigures>.Empty;

    /// <summary>Findings for 存在问题, computed from the data. Not part of the JSON of §3.</summary>
    public EquatableArray<ReportFinding> Findings { get; init; } = EquatableArray<ReportFinding>.Empty;

    /// <summary>
    /// For a report merged from tallies (<see cref="ReportTally"/>), each tally's key figures in the order given (the table by
    /// city); empty otherwise. Not part of the JSON of §3 (the JSON adds <c>byCity</c> when it is not empty).
    /// </summary>
    public EquatableArray<CityFigures> ByCity { get; init; } = EquatableArray<CityFigures>.Empty;

    /// <summary>
    /// The names of the result categories of the scheme the report was computed under (<see cref="AnnualReportOptions.Scheme"/>),
    /// in scheme order, so that a renderer names a category without the scheme. Empty for a report read back from its JSON
    /// (ledger.md §3 keeps the codes only). Not part of the JSON of §3.
    /// </summary>
    public EquatableArray<CategoryLabel> CategoryLabels { get; init; } = EquatableArray<CategoryLabel>.Empty;

    /// <summary>The Chinese name of a result category (e.g. A → 已经解决或基本解决), or null when <see cref="CategoryLabels"/> has none for the code.</summary>
    /// <param name="code">The category code.</param>
    public string? LabelOf(string code)
    {
        foreach (var label in CategoryLabels)
        {
            if (string.Equals(label.Code, code, StringComparison.Ordinal))
            {
                return label.Label;
            }
        }

        return null;
    }
}

/// <summary>One merged tally's key figures, for the table by city of a merged report. Immutable.</summary>
/// <param name="Name">The city or issuer the tally names.</param>
/// <param name="Suggestions">建议.</param>
/// <param name="Proposals">提案.</param>
/// <param name="Motions">议案.</param>
/// <param name="Replied">Replied 建议 and 提案.</param>
/// <param name="OnTime">Replied on time.</param>
/// <param name="Late">Replied late.</param>
/// <param name="Overdue">Overdue.</param>
/// <param name="OnTimeRate">按期答复率 in percent, or null.</param>
/// <param name="SolvedOrPlannedRate">解决和列入计划解决的比例 in percent, or null.</param>
/// <param name="SatisfiedOrBasicallyRate">满意和基本满意率 in percent, or null.</param>
public sealed record CityFigures(
    string Name,
    int Suggestions,
    int Proposals,
    int Motions,
    int Replied,
    int OnTime,
    int Late,
    int Overdue,
    decimal? OnTimeRate,
    decimal? SolvedOrPlannedRate,
    decimal? SatisfiedOrBasicallyRate)
{
    /// <summary>建议 + 提案.</summary>
    public int Total => Suggestions + Proposals;
}

/// <summary>Timeliness figures (ledger.md §3 <c>timeliness</c>). Immutable.</summary>
/// <param name="Replied">Replied items (onTime + late).</param>
/// <param name="OnTime">Replied by the deadline.</param>
/// <param name="Late">Replied after the deadline.</param>
/// <param name="Overdue">Not replied and past the deadline.</param>
/// <param name="Pending">Not replied and not yet due.</param>
/// <param name="OnTimeRate">onTime ÷ (replied + overdue) in percent, one decimal, or null.</param>
public sealed record TimelinessFigures(int Replied, int OnTime, int Late, int Overdue, int Pending, decimal? OnTimeRate);

/// <summary>One result category's figures (ledger.md §3 <c>results.X</c>). Immutable.</summary>
/// <param name="Code">The category code, e.g. A.</param>
/// <param name="Count">Items with that result.</param>
/// <param name="Percent">Share of the items that have a result, in percent (largest remainder), or null when none has.</param>
public sealed record CategoryFigure(string Code, int Count, decimal? Percent);

/// <summary>Satisfaction figures (ledger.md §3 <c>satisfaction</c>). Immutable.</summary>
/// <param name="Satisfied">Replied items whose final satisfaction is 满意 (or 非常满意).</param>
/// <param name="BasicallySatisfied">… 基本满意.</param>
/// <param name="Unsatisfied">… 不满意.</param>
/// <param name="NoFeedback">Replied items with no returned form.</param>
/// <param name="SatisfiedRate">满意率 in percent, or null.</param>
/// <param name="SatisfiedOrBasicallyRate">满意和基本满意率 in percent, or null.</param>
public sealed record SatisfactionFigures(int Satisfied, int BasicallySatisfied, int Unsatisfied, int NoFeedback, decimal? SatisfiedRate, decimal? SatisfiedOrBasicallyRate);

/// <summary>Re-handling figures (ledger.md §3 <c>rehandling</c>). Immutable.</summary>
/// <param name="Rehandled">Items with a re-handling reply.</param>
/// <param name="OnTime">Of those, answered by the re-handling deadline.</param>
public sealed record RehandlingFigures(int Rehandled, int OnTime);

/// <summary>Communication person-times (ledger.md §3 <c>communication</c>). Immutable.</summary>
/// <param name="FaceToFace">面商人次.</param>
/// <param name="PhoneEmail">电话邮件人次.</param>
/// <param name="Visits">走访人次.</param>
public sealed record CommunicationFigures(long FaceToFace, long PhoneEmail, long Visits);

/// <summary>Activity figures (ledger.md §3 <c>activities</c>). Immutable.</summary>
/// <param name="TopicConsultations">专题协商 count.</param>
/// <param name="CounterpartConsultations">对口协商 count.</param>
/// <param name="SectorConsultations">界别协商 count.</param>
/// <param name="ProposalConsultations">提案办理协商 count.</param>
/// <param name="ConsultationLeaderAttendances">领导人次 over those four types.</param>
/// <param name="Briefings">政情通报 count.</param>
/// <param name="ExecutiveMeetingAttendances">代表委员人次 over 列席常务会议.</param>
/// <param name="SymposiumAttendances">代表委员人次 over 座谈会 and 论证会.</param>
/// <param name="MotionProgressMeetings">议案办理推进会 count.</param>
/// <param name="StudyMeetings">专题研究 count.</param>
public sealed record ActivityFigures(
    int TopicConsultations,
    int CounterpartConsultations,
    int SectorConsultations,
    int ProposalConsultations,
    long ConsultationLeaderAttendances,
    int Briefings,
    long ExecutiveMeetingAttendances,
    long SymposiumAttendances,
    int MotionProgressMeetings,
    int StudyMeetings);

/// <summary>A lead unit's figures, for the tables by unit. Immutable.</summary>
/// <param name="Unit">The lead unit (主办单位).</param>
/// <param name="Items">Items it leads (建议 and 提案).</param>
/// <param name="Replied">Replied.</param>
/// <param name="OnTime">Replied on time.</param>
/// <param name="Late">Replied late.</param>
/// <param name="Overdue">Overdue.</param>
/// <param name="Results">Counts by category code, in scheme order.</param>
/// <param name="SatisfiedOrBasicallyRate">满意和基本满意率, or null.</param>
/// <param name="SolvedOrPlannedRate">Share of items with a result that are solved or planned (A+B), or null.</param>
public sealed record UnitFigures(string Unit, int Items, int Replied, int OnTime, int Late, int Overdue, EquatableArray<CategoryFigure> Results, decimal? SatisfiedOrBasicallyRate, decimal? SolvedOrPlannedRate);

/// <summary>A kind's result figures (建议 or 提案), for the table by category. Immutable.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Items">Items of that kind.</param>
/// <param name="Results">Counts and shares by category code.</param>
public sealed record KindFigures(SubmissionKind Kind, int Items, EquatableArray<CategoryFigure> Results);

/// <summary>What a finding is about.</summary>
public enum FindingKind
{
    /// <summary>A unit with overdue or late replies.</summary>
    LateOrOverdueReplies = 1,

    /// <summary>A unit whose solve rate is well below the average.</summary>
    LowSolveRate = 2,

    /// <summary>A unit whose satisfaction is well below the average.</summary>
    LowSatisfaction = 3,

    /// <summary>Items replied without any communication before the reply.</summary>
    NoCommunicationBeforeReply = 4,

    /// <summary>Promises (B) whose follow-up is overdue.</summary>
    FollowUpOverdue = 5,

    /// <summary>Satisfaction forms not returned.</summary>
    UnreturnedForms = 6,

    /// <summary>Return requests (退回申请) made after the return window, accepted where the policy allows late requests.</summary>
    LateReturnRequests = 7,
}

/// <summary>
/// A finding for 存在问题, as data: what it is about, the unit concerned, the figures its sentence states and the items
/// behind it. It holds no words: the renderers write it (<see cref="ChineseSummaryRenderer.FindingText"/> gives the
/// Chinese clause, e.g. 市医保局逾期答复3件). Which figures are set depends on <see cref="Kind"/>:
/// <list type="bullet">
/// <item><see cref="FindingKind.LateOrOverdueReplies"/>: <see cref="Late"/> and <see cref="Overdue"/>, the unit's counts.</item>
/// <item><see cref="FindingKind.LowSolveRate"/> and <see cref="FindingKind.LowSatisfaction"/>: <see cref="Rate"/>, the unit's
/// rate, and <see cref="Average"/>, the rate over all units.</item>
/// <item>The other kinds: the count is <see cref="ItemCount"/>, the items behind the finding.</item>
/// </list>
/// Figures a kind does not use are 0 (<see cref="Proportion.Empty"/> for the rates). Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Unit">The unit concerned, or null for a finding over all units.</param>
/// <param name="Items">The items behind the finding (the smallest ids, up to <see cref="AnnualReportOptions.MaxFindingItems"/>).</param>
public sealed record ReportFinding(FindingKind Kind, string? Unit, EquatableArray<ItemId> Items)
{
    private readonly int late;
    private readonly int overdue;
    private readonly int omittedItems;

    /// <summary>
    /// How many items behind the finding are not in <see cref="Items"/>: the list was cut at
    /// <see cref="AnnualReportOptions.MaxFindingItems"/> (the smallest ids are listed), or the report was merged from tallies,
    /// which carry no item ids. 0 when the list is complete.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int OmittedItems
    {
        get => omittedItems;
        init => omittedItems = Preconditions.CheckNonNegative(value, "ReportFinding.OmittedItems");
    }

    /// <summary>How many items are behind the finding: <see cref="Items"/> and <see cref="OmittedItems"/>.</summary>
    public int ItemCount => Items.Count + OmittedItems;

    /// <summary>For <see cref="FindingKind.LateOrOverdueReplies"/>: the unit's items replied late (逾期答复); else 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Late
    {
        get => late;
        init => late = Preconditions.CheckNonNegative(value, "ReportFinding.Late");
    }

    /// <summary>For <see cref="FindingKind.LateOrOverdueReplies"/>: the unit's items past the deadline and not replied (逾期未答复); else 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Overdue
    {
        get => overdue;
        init => overdue = Preconditions.CheckNonNegative(value, "ReportFinding.Overdue");
    }

    /// <summary>
    /// For <see cref="FindingKind.LowSolveRate"/>: the unit's 解决和列入计划解决的比例; for <see cref="FindingKind.LowSatisfaction"/>: its
    /// 满意和基本满意率; else <see cref="Proportion.Empty"/>.
    /// </summary>
    public Proportion Rate { get; init; }

    /// <summary>For <see cref="FindingKind.LowSolveRate"/> and <see cref="FindingKind.LowSatisfaction"/>: the same rate over all units (平均水平); else <see cref="Proportion.Empty"/>.</summary>
    public Proportion Average { get; init; }
}

/// <summary>The name of a result category in the scheme a report was computed under, e.g. A → 已经解决或基本解决. Immutable.</summary>
/// <param name="Code">The category code, e.g. A.</param>
/// <param name="Label">Its official meaning in Chinese (<see cref="Classification.CategoryDefinition.ChineseLabel"/>).</param>
public sealed record CategoryLabel(string Code, string Label);
