using System.Text;
using LianLuo.Domain.Internal;
using static LianLuo.Domain.Reporting.Text.ReportFormat;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// Renders an <see cref="AnnualReport"/> as the Chinese annual summary (年度人大政协联络工作总结) in the shape
/// of the document offices write each year: 一、基本情况 (一)-(四), 二、主要做法 with its figures, 三、存在问题 from
/// the findings, 四、下一步工作打算, then the issuer's name and the as-of date. Every figure is filled in, and sentences
/// read naturally when a count is 0. The issuer decides the words of its level (<see cref="Issuer"/>): a 区政府 writes
/// of 区人大代表, 区政协委员, the 区人民代表大会, the 区政协 and 区政府领导. The categories are named by the report's own
/// labels (<see cref="AnnualReport.CategoryLabels"/>). Stateless and thread-safe.
/// </summary>
public static class ChineseSummaryRenderer
{
    /// <summary>Renders the summary.</summary>
    /// <param name="report">The report.</param>
    /// <param name="issuer">Who writes the summary (发文机关), e.g. 市政府 or 城关区人民政府; its level of government decides the words (<see cref="Issuer.Parse"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="issuer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="issuer"/> is blank or its level of government cannot be recognised.</exception>
    public static string Render(AnnualReport report, string issuer = "市政府")
    {
        Preconditions.CheckNotNull(report);
        var by = Issuer.Parse(Preconditions.CheckText(issuer, "issuer"));
        var year = report.SummaryYear ?? report.Year ?? report.AsOf.Year;
        var text = new StringBuilder();
        text.Append(N(year)).Append("年度人大政协联络工作总结\n\n");
        text.Append(N(year)).Append("年，").Append(by.Name)
            .Append("认真贯彻落实").Append(by.DecisionMakers).Append("关于人大政协工作的决策部署，自觉接受人大监督，积极支持政协履职，")
            .Append("不断加强和改进人大代表建议和政协委员提案办理工作，联络工作取得新成效。现将全年工作总结如下：\n\n");

        text.Append("一、基本情况\n\n");
        text.Append("（一）建议提案办理质量不断提高。").Append(ItemsParagraph(report, by)).Append("\n\n");
        text.Append("（二）议案办理工作扎实推进。").Append(MotionsParagraph(report, by)).Append("\n\n");
        text.Append("（三）协商民主广泛开展。").Append(ConsultationParagraph(report.Activities, by)).Append("\n\n");
        text.Append("（四）联络工作机制持续完善。").Append(LiaisonParagraph(report.Activities, by)).Append("\n\n");

        text.Append("二、主要做法\n\n");
        text.Append("（一）强化组织领导。将建议提案办理纳入").Append(by.Government).Append("重要议事日程，")
            .Append(report.Activities.StudyMeetings > 0
                ? $"召开{by.Government}全体会议、常务会议专题研究建议提案办理工作{N(report.Activities.StudyMeetings)}次。"
                : "全年未召开专题研究建议提案办理工作的会议。")
            .Append("\n\n");
        text.Append("（二）规范办理程序。").Append(ProcedureParagraph(report)).Append("\n\n");
        text.Append("（三）突出办理实效。").Append(ResultsParagraph(report, by)).Append("\n\n");
        text.Append("（四）加强沟通协商。").Append(CommunicationParagraph(report.Communication)).Append("\n\n");

        text.Append("三、存在问题\n\n");
        if (report.Findings.IsEmpty)
        {
            text.Append("经逐件核对，本年度未发现逾期答复、满意度明显偏低、承诺事项跟踪滞后等突出问题，但办理质量和实效仍有提升空间。\n\n");
        }
        else
        {
            var index = 0;
            foreach (var group in report.Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key))
            {
                text.Append('（').Append(ChineseOrdinal(++index)).Append('）').Append(FindingWords.Heading(group.Key)).Append('。')
                    .Append(group.Count() > 1 ? "部分承办单位：" : string.Empty)
                    .Append(string.Join("；", group.Select(FindingWords.Clause))).Append("。\n\n");
            }
        }

