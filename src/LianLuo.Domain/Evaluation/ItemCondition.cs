using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// The catalogue of per-item metrics a scheme may name. Each reads an <see cref="EvaluationItem"/>, i.e. what the
/// deadline, classification and satisfaction rules decided, and never the raw history. The JSON name of each is
/// given in brackets.
/// </summary>
public enum ItemMetric
{
    /// <summary>Every scored item [<c>all</c>].</summary>
    All = 1,

    /// <summary>A 建议 [<c>suggestion</c>].</summary>
    Suggestion = 2,

    /// <summary>A 提案 [<c>proposal</c>].</summary>
    Proposal = 3,

    /// <summary>Replied on or before the deadline, 按期答复 [<c>onTime</c>].</summary>
    OnTime = 4,

    /// <summary>Replied after the deadline, 逾期答复 [<c>late</c>].</summary>
    Late = 5,

    /// <summary>Not replied and past the deadline, 逾期未答复 [<c>overdue</c>].</summary>
    Overdue = 6,

    /// <summary>Seriously overdue, 严重逾期 [<c>seriouslyOverdue</c>].</summary>
    SeriouslyOverdue = 7,

    /// <summary>Not replied and not yet due, 未到期 [<c>pending</c>].</summary>
    Pending = 8,

    /// <summary>Replied, on time or late, 已答复 [<c>replied</c>].</summary>
    Replied = 9,

    /// <summary>Replied or overdue: an item whose timeliness is decided, 应办复 [<c>due</c>].</summary>
    Due = 10,

    /// <summary>Has a result category, 有办理结果 [<c>hasResult</c>].</summary>
    HasResult = 11,

    /// <summary>Has the result category given as argument, e.g. [<c>result:A</c>].</summary>
    Result = 12,

    /// <summary>A result the classification counts as solved, 已解决 [<c>solved</c>].</summary>
    Solved = 13,

    /// <summary>A result the classification counts as planned, 列入计划 [<c>planned</c>].</summary>
    Planned = 14,

    /// <summary>A result that is neither solved nor planned, 暂无法解决 [<c>unsolved</c>].</summary>
    Unsolved = 15,

    /// <summary>Replied with a final satisfaction, 已反馈满意度 [<c>hasSatisfaction</c>].</summary>
    HasSatisfaction = 16,

    /// <summary>Final satisfaction 满意 or 非常满意 [<c>satisfied</c>].</summary>
    Satisfied = 17,

    /// <summary>Final satisfaction 基本满意 [<c>basicallySatisfied</c>].</summary>
    BasicallySatisfied = 18,

    /// <summary>Final satisfaction 不满意 [<c>unsatisfied</c>].</summary>
    Unsatisfied = 19,

    /// <summary>Replied with no satisfaction form back, 未反馈 [<c>noFeedback</c>].</summary>
    NoFeedback = 20,

    /// <summary>面商人次 + 走访人次 &gt; 0 [<c>faceToFaceOrVisit</c>].</summary>
    FaceToFaceOrVisit = 21,

    /// <summary>Any contact with the proposer (面商, 电话邮件 or 走访) [<c>contacted</c>].</summary>
    Contacted = 22,

    /// <summary>Communication before the reply, 办前沟通 [<c>communicatedBeforeReply</c>].</summary>
    CommunicatedBeforeReply = 23,

    /// <summary>A key item, 重点建议提案 [<c>key</c>].</summary>
    Key = 24,

    /// <summary>Supervised by a leader, 领导督办 [<c>supervised</c>].</summary>
    Supervised = 25,

    /// <summary>Re-handled, 重新办理 [<c>rehandled</c>].</summary>
    Rehandled = 26,

    /// <summary>A promised follow-up is due and not done, 回头看逾期 [<c>followUpDue</c>].</summary>
    FollowUpDue = 27,

    /// <summary>A sign-in (签收) is recorded [<c>received</c>].</summary>
    Received = 28,

    /// <summary>Signed in within the number of calendar days given as argument after 交办, e.g. [<c>receivedWithin:7</c>].</summary>
    ReceivedWithin = 29,

    /// <summary>A reply not in standard form, 答复不规范 [<c>nonStandardReply</c>].</summary>
    NonStandardReply = 30,

    /// <summary>Replied at least the number of calendar days given as argument before the reply deadline, 提前办结 [<c>repliedEarly:10</c>].</summary>
    RepliedEarly = 31,

