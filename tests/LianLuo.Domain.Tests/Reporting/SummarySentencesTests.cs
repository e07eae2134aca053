using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Reporting;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// The annual summary says exactly these sentences with these figures: for small reports whose figures are set (and
/// their rates counted) by hand, the whole document in the shape of the seed's 年度人大政协联络工作总结 — 一、基本情况
/// (一)-(四), 二、主要做法 (一)-(四), 三、存在问题 from the findings grouped by kind, 四、下一步工作打算, the issuer and the
/// date, then the cities' figures of a merged report — with the sentence each branch chooses: a count of 0 is said in
/// words ("全年未…", "尚未答复", "目前尚无办理结果"), a rate that has no denominator is left out or written "—", and the
/// issuer's level names the bodies (市人大代表, 区政府领导, 县人民代表大会).
/// </summary>
public sealed class SummarySentencesTests
{
    private const string Plans =
        "四、下一步工作打算\n\n" +
        "（一）提升办理质量。把解决问题作为办理工作的核心目标，加强对承办单位的督促指导，完善考核评价体系。\n\n" +
        "（二）加强沟通联络。坚持办前沟通、办中协商、办后反馈，丰富沟通形式，主动听取代表委员意见。\n\n" +
        "（三）健全长效机制。完善交办、督办、考核、通报等工作机制，落实“回头看”制度，跟踪问效、持续改进。\n\n" +
        "（四）强化重点办理。加大重点建议提案办理力度，推动解决一批代表委员关注、群众反映强烈的问题。\n\n";

    private const string NoProblems = "三、存在问题\n\n经逐件核对，本年度未发现逾期答复、满意度明显偏低、承诺事项跟踪滞后等突出问题，但办理质量和实效仍有提升空间。\n\n";

    private static string Opening(int year, string issuer, string decisionMakers) =>
        $"{year}年度人大政协联络工作总结\n\n" +
        $"{year}年，{issuer}认真贯彻落实{decisionMakers}关于人大政协工作的决策部署，自觉接受人大监督，积极支持政协履职，" +
        "不断加强和改进人大代表建议和政协委员提案办理工作，联络工作取得新成效。现将全年工作总结如下：\n\n";

    private static EquatableArray<CategoryFigure> NoResults => [new("A", 0, null), new("B", 0, null), new("C", 0, null)];

