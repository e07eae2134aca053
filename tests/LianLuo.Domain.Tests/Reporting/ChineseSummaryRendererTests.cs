using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;

namespace LianLuo.Domain.Tests.Reporting;

public class ChineseSummaryRendererTests
{
    [Fact]
    public void Render_Figures_FillsEveryFigureOfTheSeedShape()
    {
        var text = ChineseSummaryRenderer.Render(ReportSamples.Figures());
        Assert.StartsWith("2025年度人大政协联络工作总结", text, StringComparison.Ordinal);
        Assert.Contains("共提出建议120件、提案80件，共计200件", text, StringComparison.Ordinal);
        Assert.Contains("已经解决或基本解决的（A类）120件，占61.5%", text, StringComparison.Ordinal);
        Assert.Contains("（C类）15件，占7.7%", text, StringComparison.Ordinal);
        Assert.Contains("按期办复率96.0%", text, StringComparison.Ordinal); // 190 ÷ (195 + 3)
        Assert.Contains("满意率和基本满意率达到98.4%", text, StringComparison.Ordinal);
        Assert.Contains("承办人大代表议案3件，交由5个部门具体办理", text, StringComparison.Ordinal);
        Assert.Contains("议案办理推进会3次", text, StringComparison.Ordinal);
        Assert.Contains("专题协商2次、对口协商11次、界别协商9次、提案办理协商14次", text, StringComparison.Ordinal);
        Assert.Contains("参加政协协商活动46人次", text, StringComparison.Ordinal);
        Assert.Contains("通报经济社会发展情况4次", text, StringComparison.Ordinal);
        Assert.Contains("列席市政府常务会议36人次", text, StringComparison.Ordinal);
        Assert.Contains("座谈会、论证会128人次", text, StringComparison.Ordinal);
        Assert.Contains("专题研究建议提案办理工作2次", text, StringComparison.Ordinal);
        Assert.Contains("逐一分解落实到27个承办单位", text, StringComparison.Ordinal);
        Assert.Contains("督办重点建议提案12件", text, StringComparison.Ordinal);
        Assert.Contains("面对面沟通310人次，电话邮件沟通420人次，走访代表委员95人次", text, StringComparison.Ordinal);
        Assert.Contains("2026年1月15日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xx", text, StringComparison.Ordinal);
        Assert.DoesNotContain("全部按期办结", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AllOnTime_SaysAllClosedOnTime()
    {
        var report = ReportSamples.Figures() with { Timeliness = new TimelinessFigures(200, 200, 0, 0, 0, 100m) };
        var text = ChineseSummaryRenderer.Render(report);
        Assert.Contains("共计200件，全部按期办结。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyYear_ReadsNaturallyWithoutZeroCounts()
    {
        var text = ChineseSummaryRenderer.Render(ReportSamples.Empty());
        Assert.Contains("全年未收到市人大代表建议和市政协委员提案。", text, StringComparison.Ordinal);
        Assert.Contains("全年未承办市人民代表大会确定的代表议案。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0件", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0次", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0人次", text, StringComparison.Ordinal);
        Assert.DoesNotContain("—", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Findings_AreNumberedUnderProblems()
    {
        var report = ReportSamples.Figures() with
        {
            Findings =
            [
                new ReportFinding(FindingKind.LateOrOverdueReplies, "市交通运输局", "市交通运输局逾期答复2件", [new ItemId("J-1"), new ItemId("J-2")]),
                new ReportFinding(FindingKind.UnreturnedForms, null, "有2件建议提案的满意度征询表尚未返回", [new ItemId("T-9")]),
            ],
        };
        var text = ChineseSummaryRenderer.Render(report);
        Assert.Contains("三、存在问题\n\n（一）办理进度不够均衡。市交通运输局逾期答复2件。\n\n（二）办后反馈不够及时。有2件建议提案的满意度征询表尚未返回。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(35, "三十五")]
    public void ChineseOrdinal_Numbers_AreWrittenInChinese(int n, string expected) =>
        Assert.Equal(expected, ChineseSummaryRenderer.ChineseOrdinal(n));
}