        text.Append("四、下一步工作打算\n\n");
        text.Append("（一）提升办理质量。把解决问题作为办理工作的核心目标，加强对承办单位的督促指导，完善考核评价体系。\n\n");
        text.Append("（二）加强沟通联络。坚持办前沟通、办中协商、办后反馈，丰富沟通形式，主动听取代表委员意见。\n\n");
        text.Append("（三）健全长效机制。完善交办、督办、考核、通报等工作机制，落实“回头看”制度，跟踪问效、持续改进。\n\n");
        text.Append("（四）强化重点办理。加大重点建议提案办理力度，推动解决一批代表委员关注、群众反映强烈的问题。\n\n");
        text.Append(by.Name).Append('\n');
        text.Append(ChineseDate(report.AsOf)).Append('\n');
        if (!report.ByCity.IsEmpty)
        {
            // A report merged from cities' tallies: each city's key figures (the province's figures above are the exact union).
            text.Append("\n附：各地建议提案办理情况\n\n");
            foreach (var city in report.ByCity)
            {
                text.Append(city.Name).Append("：建议").Append(N(city.Suggestions)).Append("件、提案").Append(N(city.Proposals)).Append("件，已答复")
                    .Append(N(city.Replied)).Append("件，按期答复率").Append(P(city.OnTimeRate)).Append("，解决和列入计划解决的比例")
                    .Append(P(city.SolvedOrPlannedRate)).Append("，满意和基本满意率").Append(P(city.SatisfiedOrBasicallyRate)).Append("。\n");
            }
        }