    // ReportSamples.Figures (120 建议, 80 提案; 190 on time, 5 late, 3 overdue, 2 pending: 190 ÷ 198 = 96.0 %; A 120, B 60,
    // C 15 of 195: 61.5, 30.8, 7.7; satisfied 150 and basically 40 of 193: 77.7 % and 98.4 %), with findings of three
    // kinds and the figures of two cities.
    [Fact]
    public void AYearWithFindingsAndCities_IsWrittenSentenceBySentence()
    {
        var report = ReportSamples.Figures() with
        {
            Findings =
            [
                new ReportFinding(FindingKind.LateOrOverdueReplies, "市交通运输局", [new ItemId("J-1"), new ItemId("J-2")]) { Late = 2 },
                new ReportFinding(FindingKind.LateOrOverdueReplies, "市医保局", [new ItemId("J-7"), new ItemId("J-8"), new ItemId("J-9")]) { Late = 1, Overdue = 2 },
                new ReportFinding(FindingKind.UnreturnedForms, null, [new ItemId("T-9")]) { OmittedItems = 1 },
                new ReportFinding(FindingKind.LowSolveRate, "市住房城乡建设局", []) { Rate = new Proportion(1, 4), Average = new Proportion(3, 4) },
            ],
            ByCity =
            [
                new CityFigures("甲市", 70, 50, 2, 115, 112, 3, 2, 96.6m, 92.1m, 98.3m),
                new CityFigures("乙市", 50, 30, 1, 0, 0, 0, 0, null, null, null),
            ],
        };

        var expected =
            Opening(2025, "市政府", "中央和省、市") +
            "一、基本情况\n\n" +
            "（一）建议提案办理质量不断提高。市人大代表、市政协委员全年共提出建议120件、提案80件，共计200件，已答复195件，其中按期答复190件、逾期答复5件；" +
            "逾期未答复3件；未到期2件，按期答复率96.0%。办理结果为已经解决或基本解决的（A类）120件，占61.5%；正在解决或列入计划逐步解决的（B类）60件，占30.8%；" +
            "因条件限制暂时无法解决的（C类）15件，占7.7%。代表委员满意率和基本满意率达到98.4%，其中满意率77.7%。\n\n" +
            "（二）议案办理工作扎实推进。认真办理市人民代表大会确定的议案，自觉接受人大监督。全年承办人大代表议案3件，交由5个部门具体办理。" +
            "组织召开议案办理推进会3次，协调解决重点难点问题。\n\n" +
            "（三）协商民主广泛开展。全年配合市政协开展专题协商2次、对口协商11次、界别协商9次、提案办理协商14次。市政府领导参加政协协商活动46人次。通报经济社会发展情况4次。\n\n" +
            "（四）联络工作机制持续完善。密切与人大代表的联系，支持代表参与重大决策、重大项目监督。邀请代表列席市政府常务会议36人次，代表委员参加各类座谈会、论证会128人次。\n\n" +
            "二、主要做法\n\n" +
            "（一）强化组织领导。将建议提案办理纳入市政府重要议事日程，召开市政府全体会议、常务会议专题研究建议提案办理工作2次。\n\n" +
            "（二）规范办理程序。将200件建议提案逐一分解落实到27个承办单位，明确责任领导和具体责任人。按期答复率96.0%，逾期答复5件、逾期未答复3件。" +
            "建立办理工作台账，实行销号管理，定期通报办理进度。\n\n" +
            "（三）突出办理实效。坚持把解决问题作为办理工作的出发点和落脚点。全年市政府领导督办重点建议提案12件。对代表委员不满意的3件建议提案重新办理，其中2件在规定时限内重新答复。\n\n" +
            "（四）加强沟通协商。坚持办前沟通、办中协商、办后反馈。全年与代表委员面对面沟通310人次，电话邮件沟通420人次，走访代表委员95人次。\n\n" +
            "三、存在问题\n\n" +
            "（一）办理进度不够均衡。部分承办单位：市交通运输局逾期答复2件；市医保局逾期答复1件、逾期未答复2件。\n\n" +
            "（二）办理实效有待提高。市住房城乡建设局解决和列入计划解决的比例为25.0%，明显低于平均水平75.0%。\n\n" +
            "（三）办后反馈不够及时。有2件已答复的建议提案尚未收回代表委员满意度征询表。\n\n" +
            Plans +
            "市政府\n2026年1月15日\n" +
            "\n附：各地建议提案办理情况\n\n" +
            "甲市：建议70件、提案50件，已答复115件，按期答复率96.6%，解决和列入计划解决的比例92.1%，满意和基本满意率98.3%。\n" +
            "乙市：建议50件、提案30件，已答复0件，按期答复率—，解决和列入计划解决的比例—，满意和基本满意率—。\n";

        Assert.Equal(expected, ChineseSummaryRenderer.Render(report));
    }

    // Early in a year, in a district: 3 建议 and 1 提案, none replied, 1 overdue and 3 not yet due (on-time rate 0 ÷ 1 =
    // 0.0 %), no result, no form back, no 议案, one 专题协商 without a leader, no briefing, no 常务会议 attended but 5
    // person-times at symposiums, no meeting, nothing supervised or re-handled, 2 phone contacts.
    [Fact]
    public void EarlyInTheYear_ZeroCountsAreSaidInWords()
    {
        var report = new AnnualReport
        {
            AsOf = new LocalDate(2026, 4, 1),
            Year = 2026,
            Suggestions = 3,
            Proposals = 1,
            Motions = 0,
            Units = 2,
            MotionUnits = 0,
            Timeliness = new TimelinessFigures(0, 0, 0, 1, 3, 0.0m),
            Results = NoResults,
            Satisfaction = new SatisfactionFigures(0, 0, 0, 0, null, null),
            Rehandling = new RehandlingFigures(0, 0),
            KeySupervised = 0,
            Communication = new CommunicationFigures(0, 2, 0),
            Activities = new ActivityFigures(1, 0, 0, 0, 0, 0, 0, 5, 0, 0),
        };

        var expected =
            Opening(2026, "区政府", "中央和省、市、区") +
            "一、基本情况\n\n" +
            "（一）建议提案办理质量不断提高。区人大代表、区政协委员全年共提出建议3件、提案1件，共计4件，尚未答复；逾期未答复1件；未到期3件，按期答复率0.0%。目前尚无办理结果。\n\n" +
            "（二）议案办理工作扎实推进。全年未承办区人民代表大会确定的代表议案。\n\n" +
            "（三）协商民主广泛开展。全年配合区政协开展专题协商1次。区政府领导未参加政协协商活动。全年未开展政情通报。\n\n" +
            "（四）联络工作机制持续完善。密切与人大代表的联系，支持代表参与重大决策、重大项目监督。全年未邀请代表列席区政府常务会议，代表委员参加各类座谈会、论证会5人次。\n\n" +
            "二、主要做法\n\n" +
            "（一）强化组织领导。将建议提案办理纳入区政府重要议事日程，全年未召开专题研究建议提案办理工作的会议。\n\n" +
            "（二）规范办理程序。将4件建议提案逐一分解落实到2个承办单位，明确责任领导和具体责任人。按期答复率0.0%，逾期答复0件、逾期未答复1件。" +
            "建立办理工作台账，实行销号管理，定期通报办理进度。\n\n" +
            "（三）突出办理实效。坚持把解决问题作为办理工作的出发点和落脚点。全年未确定由区政府领导督办的重点建议提案。\n\n" +
            "（四）加强沟通协商。坚持办前沟通、办中协商、办后反馈。全年电话邮件沟通2人次。\n\n" +
            NoProblems +
            Plans +
            "区政府\n2026年4月1日\n";

        Assert.Equal(expected, ChineseSummaryRenderer.Render(report, "区政府"));
    }

