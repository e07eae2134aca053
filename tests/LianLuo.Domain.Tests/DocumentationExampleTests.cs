using LianLuo.Domain.Calendars;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests;

/// <summary>
/// The &lt;example&gt; code of the public entry points' XML documentation, run here so that it stays true (issue 15: what
/// stays public is documented with an example). Each body is the example as written in the docs; the expected values are
/// facts from the State Council notice and the rules of ledger.md, not output of the code.
/// </summary>
public class DocumentationExampleTests
{
    [Fact]
    public void WorkingCalendar_Example()
    {
        var calendar = WorkingCalendar.China;
        // 2025 国庆节、中秋节: 10月1日至8日放假调休; 9月28日（周日）、10月11日（周六）上班.
        bool madeUp = calendar.IsWorkingDay(new LocalDate(2025, 9, 28));
        LocalDate next = calendar.AddWorkingDays(new LocalDate(2025, 9, 30), 1);

        Assert.True(madeUp);
        Assert.Equal(new LocalDate(2025, 10, 9), next);
    }

    [Fact]
    public void DeadlineEngine_Example()
    {
        var engine = DeadlineEngine.Default;
        // A suggestion assigned (交办) on 2025-03-20 is due 3 months later (ledger.md §2): 2025-06-20, a Friday.
        Deadline reply = engine.RegularReplyDeadline(SubmissionKind.Suggestion, new LocalDate(2025, 3, 20), isComplex: false);
        // Replied on 2025-06-23, after it: 逾期答复 (TimelinessJudge, in LianLuo.Domain.Timeliness).
        var status = engine.Status(SubmissionKind.Suggestion, new LocalDate(2025, 3, 20), false, null, new LocalDate(2025, 6, 23), new LocalDate(2025, 7, 1));

        Assert.Equal(new LocalDate(2025, 6, 20), reply.Date);
        Assert.Equal(DeadlineStatus.RepliedLate, status.Status);
    }

    [Fact]
    public void OnTimeRule_Example()
    {
        var asOf = new LocalDate(2026, 1, 15);
        ReportStatus onTheDay = OnTimeRule.Judge(new LocalDate(2025, 6, 20), new LocalDate(2025, 6, 20), asOf);
        ReportStatus notReplied = OnTimeRule.Judge(null, new LocalDate(2025, 6, 20), asOf);
        Proportion rate = OnTimeRule.Rate(onTime: 254, late: 24, overdue: 13);

        Assert.Equal(ReportStatus.OnTime, onTheDay);
        Assert.Equal(ReportStatus.Overdue, notReplied);
        Assert.Equal(87.3m, rate.Percent); // 254 ÷ 291 = 87.28…%, the bundled sample's 按期答复率
    }

    [Fact]
    public void AnnualReportBuilder_Example()
    {
        var unit = new HandlingUnit("市教育局");
        var item = new HandledItem(
            new Submission(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三", "城关代表团")),
            [
                new Assigned(new LocalDate(2025, 3, 20), [new Assignment(unit, AssignmentRole.Lead)]),
                new Replied(new LocalDate(2025, 5, 30), ResultCategory.A),
            ]);

        AnnualReport report = AnnualReportBuilder.Build([item], [], new LocalDate(2026, 1, 15));

        Assert.Equal((1, 1, 1, 100.0m), (report.Suggestions, report.Timeliness.Replied, report.Timeliness.OnTime, report.Timeliness.OnTimeRate));
        Assert.Contains("共提出建议1件", ChineseSummaryRenderer.Render(report), StringComparison.Ordinal);
        Assert.Contains("全部按期办结", ChineseSummaryRenderer.Render(report), StringComparison.Ordinal); // the seed's words when none is late, overdue or pending
    }

    [Fact]
    public void ItemDocumentReader_Example()
    {
        var result = ItemDocumentReader.ReadText("{\"schemaVersion\": 2, \"items\": []}", new ItemDocumentReadOptions { FileName = "items.json" });
        var lines = new List<string>();
        if (!result.IsValid)
        {
            foreach (IProblem problem in result.Errors)
            {
                lines.Add($"{Problem.Format(problem)} [{problem.Code}]");
            }
        }

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{error} [items-json.Version]", Assert.Single(lines));
    }

    [Fact]
    public void DeadlinePolicyJson_Example()
    {
        // A city that gives 提案 5 months (local-rules.md), counted from 交办 as by default.
        var policy = DeadlinePolicyJson.Read("""{ "rules": [ { "deadline": "reply", "kind": "proposal", "months": 5 } ] }""");
        var engine = DeadlineEngine.Default.WithPolicy(policy);
        Deadline due = engine.RegularReplyDeadline(SubmissionKind.Proposal, new LocalDate(2025, 3, 20), isComplex: false);

        Assert.Equal(new LocalDate(2025, 8, 20), due.Date); // a Wednesday
    }

    [Fact]
    public void UnitAssessment_Example()
    {
        var unit = new HandlingUnit("市教育局");
        HandledItem[] items =
        [
            new(new Submission(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三", "城关代表团")),
                [new Assigned(new LocalDate(2025, 3, 20), [new Assignment(unit, AssignmentRole.Lead)]), new Replied(new LocalDate(2025, 5, 30), ResultCategory.A)]),
        ];

        var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
        EvaluationResult result = assessment.Evaluate(items, new LocalDate(2026, 1, 15));
        var lines = result.Units.Select(u => $"{u.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {u.Unit} {u.Items}").ToList();

        Assert.Equal("市教育局", Assert.Single(result.Units).Unit);
        Assert.EndsWith(" 市教育局 1", Assert.Single(lines), StringComparison.Ordinal);
    }
}