    /// <summary>Signed in (签收) within the policy's sign-in window (签收期限); not so is 未按时签收 [<c>receivedOnTime</c>].</summary>
    ReceivedOnTime = 32,

    /// <summary>The unit's own return request (退回申请) came after its return window, accepted where the policy allows late requests [<c>lateReturn</c>].</summary>
    LateReturn = 33,
}

/// <summary>
/// One test on an item: a metric of the <see cref="ItemMetric"/> catalogue, with its argument where it takes one,
/// possibly negated. Written in JSON as <c>onTime</c>, <c>result:A</c>, <c>receivedWithin:7</c> or <c>not:late</c>.
/// Immutable and thread-safe, with value equality.
/// </summary>
public readonly record struct ItemCondition
{
    private const string NotPrefix = "not:";

    private static readonly (ItemMetric Metric, string Name)[] Names =
    [
        (ItemMetric.All, "all"),
        (ItemMetric.Suggestion, "suggestion"),
        (ItemMetric.Proposal, "proposal"),
        (ItemMetric.OnTime, "onTime"),
        (ItemMetric.Late, "late"),
        (ItemMetric.Overdue, "overdue"),
        (ItemMetric.SeriouslyOverdue, "seriouslyOverdue"),
        (ItemMetric.Pending, "pending"),
        (ItemMetric.Replied, "replied"),
        (ItemMetric.Due, "due"),
        (ItemMetric.HasResult, "hasResult"),
        (ItemMetric.Result, "result"),
        (ItemMetric.Solved, "solved"),
        (ItemMetric.Planned, "planned"),
        (ItemMetric.Unsolved, "unsolved"),
        (ItemMetric.HasSatisfaction, "hasSatisfaction"),
        (ItemMetric.Satisfied, "satisfied"),
        (ItemMetric.BasicallySatisfied, "basicallySatisfied"),
        (ItemMetric.Unsatisfied, "unsatisfied"),
        (ItemMetric.NoFeedback, "noFeedback"),
        (ItemMetric.FaceToFaceOrVisit, "faceToFaceOrVisit"),
        (ItemMetric.Contacted, "contacted"),
        (ItemMetric.CommunicatedBeforeReply, "communicatedBeforeReply"),
        (ItemMetric.Key, "key"),
        (ItemMetric.Supervised, "supervised"),
        (ItemMetric.Rehandled, "rehandled"),
        (ItemMetric.FollowUpDue, "followUpDue"),
        (ItemMetric.Received, "received"),
        (ItemMetric.ReceivedWithin, "receivedWithin"),
        (ItemMetric.NonStandardReply, "nonStandardReply"),
        (ItemMetric.RepliedEarly, "repliedEarly"),
        (ItemMetric.ReceivedOnTime, "receivedOnTime"),
        (ItemMetric.LateReturn, "lateReturn"),
    ];

    private readonly string? argument;

    private ItemCondition(ItemMetric metric, string? argument, bool negated)
    {
        Metric = metric;
        this.argument = argument;
        IsNegated = negated;
    }

    /// <summary>The metric.</summary>
    public ItemMetric Metric { get; }

    /// <summary>The argument: a category code for <see cref="ItemMetric.Result"/>, a day count for <see cref="ItemMetric.ReceivedWithin"/> and <see cref="ItemMetric.RepliedEarly"/>; otherwise null.</summary>
    public string? Argument => argument;

    /// <summary>Whether the test is negated (<c>not:</c>).</summary>
    public bool IsNegated { get; }

    /// <summary>
    /// The optional facts the metric needs (<see cref="RecordedFacts"/>): 签收 for the sign-in metrics, 计划完成日期 and
    /// 未解决原因 for 答复不规范; <see cref="RecordedFacts.None"/> for the rest.
    /// </summary>
    public RecordedFacts Requires => Metric switch
    {
        ItemMetric.Received or ItemMetric.ReceivedWithin or ItemMetric.ReceivedOnTime => RecordedFacts.Receipts,
        ItemMetric.NonStandardReply => RecordedFacts.PlannedCompletions | RecordedFacts.UnsolvedReasons,
        _ => RecordedFacts.None,
    };

    /// <summary>The names of every metric, as written in JSON (without arguments).</summary>
    public static IReadOnlyList<string> MetricNames { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>A test of a metric that takes no argument.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is undefined or takes an argument.</exception>
    public static ItemCondition Of(ItemMetric metric) =>
        !Enum.IsDefined(metric) || TakesArgument(metric)
            ? throw new ArgumentOutOfRangeException(nameof(metric), metric, $"ItemCondition.Metric {metric} is undefined or takes an argument; use ResultIs, ReceivedWithinDays or RepliedDaysEarly.")
            : new ItemCondition(metric, null, false);

    /// <summary>A test that the result category is <paramref name="category"/> (<c>result:A</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="category"/> is the default value.</exception>
    public static ItemCondition ResultIs(ResultCategory category) =>
        category == default
            ? throw new ArgumentException("ItemCondition result:X needs a category code.", nameof(category))
            : new ItemCondition(ItemMetric.Result, category.Code, false);

    /// <summary>A test that the unit signed in within <paramref name="days"/> calendar days after 交办 (<c>receivedWithin:N</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static ItemCondition ReceivedWithinDays(int days) =>
        days < 0
            ? throw new ArgumentOutOfRangeException(nameof(days), days, $"ItemCondition receivedWithin:N needs N ≥ 0 (value: {days.ToString(CultureInfo.InvariantCulture)}).")
            : new ItemCondition(ItemMetric.ReceivedWithin, days.ToString(CultureInfo.InvariantCulture), false);

    /// <summary>A test that the item was replied at least <paramref name="days"/> calendar days before its deadline (<c>repliedEarly:N</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static ItemCondition RepliedDaysEarly(int days) =>
        days < 0
            ? throw new ArgumentOutOfRangeException(nameof(days), days, $"ItemCondition repliedEarly:N needs N ≥ 0 (value: {days.ToString(CultureInfo.InvariantCulture)}).")
            : new ItemCondition(ItemMetric.RepliedEarly, days.ToString(CultureInfo.InvariantCulture), false);

    /// <summary>The negation of this test (<c>not:</c> added or removed).</summary>
    public ItemCondition Negate() => new(Metric, argument, !IsNegated);

    /// <summary>Parses the JSON form (<c>onTime</c>, <c>result:A</c>, <c>receivedWithin:7</c>, <c>not:late</c>); metric names are case-sensitive.</summary>
    public static bool TryParse(string? text, out ItemCondition condition) => TryParseCore(text, out condition, out _);

    /// <summary>Parses the JSON form, or explains why it cannot.</summary>
    /// <param name="text">The text.</param>
    /// <param name="condition">The condition, when parsed.</param>
    /// <param name="problem">
    /// Why the text is not a condition (code <c>condition</c>, no location: the caller knows where the text came from,
    /// the reason, and the text as value), or null.
    /// </param>
    public static bool TryParse(string? text, out ItemCondition condition, [NotNullWhen(false)] out Problem? problem)
    {
        if (TryParseCore(text, out condition, out var error))
        {
            problem = null;
            return true;
        }

        problem = new Problem("condition", string.Empty, error, text);
        return false;
    }

    private static bool TryParseCore(string? text, out ItemCondition condition, [NotNullWhen(false)] out string? error)
    {
        condition = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "an item condition must not be empty";
            return false;
        }

        var rest = text.Trim();
        var negated = false;
        if (rest.StartsWith(NotPrefix, StringComparison.Ordinal))
        {
            negated = true;
            rest = rest[NotPrefix.Length..];
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? rest : rest[..colon];
        var arg = colon < 0 ? null : rest[(colon + 1)..].Trim();
        var found = Array.FindIndex(Names, n => string.Equals(n.Name, name, StringComparison.Ordinal));
        if (found < 0)
        {
            error = $"unknown metric '{name}'; known metrics: {string.Join(", ", MetricNames)}";
            return false;
        }

        var metric = Names[found].Metric;
        switch (metric)
        {
            case ItemMetric.Result:
                if (string.IsNullOrEmpty(arg) || arg.Length > 8)
                {
                    error = $"metric 'result' needs a category code of 1-8 characters, as in result:A (value: '{text}')";
                    return false;
                }

                break;
            case ItemMetric.ReceivedWithin or ItemMetric.RepliedEarly:
                if (!int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                {
                    error = $"metric '{name}' needs a whole number of days ≥ 0, as in {name}:7 (value: '{text}')";
                    return false;
                }

                arg = days.ToString(CultureInfo.InvariantCulture);
                break;
            default:
                if (arg is not null)
                {
                    error = $"metric '{name}' takes no argument (value: '{text}')";
                    return false;
                }

                break;
        }

        condition = new ItemCondition(metric, arg, negated);
        error = null;
        return true;
    }

    /// <summary>Parses the JSON form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text names no metric of the catalogue, or its argument is wrong.</exception>
    public static ItemCondition Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var condition, out var error) ? condition : throw new FormatException($"ItemCondition: {error}.");
    }

    /// <summary>Whether the item passes the test; result classes (solved, planned) are those of <paramref name="classification"/>.</summary>
    /// <param name="item">The item.</param>
    /// <param name="classification">The classification scheme of the results.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal bool Matches(EvaluationItem item, ClassificationScheme classification)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(classification);
        return IsNegated != MatchesMetric(AssessedItem.Of(item), classification);
    }

    /// <summary>Whether the item passes the test (the one-pass assessment's form: no argument checks).</summary>
    internal bool Matches(in AssessedItem item, ClassificationScheme classification) => IsNegated != MatchesMetric(item, classification);

    /// <inheritdoc/>
    public override string ToString()
    {
        var metric = Metric;
        var found = Array.FindIndex(Names, n => n.Metric == metric);
        var name = found < 0 ? metric.ToString() : Names[found].Name;
        var text = argument is null ? name : $"{name}:{argument}";
        return IsNegated ? NotPrefix + text : text;
    }

    private static bool TakesArgument(ItemMetric metric) => metric is ItemMetric.Result or ItemMetric.ReceivedWithin or ItemMetric.RepliedEarly;

    private bool MatchesMetric(in AssessedItem item, ClassificationScheme classification)
    {
        var satisfaction = item.Satisfaction;
        return Metric switch
        {
            ItemMetric.All => true,
            ItemMetric.Suggestion => item.Kind == SubmissionKind.Suggestion,
            ItemMetric.Proposal => item.Kind == SubmissionKind.Proposal,
            ItemMetric.OnTime => item.Timeliness == ReportStatus.OnTime,
            ItemMetric.Late => item.Timeliness == ReportStatus.Late,
            ItemMetric.Overdue => item.Timeliness == ReportStatus.Overdue,
            ItemMetric.SeriouslyOverdue => item.Timeliness == ReportStatus.Overdue && item.IsSeriouslyOverdue,
            ItemMetric.Pending => item.Timeliness == ReportStatus.Pending,
            ItemMetric.Replied => item.IsReplied,
            ItemMetric.Due => item.Timeliness != ReportStatus.Pending,
            ItemMetric.HasResult => item.Category is not null,
            ItemMetric.Result => item.Category is { } result && string.Equals(result.Code, argument, StringComparison.Ordinal),
            ItemMetric.Solved => item.Category is { } solved && classification.IsSolved(solved),
            ItemMetric.Planned => item.Category is { } planned && classification.IsPlanned(planned),
            ItemMetric.Unsolved => item.Category is { } other && !classification.IsSolvedOrPlanned(other),
            ItemMetric.HasSatisfaction => satisfaction.Level is not null,
            ItemMetric.Satisfied => satisfaction.IsSatisfied,
            ItemMetric.BasicallySatisfied => satisfaction.Level == SatisfactionLevel.BasicallySatisfied,
            ItemMetric.Unsatisfied => satisfaction.Level == SatisfactionLevel.Unsatisfied,
            ItemMetric.NoFeedback => satisfaction.IsNoFeedback,
            ItemMetric.FaceToFaceOrVisit => item.FaceToFace > 0 || item.Visits > 0,
            ItemMetric.Contacted => item.FaceToFace > 0 || item.PhoneEmail > 0 || item.Visits > 0,
            ItemMetric.CommunicatedBeforeReply => item.CommunicatedBeforeReply,
            ItemMetric.Key => item.IsKey,
            ItemMetric.Supervised => item.IsSupervised,
            ItemMetric.Rehandled => item.IsRehandled,
            ItemMetric.FollowUpDue => item.IsFollowUpDue,
            ItemMetric.Received => item.DaysToReceive is not null,
            ItemMetric.ReceivedWithin => item.DaysToReceive is { } days && days <= Days,
            ItemMetric.NonStandardReply => item.IsNonStandardReply,
            ItemMetric.RepliedEarly => item.IsReplied && item.DaysBeforeDeadline is { } early && early >= Days,
            ItemMetric.ReceivedOnTime => item.ReceivedOnTime,
            ItemMetric.LateReturn => item.HasLateReturnRequest,
            _ => false,
        };
    }

    private int Days => int.Parse(argument!, CultureInfo.InvariantCulture);
}
