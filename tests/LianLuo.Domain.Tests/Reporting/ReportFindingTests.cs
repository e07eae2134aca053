using FsCheck.Xunit;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// Findings are data (kind, unit, figures, items) and the report carries its category labels; the words are the
/// renderers'. The figures are checked against the tally the same accumulator gives, the sentences against sentences
/// written out by hand.
/// </summary>
public class ReportFindingTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 1);

    /// <summary>A low margin and minimum, so that generated ledgers have findings of every kind often enough.</summary>
    private static readonly AnnualReportOptions Sensitive = new() { BelowAverageMargin = 1m, MinimumItemsToCompare = 1 };

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Findings_Figures_AreTheTallys(HandledItem[] generated)
    {
        var accumulator = new AnnualReportAccumulator(AsOf, Sensitive);
        accumulator.AddRange(generated.DistinctBy(i => i.Submission.Id));
        var report = accumulator.ToReport();
        var tally = accumulator.ToTally("某市");
        var all = tally.Suggestions.Merge(tally.Proposals);

        bool Holds(ReportFinding f)
        {
            var unit = f.Unit is { } name && tally.Units.TryGetValue(name, out var counts) ? counts : null;
            return f.Kind switch
            {
                FindingKind.LateOrOverdueReplies => unit is not null
                    && f.Late == unit.Tally.Late && f.Overdue == unit.Tally.Overdue && f.Late + f.Overdue > 0
                    && f.ItemCount == unit.LateOrOverdue
                    && f.Rate == Proportion.Empty && f.Average == Proportion.Empty,
                FindingKind.LowSolveRate => unit is not null
                    && f.Rate.Numerator == unit.Tally.Results.SolvedOrPlanned(ClassificationScheme.Default) && f.Rate.Denominator == unit.Tally.WithResult
                    && f.Average.Numerator == all.Results.SolvedOrPlanned(ClassificationScheme.Default) && f.Average.Denominator == all.WithResult
                    && f.Average.Percent - f.Rate.Percent >= Sensitive.BelowAverageMargin
                    && f.ItemCount == unit.Unsolved && f.Late == 0 && f.Overdue == 0,
                FindingKind.LowSatisfaction => unit is not null
                    && f.Rate.Percent == report.ByUnit.Single(u => u.Unit == f.Unit).SatisfiedOrBasicallyRate
                    && f.Average.Percent == report.Satisfaction.SatisfiedOrBasicallyRate
                    && f.Average.Percent - f.Rate.Percent >= Sensitive.BelowAverageMargin
                    && f.ItemCount == unit.Unsatisfied && f.Late == 0 && f.Overdue == 0,
                FindingKind.NoCommunicationBeforeReply => f.Unit is null && f.ItemCount == tally.Silent,
                FindingKind.FollowUpOverdue => f.Unit is null && f.ItemCount == tally.FollowUps,
                FindingKind.UnreturnedForms => f.Unit is null && f.ItemCount == tally.Unreturned,
                FindingKind.LateReturnRequests => f.Unit is { } u && f.ItemCount == tally.LateReturns[u],
                _ => false,
            };
        }

        var lateUnits = tally.Units.Where(kv => kv.Value.Tally.Late + kv.Value.Tally.Overdue > 0).Select(kv => kv.Key).Order(StringComparer.Ordinal);
        return report.Findings.All(Holds)
            && report.Findings.Where(f => f.Kind == FindingKind.LateOrOverdueReplies).Select(f => f.Unit!).Order(StringComparer.Ordinal).SequenceEqual(lateUnits)
            && report.Findings.Count(f => f.Kind == FindingKind.NoCommunicationBeforeReply) == (tally.Silent > 0 ? 1 : 0)
            && report.Findings.Count(f => f.Kind == FindingKind.UnreturnedForms) == (tally.Unreturned > 0 ? 1 : 0);
    }

    [Fact]
    public void FindingText_OfHandMadeFindings_IsTheSentence()
    {
        EquatableArray<ItemId> ids = [new ItemId("J-1"), new ItemId("J-2")];
        Assert.Equal(
            "市医保局逾期答复3件",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.LateOrOverdueReplies, "市医保局", ids) { Late = 3, OmittedItems = 1 }));
        Assert.Equal(
            "市民政局逾期未答复2件",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.LateOrOverdueReplies, "市民政局", ids) { Overdue = 2 }));
        Assert.Equal(
            "市财政局逾期答复2件、逾期未答复1件",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.LateOrOverdueReplies, "市财政局", ids) { Late = 2, Overdue = 1, OmittedItems = 1 }));
        Assert.Equal(
            "市公安局解决和列入计划解决的比例为71.4%，明显低于平均水平91.0%",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.LowSolveRate, "市公安局", ids) { Rate = new Proportion(5, 7), Average = new Proportion(91, 100) }));
        Assert.Equal(
            "市交通运输局满意和基本满意率为55.6%，明显低于平均水平96.9%",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.LowSatisfaction, "市交通运输局", ids) { Rate = new Proportion(5, 9), Average = new Proportion(31, 32) }));
        Assert.Equal(
            "有22件建议提案在答复前未与代表委员沟通",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.NoCommunicationBeforeReply, null, ids) { OmittedItems = 20 }));
        Assert.Equal(
            "有2件列入计划解决的建议提案已过承诺完成时间，尚未开展“回头看”",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.FollowUpOverdue, null, ids)));
        Assert.Equal(
            "有18件已答复的建议提案尚未收回代表委员满意度征询表",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.UnreturnedForms, null, []) { OmittedItems = 18 }));
        Assert.Equal(
            "市教育局超过退回期限申请退回2件",
            ChineseSummaryRenderer.FindingText(new ReportFinding(FindingKind.LateReturnRequests, "市教育局", ids)));
    }

    [Fact]
    public void FindingHeading_OfEachKind_IsItsHeading()
    {
        Assert.Equal("办理进度不够均衡", ChineseSummaryRenderer.FindingHeading(FindingKind.LateOrOverdueReplies));
        Assert.Equal("办理实效有待提高", ChineseSummaryRenderer.FindingHeading(FindingKind.LowSolveRate));
        Assert.Equal("代表委员满意度有待提升", ChineseSummaryRenderer.FindingHeading(FindingKind.LowSatisfaction));
        Assert.Equal("沟通联络不够深入", ChineseSummaryRenderer.FindingHeading(FindingKind.NoCommunicationBeforeReply));
        Assert.Equal("跟踪督办和“回头看”机制落实不够到位", ChineseSummaryRenderer.FindingHeading(FindingKind.FollowUpOverdue));
        Assert.Equal("办后反馈不够及时", ChineseSummaryRenderer.FindingHeading(FindingKind.UnreturnedForms));
        Assert.Equal("交办退回不够及时", ChineseSummaryRenderer.FindingHeading(FindingKind.LateReturnRequests));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseSummaryRenderer.FindingHeading((FindingKind)99));
    }

    [Fact]
    public void ReportFinding_NegativeFigure_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFinding(FindingKind.LateOrOverdueReplies, "市医保局", []) { Late = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFinding(FindingKind.LateOrOverdueReplies, "市医保局", []) { Overdue = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFinding(FindingKind.UnreturnedForms, null, []) { OmittedItems = -1 });
    }

    [Fact]
    public void Report_CategoryLabels_AreTheSchemesNames()
    {
        var report = AnnualReportBuilder.Build([], [], AsOf);
        Assert.Equal(ReportSamples.Labels, report.CategoryLabels);
        Assert.Equal("正在解决或列入计划逐步解决", report.LabelOf("B"));
        Assert.Null(report.LabelOf("D"));

        var withReference = AnnualReportBuilder.Build([], [], AsOf, new AnnualReportOptions { Scheme = ClassificationScheme.WithReference });
        Assert.Equal([.. ReportSamples.Labels, new CategoryLabel("D", "留作参考")], withReference.CategoryLabels.AsImmutableArray());

        var jiaYiBing = AnnualReportBuilder.Build([], [], AsOf, new AnnualReportOptions { Scheme = ClassificationScheme.JiaYiBing });
        Assert.Equal(["甲", "乙", "丙"], jiaYiBing.CategoryLabels.Select(l => l.Code));
        Assert.Equal("因条件限制暂时无法解决", jiaYiBing.LabelOf("丙"));
    }

    [Fact]
    public void MergedReport_CategoryLabels_AreTheSchemesNames()
    {
        var options = new AnnualReportOptions { Scheme = ClassificationScheme.WithReference };
        var accumulator = new AnnualReportAccumulator(AsOf, options);
        var merged = ReportTallies.Merge([accumulator.ToTally("甲市")], options);
        Assert.Equal([.. ReportSamples.Labels, new CategoryLabel("D", "留作参考")], merged.CategoryLabels.AsImmutableArray());
    }

    [Fact]
    public void Renderers_NameCategoriesByTheReportsLabels()
    {
        // Labels of the report's own, not of any scheme: the renderers take no scheme.
        var report = ReportSamples.Figures() with
        {
            CategoryLabels = [new CategoryLabel("A", "办结"), new CategoryLabel("B", "办理中")],
        };

        var text = ChineseSummaryRenderer.Render(report);
        Assert.Contains("办结的（A类）120件，占61.5%；办理中的（B类）60件，占30.8%；（C类）15件，占7.7%。", text, StringComparison.Ordinal);

        var markdown = MarkdownReportRenderer.Render(report);
        Assert.Contains("| A | 办结 | 0 | 0 | 120 | 61.5% |\n| B | 办理中 | 0 | 0 | 60 | 30.8% |\n| C |  | 0 | 0 | 15 | 7.7% |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Findings_AreWrittenFromTheirFigures()
    {
        var report = ReportSamples.Figures() with
        {
            Findings =
            [
                new ReportFinding(FindingKind.LowSolveRate, "市公安局", [new ItemId("J-3")]) { Rate = new Proportion(5, 7), Average = new Proportion(91, 100), OmittedItems = 1 },
                new ReportFinding(FindingKind.NoCommunicationBeforeReply, null, []) { OmittedItems = 22 },
            ],
        };

        var markdown = MarkdownReportRenderer.Render(report);
        Assert.EndsWith(
            "## 存在问题\n\n- **办理实效有待提高**：市公安局解决和列入计划解决的比例为71.4%，明显低于平均水平91.0%（J-3，另有1件未列出）\n"
            + "- **沟通联络不够深入**：有22件建议提案在答复前未与代表委员沟通（22件，汇总数据不含编号）\n",
            markdown,
            StringComparison.Ordinal);
    }
}