        return text.ToString();
    }

    private static string ItemsParagraph(AnnualReport r, Issuer by)
    {
        if (r.Total == 0)
        {
            return $"全年未收到{by.Deputies}建议和{by.CppccMembers}提案。";
        }

        var s = new StringBuilder();
        s.Append(by.Deputies).Append('、').Append(by.CppccMembers).Append("全年共提出建议").Append(N(r.Suggestions)).Append("件、提案").Append(N(r.Proposals))
            .Append("件，共计").Append(N(r.Total)).Append("件，");
        s.Append(TimelinessClause(r.Timeliness)).Append('。');
        var withResult = r.Results.Sum(c => c.Count);
        if (withResult == 0)
        {
            s.Append("目前尚无办理结果。");
        }
        else
        {
            s.Append("办理结果为");
            var parts = r.Results.Where(c => c.Count > 0).Select(c =>
                $"{(r.LabelOf(c.Code) is { } label ? label + "的" : string.Empty)}（{c.Code}类）{N(c.Count)}件，占{P(c.Percent)}");
            s.Append(string.Join("；", parts)).Append('。');
        }

        var sat = r.Satisfaction;
        if (sat.SatisfiedOrBasicallyRate is { } both)
        {
            s.Append("代表委员满意率和基本满意率达到").Append(P(both)).Append("，其中满意率").Append(P(sat.SatisfiedRate)).Append('。');
        }
        else if (r.Timeliness.Replied > 0)
        {
            s.Append("代表委员满意度征询表尚未返回。");
        }

        return s.ToString();
    }

    private static string TimelinessClause(TimelinessFigures t)
    {
        if (t.Late == 0 && t.Overdue == 0 && t.Pending == 0)
        {
            return "全部按期办结";
        }

        var s = new StringBuilder();
        if (t.Replied > 0)
        {
            s.Append("已答复").Append(N(t.Replied)).Append("件，其中按期答复").Append(N(t.OnTime)).Append('件');
            if (t.Late > 0)
            {
                s.Append("、逾期答复").Append(N(t.Late)).Append('件');
            }
        }
        else
        {
            s.Append("尚未答复");
        }

        if (t.Overdue > 0)
        {
            s.Append("；逾期未答复").Append(N(t.Overdue)).Append('件');
        }

        if (t.Pending > 0)
        {
            s.Append("；未到期").Append(N(t.Pending)).Append('件');
        }

        if (t.OnTimeRate is { } rate)
        {
            s.Append("，按期答复率").Append(P(rate));
        }

        return s.ToString();
    }

    private static string MotionsParagraph(AnnualReport r, Issuer by)
    {
        if (r.Motions == 0)
        {
            return $"全年未承办{by.PeoplesCongress}确定的代表议案。";
        }

        var s = new StringBuilder();
        s.Append("认真办理").Append(by.PeoplesCongress).Append("确定的议案，自觉接受人大监督。全年承办人大代表议案").Append(N(r.Motions))
            .Append("件，交由").Append(N(r.MotionUnits)).Append("个部门具体办理。");
        s.Append(r.Activities.MotionProgressMeetings > 0
            ? $"组织召开议案办理推进会{N(r.Activities.MotionProgressMeetings)}次，协调解决重点难点问题。"
            : "全年未召开议案办理推进会。");
        return s.ToString();
    }

    private static string ConsultationParagraph(ActivityFigures a, Issuer by)
    {
        var kinds = new (string Name, int Count)[]
        {
            ("专题协商", a.TopicConsultations),
            ("对口协商", a.CounterpartConsultations),
            ("界别协商", a.SectorConsultations),
            ("提案办理协商", a.ProposalConsultations),
        };
        var s = new StringBuilder();
        var held = kinds.Where(k => k.Count > 0).Select(k => $"{k.Name}{N(k.Count)}次").ToArray();
        if (held.Length == 0)
        {
            s.Append("全年未配合").Append(by.Cppcc).Append("开展专题协商、对口协商、界别协商或提案办理协商。");
        }
        else
        {
            s.Append("全年配合").Append(by.Cppcc).Append("开展").Append(string.Join("、", held)).Append('。');
            s.Append(a.ConsultationLeaderAttendances > 0
                ? $"{by.GovernmentLeaders}参加政协协商活动{N(a.ConsultationLeaderAttendances)}人次。"
                : $"{by.GovernmentLeaders}未参加政协协商活动。");
        }

        s.Append(a.Briefings > 0
            ? $"通报经济社会发展情况{N(a.Briefings)}次。"
            : "全年未开展政情通报。");
        return s.ToString();
    }

    private static string LiaisonParagraph(ActivityFigures a, Issuer by)
    {
        var s = new StringBuilder("密切与人大代表的联系，支持代表参与重大决策、重大项目监督。");
        s.Append(a.ExecutiveMeetingAttendances > 0
            ? $"邀请代表列席{by.Government}常务会议{N(a.ExecutiveMeetingAttendances)}人次"
            : $"全年未邀请代表列席{by.Government}常务会议");
        s.Append(a.SymposiumAttendances > 0
            ? $"，代表委员参加各类座谈会、论证会{N(a.SymposiumAttendances)}人次。"
            : "，未组织代表委员参加座谈会、论证会。");
        return s.ToString();
    }

    private static string ProcedureParagraph(AnnualReport r)
    {
        if (r.Total == 0)
        {
            return "完善建议提案办理工作规程，建立办理工作台账，实行销号管理。";
        }

        var s = new StringBuilder();
        s.Append('将').Append(N(r.Total)).Append("件建议提案逐一分解落实到").Append(N(r.Units))
            .Append("个承办单位，明确责任领导和具体责任人。");
        var t = r.Timeliness;
        s.Append(t.Late == 0 && t.Overdue == 0
            ? (t.Pending == 0 ? "所有建议提案均在规定时间内办结。" : "已答复的建议提案均在规定时间内答复。")
            : $"按期答复率{P(t.OnTimeRate)}，逾期答复{N(t.Late)}件、逾期未答复{N(t.Overdue)}件。");
        s.Append("建立办理工作台账，实行销号管理，定期通报办理进度。");
        return s.ToString();
    }

    private static string ResultsParagraph(AnnualReport r, Issuer by)
    {
        var s = new StringBuilder("坚持把解决问题作为办理工作的出发点和落脚点。");
        s.Append(r.KeySupervised > 0
            ? $"全年{by.GovernmentLeaders}督办重点建议提案{N(r.KeySupervised)}件。"
            : $"全年未确定由{by.GovernmentLeaders}督办的重点建议提案。");
        if (r.Rehandling.Rehandled > 0)
        {
            s.Append("对代表委员不满意的").Append(N(r.Rehandling.Rehandled)).Append("件建议提案重新办理，其中")
                .Append(N(r.Rehandling.OnTime)).Append("件在规定时限内重新答复。");
        }

        return s.ToString();
    }

    private static string CommunicationParagraph(CommunicationFigures c)
    {
        var parts = new List<string>();
        if (c.FaceToFace > 0)
        {
            parts.Add($"与代表委员面对面沟通{N(c.FaceToFace)}人次");
        }

        if (c.PhoneEmail > 0)
        {
            parts.Add($"电话邮件沟通{N(c.PhoneEmail)}人次");
        }

        if (c.Visits > 0)
        {
            parts.Add($"走访代表委员{N(c.Visits)}人次");
        }

        return "坚持办前沟通、办中协商、办后反馈。" + (parts.Count == 0
            ? "全年办理台账未记录与代表委员的沟通。"
            : "全年" + string.Join("，", parts) + "。");
    }

    /// <summary>A finding as the summary writes it under 存在问题: a Chinese clause without final punctuation, e.g. 市医保局逾期答复3件.</summary>
    /// <param name="finding">The finding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The finding's kind is not defined.</exception>
    public static string FindingText(ReportFinding finding) => FindingWords.Clause(Preconditions.CheckNotNull(finding));

    /// <summary>The heading of a kind of finding under 存在问题, e.g. 办理进度不够均衡.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string FindingHeading(FindingKind kind) => FindingWords.Heading(kind);
}
