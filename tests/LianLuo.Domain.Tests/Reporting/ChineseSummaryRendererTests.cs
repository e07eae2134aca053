using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Reporting.Text;

namespace LianLuo.Domain.Tests.Reporting;

public class ChineseSummaryRendererTests
{
    // The README's glossary: one term per timeliness concept. The report's renderers use none of the terms it replaced.
    [Fact]
    public void Renderers_UseTheGlossaryTerms_NotTheOldOnes()
    {
        string[] old = ["已超期", "严重超期", "超期答复", "超期未答复", "按时答复", "按期办复", "超过办理时限", "办理时限内", "期限内未答复", "按期重办"];
        var report = ReportSamples.Figures();

        foreach (var text in new[] { ChineseSummaryRenderer.Render(report), MarkdownReportRenderer.Render(report) })
        {
            Assert.DoesNotContain(old, o => text.Contains(o, StringComparison.Ordinal));
            Assert.Contains("按期答复率", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Figures_FillsEveryFigureOfTheSeedShape()
    {
        var text = ChineseSummaryRenderer.Render(ReportSamples.Figures());
        Assert.StartsWith("2025年度人大政协联络工作总结", text, StringComparison.Ordinal);
        Assert.Contains("共提出建议120件、提案80件，共计200件", text, StringComparison.Ordinal);
        Assert.Contains("已经解决或基本解决的（A类）120件，占61.5%", text, StringComparison.Ordinal);
        Assert.Contains("（C类）15件，占7.7%", text, StringComparison.Ordinal);
        Assert.Contains("按期答复率96.0%", text, StringComparison.Ordinal); // 190 ÷ (195 + 3)
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
                new ReportFinding(FindingKind.LateOrOverdueReplies, "市交通运输局", [new ItemId("J-1"), new ItemId("J-2")]) { Late = 2 },
                new ReportFinding(FindingKind.UnreturnedForms, null, [new ItemId("T-9")]) { OmittedItems = 1 },
            ],
        };
        var text = ChineseSummaryRenderer.Render(report);
        Assert.Contains("三、存在问题\n\n（一）办理进度不够均衡。市交通运输局逾期答复2件。\n\n（二）办后反馈不够及时。有2件已答复的建议提案尚未收回代表委员满意度征询表。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DistrictIssuer_SpeaksOfTheDistrictThroughout()
    {
        var text = ChineseSummaryRenderer.Render(ReportSamples.Figures(), issuer: "区政府");

        Assert.StartsWith("2025年度人大政协联络工作总结\n\n2025年，区政府认真贯彻落实中央和省、市、区关于人大政协工作的决策部署，", text, StringComparison.Ordinal);
        Assert.Contains("（一）建议提案办理质量不断提高。区人大代表、区政协委员全年共提出建议120件、提案80件，共计200件", text, StringComparison.Ordinal);
        Assert.Contains("认真办理区人民代表大会确定的议案，自觉接受人大监督。", text, StringComparison.Ordinal);
        Assert.Contains("全年配合区政协开展专题协商2次、", text, StringComparison.Ordinal);
        Assert.Contains("区政府领导参加政协协商活动46人次。", text, StringComparison.Ordinal);
        Assert.Contains("邀请代表列席区政府常务会议36人次", text, StringComparison.Ordinal);
        Assert.Contains("（一）强化组织领导。将建议提案办理纳入区政府重要议事日程，召开区政府全体会议、常务会议专题研究建议提案办理工作2次。", text, StringComparison.Ordinal);
        Assert.Contains("全年区政府领导督办重点建议提案12件。", text, StringComparison.Ordinal);
        Assert.EndsWith("推动解决一批代表委员关注、群众反映强烈的问题。\n\n区政府\n2026年1月15日\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("市", text.Replace("中央和省、市、区", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("市政府", "市", "中央和省、市")]
    [InlineData("区政府", "区", "中央和省、市、区")]
    [InlineData("县人民政府", "县", "中央和省、市、县")]
    [InlineData("省政府", "省", "中央和省")]
    public void Render_Issuer_DecidesTheWordsOfItsLevel(string issuer, string level, string decisionMakers)
    {
        var text = ChineseSummaryRenderer.Render(ReportSamples.Figures(), issuer: issuer);
        var empty = ChineseSummaryRenderer.Render(ReportSamples.Empty(), issuer: issuer);

        Assert.Contains($"2025年，{issuer}认真贯彻落实{decisionMakers}关于人大政协工作的决策部署", text, StringComparison.Ordinal);
        Assert.Contains($"。{level}人大代表、{level}政协委员全年共提出建议120件", text, StringComparison.Ordinal);
        Assert.Contains($"认真办理{level}人民代表大会确定的议案", text, StringComparison.Ordinal);
        Assert.Contains($"全年配合{level}政协开展专题协商", text, StringComparison.Ordinal);
        Assert.Contains($"。{level}政府领导参加政协协商活动46人次。", text, StringComparison.Ordinal);
        Assert.Contains($"列席{level}政府常务会议36人次", text, StringComparison.Ordinal);
        Assert.Contains($"全年{level}政府领导督办重点建议提案12件。", text, StringComparison.Ordinal);
        Assert.EndsWith($"\n\n{issuer}\n2026年1月15日\n", text, StringComparison.Ordinal);
        Assert.Contains($"全年未收到{level}人大代表建议和{level}政协委员提案。", empty, StringComparison.Ordinal);
        Assert.Contains($"全年未承办{level}人民代表大会确定的代表议案。", empty, StringComparison.Ordinal);
        Assert.Contains($"全年未配合{level}政协开展专题协商、对口协商、界别协商或提案办理协商。", empty, StringComparison.Ordinal);
        Assert.Contains($"全年未确定由{level}政府领导督办的重点建议提案。", empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CountyIssuer_NoCityWordLeaks()
    {
        var text = ChineseSummaryRenderer.Render(ReportSamples.Figures(), issuer: "县人民政府");

        foreach (var cityWord in new[] { "市人大", "市政协", "市人民代表大会", "市政府", "市、县关于" })
        {
            Assert.Equal(cityWord == "市、县关于" ? 1 : 0, text.Split(cityWord).Length - 1);
        }
    }

    [Fact]
    public void Render_UnrecognisedIssuer_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChineseSummaryRenderer.Render(ReportSamples.Figures(), issuer: "教育局"));

        Assert.Contains("(value: 教育局)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(35, "三十五")]
    [InlineData(99, "九十九")]
    [InlineData(100, "100")]
    public void ChineseOrdinal_Numbers_AreWrittenInChinese(int n, string expected) =>
        Assert.Equal(expected, ReportFormat.ChineseOrdinal(n));
}