    // A county, before the year's end: 2 建议 and 2 提案, 3 replied on time and 1 not yet due (3 ÷ 3 = 100.0 %); results A 2
    // and D 1 (a code without a label) of 3: 66.7 and 33.3; no form back yet; 2 议案 with 2 units and no progress meeting;
    // no consultation but 2 briefings; 3 person-times at 常务会议, none at symposiums; one study meeting; one item
    // supervised; 4 face-to-face and 1 visit. No year is set, so the summary is of the as-of date's year.
    [Fact]
    public void ACountyBeforeTheYearsEnd_NamesItsOwnBodies_AndEachFindingAlone()
    {
        var report = new AnnualReport
        {
            AsOf = new LocalDate(2025, 9, 30),
            Suggestions = 2,
            Proposals = 2,
            Motions = 2,
            Units = 3,
            MotionUnits = 2,
            Timeliness = new TimelinessFigures(3, 3, 0, 0, 1, 100.0m),
            Results = [new("A", 2, 66.7m), new("B", 0, 0.0m), new("C", 0, 0.0m), new("D", 1, 33.3m)],
            Satisfaction = new SatisfactionFigures(0, 0, 0, 3, null, null),
            Rehandling = new RehandlingFigures(0, 0),
            KeySupervised = 1,
            Communication = new CommunicationFigures(4, 0, 1),
            Activities = new ActivityFigures(0, 0, 0, 0, 0, 2, 3, 0, 0, 1),
            CategoryLabels = ReportSamples.Labels,
            Findings =
            [
                new ReportFinding(FindingKind.FollowUpOverdue, null, [new ItemId("J-4"), new ItemId("J-5")]),
                new ReportFinding(FindingKind.NoCommunicationBeforeReply, null, [new ItemId("J-3")]),
            ],
        };

        var expected =
            Opening(2025, "县人民政府", "中央和省、市、县") +
            "一、基本情况\n\n" +
            "（一）建议提案办理质量不断提高。县人大代表、县政协委员全年共提出建议2件、提案2件，共计4件，已答复3件，其中按期答复3件；未到期1件，按期答复率100.0%。" +
            "办理结果为已经解决或基本解决的（A类）2件，占66.7%；（D类）1件，占33.3%。代表委员满意度征询表尚未返回。\n\n" +
            "（二）议案办理工作扎实推进。认真办理县人民代表大会确定的议案，自觉接受人大监督。全年承办人大代表议案2件，交由2个部门具体办理。全年未召开议案办理推进会。\n\n" +
            "（三）协商民主广泛开展。全年未配合县政协开展专题协商、对口协商、界别协商或提案办理协商。通报经济社会发展情况2次。\n\n" +
            "（四）联络工作机制持续完善。密切与人大代表的联系，支持代表参与重大决策、重大项目监督。邀请代表列席县政府常务会议3人次，未组织代表委员参加座谈会、论证会。\n\n" +
            "二、主要做法\n\n" +
            "（一）强化组织领导。将建议提案办理纳入县政府重要议事日程，召开县政府全体会议、常务会议专题研究建议提案办理工作1次。\n\n" +
            "（二）规范办理程序。将4件建议提案逐一分解落实到3个承办单位，明确责任领导和具体责任人。已答复的建议提案均在规定时间内答复。建立办理工作台账，实行销号管理，定期通报办理进度。\n\n" +
            "（三）突出办理实效。坚持把解决问题作为办理工作的出发点和落脚点。全年县政府领导督办重点建议提案1件。\n\n" +
            "（四）加强沟通协商。坚持办前沟通、办中协商、办后反馈。全年与代表委员面对面沟通4人次，走访代表委员1人次。\n\n" +
            "三、存在问题\n\n" +
            "（一）沟通联络不够深入。有1件建议提案在答复前未与代表委员沟通。\n\n" +
            "（二）跟踪督办和“回头看”机制落实不够到位。有2件列入计划解决的建议提案已过承诺完成时间，尚未开展“回头看”。\n\n" +
            Plans +
            "县人民政府\n2025年9月30日\n";

        Assert.Equal(expected, ChineseSummaryRenderer.Render(report, "县人民政府"));
    }

