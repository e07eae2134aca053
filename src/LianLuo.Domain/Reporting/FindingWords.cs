using static LianLuo.Domain.Reporting.Text.ReportFormat;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// The words of the findings (存在问题) in Chinese: the heading of each <see cref="FindingKind"/> and the clause of one
/// <see cref="ReportFinding"/> from its figures. Shared by the Chinese summary and Markdown (the finding itself is data);
/// it sits beside the values it words, above <c>Reporting.Text</c>, whose formats it uses. Stateless and thread-safe.
/// </summary>
internal static class FindingWords
{
    /// <summary>The heading of a kind of finding in 存在问题, e.g. 办理进度不够均衡.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Heading(FindingKind kind) => kind switch
    {
        FindingKind.LateOrOverdueReplies => "办理进度不够均衡",
        FindingKind.LowSolveRate => "办理实效有待提高",
        FindingKind.LowSatisfaction => "代表委员满意度有待提升",
        FindingKind.NoCommunicationBeforeReply => "沟通联络不够深入",
        FindingKind.FollowUpOverdue => "跟踪督办和“回头看”机制落实不够到位",
        FindingKind.UnreturnedForms => "办后反馈不够及时",
        FindingKind.LateReturnRequests => "交办退回不够及时",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "FindingKind has no such value."),
    };

    /// <summary>The finding as a Chinese clause without final punctuation, e.g. 市医保局逾期答复3件.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The finding's kind is not defined.</exception>
    public static string Clause(ReportFinding finding) => finding.Kind switch
    {
        FindingKind.LateOrOverdueReplies => finding.Unit + LateOrOverdue(finding),
        FindingKind.LowSolveRate => $"{finding.Unit}解决和列入计划解决的比例为{P(finding.Rate.Percent)}，明显低于平均水平{P(finding.Average.Percent)}",
        FindingKind.LowSatisfaction => $"{finding.Unit}满意和基本满意率为{P(finding.Rate.Percent)}，明显低于平均水平{P(finding.Average.Percent)}",
        FindingKind.NoCommunicationBeforeReply => $"有{N(finding.ItemCount)}件建议提案在答复前未与代表委员沟通",
        FindingKind.FollowUpOverdue => $"有{N(finding.ItemCount)}件列入计划解决的建议提案已过承诺完成时间，尚未开展“回头看”",
        FindingKind.UnreturnedForms => $"有{N(finding.ItemCount)}件已答复的建议提案尚未收回代表委员满意度征询表",
        FindingKind.LateReturnRequests => $"{finding.Unit}超过退回期限申请退回{N(finding.ItemCount)}件",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Kind, "FindingKind has no such value."),
    };

    private static string LateOrOverdue(ReportFinding finding)
    {
        var parts = new List<string>(2);
        if (finding.Late > 0)
        {
            parts.Add($"逾期答复{N(finding.Late)}件");
        }

        if (finding.Overdue > 0)
        {
            parts.Add($"逾期未答复{N(finding.Overdue)}件");
        }

        return string.Join("、", parts);
    }
}
