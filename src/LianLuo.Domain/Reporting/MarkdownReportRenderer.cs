using System.Text;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using static LianLuo.Domain.Reporting.Text.ReportFormat;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// Renders an <see cref="AnnualReport"/> as Markdown: the key figures, a table by lead unit, a table by
/// result category (per kind, named by the report's <see cref="AnnualReport.CategoryLabels"/>) and the findings with the
/// items behind them. Stateless and thread-safe.
/// </summary>
public static class MarkdownReportRenderer
{
    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(AnnualReport report)
    {
        Preconditions.CheckNotNull(report);
        var md = new StringBuilder();
        var title = (report.SummaryYear ?? report.Year) is { } year ? $"{N(year)}年度人大政协联络工作报告" : "人大政协联络工作报告";
        md.Append("# ").Append(title).Append("\n\n");
        md.Append("统计截至 ").Append(IsoDate(report.AsOf)).Append("（as of）。\n\n");

        md.Append("## 总体情况\n\n| 指标 | 数值 |\n|---|---:|\n");
        Row(md, "建议（件）", N(report.Suggestions));
        Row(md, "提案（件）", N(report.Proposals));
        Row(md, "建议提案合计（件）", N(report.Total));
        Row(md, "议案（件）", N(report.Motions));
        Row(md, "承办单位（个）", N(report.Units));
        Row(md, "已答复 / 按期答复 / 逾期答复", $"{N(report.Timeliness.Replied)} / {N(report.Timeliness.OnTime)} / {N(report.Timeliness.Late)}");
        Row(md, "逾期未答复 / 未到期", $"{N(report.Timeliness.Overdue)} / {N(report.Timeliness.Pending)}");
        Row(md, "按期答复率", P(report.Timeliness.OnTimeRate));
        Row(md, "满意率", P(report.Satisfaction.SatisfiedRate));
        Row(md, "满意和基本满意率", P(report.Satisfaction.SatisfiedOrBasicallyRate));
        Row(md, "未返回满意度（件）", N(report.Satisfaction.NoFeedback));
        Row(md, "重新办理 / 按期重新答复", $"{N(report.Rehandling.Rehandled)} / {N(report.Rehandling.OnTime)}");
        Row(md, "领导督办重点建议提案（件）", N(report.KeySupervised));
        Row(md, "面商 / 电话邮件 / 走访（人次）", $"{N(report.Communication.FaceToFace)} / {N(report.Communication.PhoneEmail)} / {N(report.Communication.Visits)}");
        md.Append('\n');

        if (!report.ByCity.IsEmpty)
        {
            md.Append("## 按地区\n\n| 地区 | 建议 | 提案 | 合计 | 议案 | 已答复 | 按期答复 | 逾期答复 | 逾期未答复 | 按期答复率 | 解决和列入计划率 | 满意和基本满意率 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (var city in report.ByCity)
            {
                md.Append("| ").Append(Cell(city.Name)).Append(" | ").Append(N(city.Suggestions)).Append(" | ").Append(N(city.Proposals))
                    .Append(" | ").Append(N(city.Total)).Append(" | ").Append(N(city.Motions)).Append(" | ").Append(N(city.Replied))
                    .Append(" | ").Append(N(city.OnTime)).Append(" | ").Append(N(city.Late)).Append(" | ").Append(N(city.Overdue))
                    .Append(" | ").Append(P(city.OnTimeRate)).Append(" | ").Append(P(city.SolvedOrPlannedRate)).Append(" | ").Append(P(city.SatisfiedOrBasicallyRate)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## 按办理结果类别\n\n| 类别 | 含义 | 建议 | 提案 | 合计 | 占比 |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var category in report.Results)
        {
            var label = report.LabelOf(category.Code) ?? string.Empty;
            md.Append("| ").Append(Cell(category.Code)).Append(" | ").Append(Cell(label))
                .Append(" | ").Append(N(CountFor(report, SubmissionKind.Suggestion, category.Code)))
                .Append(" | ").Append(N(CountFor(report, SubmissionKind.Proposal, category.Code)))
                .Append(" | ").Append(N(category.Count)).Append(" | ").Append(P(category.Percent)).Append(" |\n");
        }

        md.Append('\n');
        md.Append("## 按承办单位（主办）\n\n| 单位 | 件数 | 已答复 | 按期答复 | 逾期答复 | 逾期未答复 |");
        foreach (var category in report.Results)
        {
            md.Append(' ').Append(Cell(category.Code)).Append("类 |");
        }

        md.Append(" 解决和列入计划率 | 满意和基本满意率 |\n|---|---:|---:|---:|---:|---:|");
        foreach (var unused in report.Results)
        {
            md.Append("---:|");
        }

        md.Append("---:|---:|\n");
        foreach (var unit in report.ByUnit)
        {
            md.Append("| ").Append(Cell(unit.Unit)).Append(" | ").Append(N(unit.Items)).Append(" | ").Append(N(unit.Replied))
                .Append(" | ").Append(N(unit.OnTime)).Append(" | ").Append(N(unit.Late)).Append(" | ").Append(N(unit.Overdue)).Append(" |");
            foreach (var category in report.Results)
            {
                var count = unit.Results.FirstOrDefault(c => c.Code == category.Code)?.Count ?? 0;
                md.Append(' ').Append(N(count)).Append(" |");
            }

            md.Append(' ').Append(P(unit.SolvedOrPlannedRate)).Append(" | ").Append(P(unit.SatisfiedOrBasicallyRate)).Append(" |\n");
        }

        md.Append("\n## 存在问题\n\n");
        if (report.Findings.IsEmpty)
        {
            md.Append("未发现突出问题。\n");
        }

        foreach (var finding in report.Findings)
        {
            md.Append("- **").Append(FindingWords.Heading(finding.Kind)).Append("**：").Append(FindingWords.Clause(finding));
            if (!finding.Items.IsEmpty)
            {
                md.Append('（').Append(string.Join("、", finding.Items.Select(i => i.Value)));
                if (finding.OmittedItems > 0)
                {
                    // The list was cut at AnnualReportOptions.MaxFindingItems.
                    md.Append("，另有").Append(N(finding.OmittedItems)).Append("件未列出");
                }

                md.Append('）');
            }
            else if (finding.OmittedItems > 0)
            {
                // Merged from tallies, which carry no item ids.
                md.Append('（').Append(N(finding.OmittedItems)).Append("件，汇总数据不含编号）");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private static int CountFor(AnnualReport report, SubmissionKind kind, string code) =>
        report.ByKind.FirstOrDefault(k => k.Kind == kind)?.Results.FirstOrDefault(c => c.Code == code)?.Count ?? 0;

    private static void Row(StringBuilder md, string name, string value) =>
        md.Append("| ").Append(name).Append(" | ").Append(value).Append(" |\n");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