    [Fact]
    public void AnEmptyYear_IsWrittenWithoutAFigure()
    {
        var expected =
            Opening(2025, "市政府", "中央和省、市") +
            "一、基本情况\n\n" +
            "（一）建议提案办理质量不断提高。全年未收到市人大代表建议和市政协委员提案。\n\n" +
            "（二）议案办理工作扎实推进。全年未承办市人民代表大会确定的代表议案。\n\n" +
            "（三）协商民主广泛开展。全年未配合市政协开展专题协商、对口协商、界别协商或提案办理协商。全年未开展政情通报。\n\n" +
            "（四）联络工作机制持续完善。密切与人大代表的联系，支持代表参与重大决策、重大项目监督。全年未邀请代表列席市政府常务会议，未组织代表委员参加座谈会、论证会。\n\n" +
            "二、主要做法\n\n" +
            "（一）强化组织领导。将建议提案办理纳入市政府重要议事日程，全年未召开专题研究建议提案办理工作的会议。\n\n" +
            "（二）规范办理程序。完善建议提案办理工作规程，建立办理工作台账，实行销号管理。\n\n" +
            "（三）突出办理实效。坚持把解决问题作为办理工作的出发点和落脚点。全年未确定由市政府领导督办的重点建议提案。\n\n" +
            "（四）加强沟通协商。坚持办前沟通、办中协商、办后反馈。全年办理台账未记录与代表委员的沟通。\n\n" +
            NoProblems +
            Plans +
            "市政府\n2026年1月15日\n";

        Assert.Equal(expected, ChineseSummaryRenderer.Render(ReportSamples.Empty()));
    }

    [Fact]
    public void EveryItemOnTime_IsSaidOnceAsClosedOnTime_AndTheSummaryYearWins()
    {
        var report = ReportSamples.Figures() with { Timeliness = new TimelinessFigures(200, 200, 0, 0, 0, 100.0m), SummaryYear = 2024 };
        var text = ChineseSummaryRenderer.Render(report);
        Assert.StartsWith("2024年度人大政协联络工作总结\n\n2024年，市政府", text, StringComparison.Ordinal);
        Assert.Contains("共计200件，全部按期办结。办理结果为", text, StringComparison.Ordinal);
        Assert.Contains("明确责任领导和具体责任人。所有建议提案均在规定时间内办结。建立办理工作台账", text, StringComparison.Ordinal);
    }

    // Every reply on time, 2 items overdue, none pending: not "全部按期办结", and no "未到期" clause (3 ÷ 5 = 60.0 %).
    [Fact]
    public void OverdueButNothingPending_IsSaidAsSuch()
    {
        var report = ReportSamples.Figures() with { Suggestions = 3, Proposals = 2, Timeliness = new TimelinessFigures(3, 3, 0, 2, 0, 60.0m) };
        var text = ChineseSummaryRenderer.Render(report);
        Assert.Contains("共计5件，已答复3件，其中按期答复3件；逾期未答复2件，按期答复率60.0%。办理结果为", text, StringComparison.Ordinal);
        Assert.Contains("明确责任领导和具体责任人。按期答复率60.0%，逾期答复0件、逾期未答复2件。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_TitleIsOfTheSummaryYear()
    {
        Assert.StartsWith("# 2024年度人大政协联络工作报告\n\n", MarkdownReportRenderer.Render(ReportSamples.Empty() with { SummaryYear = 2024 }), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RefusesANullReportAndABlankIssuer()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ChineseSummaryRenderer.Render(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => MarkdownReportRenderer.Render(null!)).ParamName);
        Assert.Equal("issuer", Assert.Throws<ArgumentNullException>(() => ChineseSummaryRenderer.Render(ReportSamples.Empty(), null!)).ParamName);
        var blank = Assert.Throws<ArgumentException>(() => ChineseSummaryRenderer.Render(ReportSamples.Empty(), " "));
        Assert.StartsWith("issuer must not be empty or white space", blank.Message, StringComparison.Ordinal);
    }

    // Five items (3 建议, 2 提案): 4 replied, 3 on time, 1 late, 1 overdue (3 ÷ 5 = 60.0 %); A 2 (建议 2), B 1 (提案 1),
    // C 1 (建议 1) of 4: 50.0, 25.0, 25.0. One unit's name holds a "|", which the table escapes.
    [Fact]
    public void Markdown_IsTheFiguresTheTablesAndTheFindings()
    {
        var report = new AnnualReport
        {
            AsOf = new LocalDate(2026, 1, 15),
            Year = 2025,
            Suggestions = 3,
            Proposals = 2,
            Motions = 1,
            Units = 2,
            MotionUnits = 1,
            Timeliness = new TimelinessFigures(4, 3, 1, 1, 0, 60.0m),
            Results = [new("A", 2, 50.0m), new("B", 1, 25.0m), new("C", 1, 25.0m)],
            Satisfaction = new SatisfactionFigures(2, 1, 1, 0, 50.0m, 75.0m),
            Rehandling = new RehandlingFigures(1, 1),
            KeySupervised = 1,
            Communication = new CommunicationFigures(5, 3, 2),
            Activities = new ActivityFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            CategoryLabels = ReportSamples.Labels,
            ByKind =
            [
                new KindFigures(SubmissionKind.Suggestion, 3, [new("A", 2, 66.7m), new("B", 0, 0.0m), new("C", 1, 33.3m)]),
                new KindFigures(SubmissionKind.Proposal, 2, [new("B", 1, 100.0m)]),
            ],
            ByUnit =
            [
                new UnitFigures("市教育局", 3, 3, 2, 1, 0, [new("A", 2, 66.7m), new("B", 1, 33.3m)], 66.7m, 100.0m),
                new UnitFigures("市卫生健康委|疾控", 2, 1, 1, 0, 1, [new("C", 1, 100.0m)], null, 0.0m),
            ],
            ByCity = [new CityFigures("甲市", 3, 2, 1, 4, 3, 1, 1, 60.0m, 75.0m, null)],
            Findings =
            [
                new ReportFinding(FindingKind.LateOrOverdueReplies, "市教育局", [new ItemId("J-1")]) { Late = 1 },
                new ReportFinding(FindingKind.UnreturnedForms, null, [new ItemId("J-2"), new ItemId("J-3")]) { OmittedItems = 4 },
                new ReportFinding(FindingKind.LateReturnRequests, "市卫生健康委", []) { OmittedItems = 2 },
                new ReportFinding(FindingKind.LowSatisfaction, "市卫生健康委", []) { Rate = new Proportion(1, 2), Average = new Proportion(3, 4) },
            ],
        };

        var expected =
            "# 2025年度人大政协联络工作报告\n\n" +
            "统计截至 2026-01-15（as of）。\n\n" +
            "## 总体情况\n\n| 指标 | 数值 |\n|---|---:|\n" +
            "| 建议（件） | 3 |\n" +
            "| 提案（件） | 2 |\n" +
            "| 建议提案合计（件） | 5 |\n" +
            "| 议案（件） | 1 |\n" +
            "| 承办单位（个） | 2 |\n" +
            "| 已答复 / 按期答复 / 逾期答复 | 4 / 3 / 1 |\n" +
            "| 逾期未答复 / 未到期 | 1 / 0 |\n" +
            "| 按期答复率 | 60.0% |\n" +
            "| 满意率 | 50.0% |\n" +
            "| 满意和基本满意率 | 75.0% |\n" +
            "| 未返回满意度（件） | 0 |\n" +
            "| 重新办理 / 按期重新答复 | 1 / 1 |\n" +
            "| 领导督办重点建议提案（件） | 1 |\n" +
            "| 面商 / 电话邮件 / 走访（人次） | 5 / 3 / 2 |\n" +
            "\n" +
            "## 按地区\n\n" +
            "| 地区 | 建议 | 提案 | 合计 | 议案 | 已答复 | 按期答复 | 逾期答复 | 逾期未答复 | 按期答复率 | 解决和列入计划率 | 满意和基本满意率 |\n" +
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n" +
            "| 甲市 | 3 | 2 | 5 | 1 | 4 | 3 | 1 | 1 | 60.0% | 75.0% | — |\n" +
            "\n" +
            "## 按办理结果类别\n\n| 类别 | 含义 | 建议 | 提案 | 合计 | 占比 |\n|---|---|---:|---:|---:|---:|\n" +
            "| A | 已经解决或基本解决 | 2 | 0 | 2 | 50.0% |\n" +
            "| B | 正在解决或列入计划逐步解决 | 0 | 1 | 1 | 25.0% |\n" +
            "| C | 因条件限制暂时无法解决 | 1 | 0 | 1 | 25.0% |\n" +
            "\n" +
            "## 按承办单位（主办）\n\n" +
            "| 单位 | 件数 | 已答复 | 按期答复 | 逾期答复 | 逾期未答复 | A类 | B类 | C类 | 解决和列入计划率 | 满意和基本满意率 |\n" +
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n" +
            "| 市教育局 | 3 | 3 | 2 | 1 | 0 | 2 | 1 | 0 | 100.0% | 66.7% |\n" +
            "| 市卫生健康委\\|疾控 | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 1 | 0.0% | — |\n" +
            "\n## 存在问题\n\n" +
            "- **办理进度不够均衡**：市教育局逾期答复1件（J-1）\n" +
            "- **办后反馈不够及时**：有6件已答复的建议提案尚未收回代表委员满意度征询表（J-2、J-3，另有4件未列出）\n" +
            "- **交办退回不够及时**：市卫生健康委超过退回期限申请退回2件（2件，汇总数据不含编号）\n" +
            "- **代表委员满意度有待提升**：市卫生健康委满意和基本满意率为50.0%，明显低于平均水平75.0%\n";

        Assert.Equal(expected, MarkdownReportRenderer.Render(report));
    }

    [Fact]
    public void Markdown_OfAnEmptyReportWithoutAYear_HasItsTablesAndNoFinding()
    {
        var report = ReportSamples.Empty() with { Year = null };
        var expected =
            "# 人大政协联络工作报告\n\n" +
            "统计截至 2026-01-15（as of）。\n\n" +
            "## 总体情况\n\n| 指标 | 数值 |\n|---|---:|\n" +
            "| 建议（件） | 0 |\n| 提案（件） | 0 |\n| 建议提案合计（件） | 0 |\n| 议案（件） | 0 |\n| 承办单位（个） | 0 |\n" +
            "| 已答复 / 按期答复 / 逾期答复 | 0 / 0 / 0 |\n| 逾期未答复 / 未到期 | 0 / 0 |\n" +
            "| 按期答复率 | — |\n| 满意率 | — |\n| 满意和基本满意率 | — |\n| 未返回满意度（件） | 0 |\n" +
            "| 重新办理 / 按期重新答复 | 0 / 0 |\n| 领导督办重点建议提案（件） | 0 |\n| 面商 / 电话邮件 / 走访（人次） | 0 / 0 / 0 |\n" +
            "\n" +
            "## 按办理结果类别\n\n| 类别 | 含义 | 建议 | 提案 | 合计 | 占比 |\n|---|---|---:|---:|---:|---:|\n" +
            "| A |  | 0 | 0 | 0 | — |\n| B |  | 0 | 0 | 0 | — |\n| C |  | 0 | 0 | 0 | — |\n" +
            "\n" +
            "## 按承办单位（主办）\n\n" +
            "| 单位 | 件数 | 已答复 | 按期答复 | 逾期答复 | 逾期未答复 | A类 | B类 | C类 | 解决和列入计划率 | 满意和基本满意率 |\n" +
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n" +
            "\n## 存在问题\n\n未发现突出问题。\n";

        Assert.Equal(expected, MarkdownReportRenderer.Render(report));
    }
}
