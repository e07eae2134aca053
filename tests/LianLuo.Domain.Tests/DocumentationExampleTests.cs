using LianLuo.Domain.Calendars;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.DependencyInjection;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Satisfaction;
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

    private static readonly HandlingUnit Education = new("市教育局");

    private static HandledItem Suggestion(string id, LocalDate assigned, LocalDate replied) =>
        new(new Submission(new ItemId(id), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三", "城关代表团")),
            [new Assigned(assigned, [new Assignment(Education, AssignmentRole.Lead)]), new Replied(replied, ResultCategory.A)]);

    [Fact]
    public void ItemLifecycle_Example()
    {
        var proposal = new Submission(new ItemId("T2025-001"), SubmissionKind.Proposal, "关于完善社区养老服务的提案", 2025, new Member("李四", "民盟"));
        var civilAffairs = new HandlingUnit("市民政局");
        HandlingEvent[] history =
        [
            new Replied(new LocalDate(2025, 3, 10), ResultCategory.A),
            new Assigned(new LocalDate(2025, 3, 20), [new Assignment(civilAffairs, AssignmentRole.Lead)]),
        ];

        // A reply before the item was assigned (交办) is refused, naming the rule; nothing is folded.
        bool folded = ItemLifecycle.TryFold(proposal, history, out ItemState? state, out LifecycleViolation? violation);

        Assert.False(folded);
        Assert.Null(state);
        Assert.Equal(LifecycleRule.NotAssigned, violation!.Rule);
    }

    [Fact]
    public void ItemClasses_Example()
    {
        var classes = new ItemClasses(ClassificationScheme.Default, DeadlineEngine.Default);
        // Assigned 2025-03-20, due 2025-06-20 (a Friday), replied 2025-06-23: 逾期答复.
        ItemState state = Suggestion("J2025-001", new LocalDate(2025, 3, 20), new LocalDate(2025, 6, 23)).State;

        ItemClassVerdict late = classes.Late.Explain(state, new LocalDate(2025, 7, 1));
        ItemClassVerdict onTime = classes["on-time"].Explain(state, new LocalDate(2025, 7, 1));

        Assert.True(late.IsMember);
        Assert.False(onTime.IsMember);
        Assert.Equal("late", late.ClassName);
    }

    [Fact]
    public void ReportTallies_Example()
    {
        var asOf = new LocalDate(2026, 1, 15);
        var cityA = new AnnualReportAccumulator(asOf);
        cityA.Add(Suggestion("A2025-001", new LocalDate(2025, 3, 20), new LocalDate(2025, 5, 30))); // on time
        var cityB = new AnnualReportAccumulator(asOf);
        cityB.Add(Suggestion("B2025-001", new LocalDate(2025, 3, 20), new LocalDate(2025, 6, 23))); // late

        // A city's tally holds counts only, so it can leave the city as JSON; the province merges the tallies exactly.
        string sent = ReportTallyJson.Write(cityB.ToTally("乙市"));
        AnnualReport province = ReportTallies.Merge([cityA.ToTally("甲市"), ReportTallyJson.Read(sent, "乙市.tally.json")]);

        Assert.Equal(2, province.Total);
        Assert.Equal(50.0m, province.Timeliness.OnTimeRate); // 1 of 2 on time, not the mean of the cities' rates
    }

    [Fact]
    public void AnnualReportAccumulator_Example()
    {
        var asOf = new LocalDate(2026, 1, 15);
        HandledItem[] items =
        [
            Suggestion("J2025-001", new LocalDate(2025, 3, 20), new LocalDate(2025, 5, 30)),
            Suggestion("J2025-002", new LocalDate(2025, 3, 20), new LocalDate(2025, 6, 23)),
        ];

        // One item at a time, in constant memory: the same report as AnnualReportBuilder.Build on the whole list.
        var accumulator = new AnnualReportAccumulator(asOf);
        foreach (var item in items)
        {
            accumulator.Add(item);
        }

        AnnualReport report = accumulator.ToReport();
        Assert.Equal(AnnualReportJson.Write(AnnualReportBuilder.Build(items, [], asOf)), AnnualReportJson.Write(report));
        Assert.Equal((1, 1), (report.Timeliness.OnTime, report.Timeliness.Late));
    }

    [Fact]
    public void Proportion_Example()
    {
        // The bundled sample: 254 of 291 replies due were on time; A/B/C 164, 89 and 25 of 278.
        var rate = new Proportion(254, 291);
        WilsonInterval interval = rate.Wilson(ConfidenceLevel.Percent95)!.Value;
        IReadOnlyList<decimal?> shares = Percent.LargestRemainder([164, 89, 25]);

        Assert.Equal(87.3m, rate.Percent);
        Assert.True(interval.Contains(87.3m) && interval.Lower < 87.3m && interval.Upper > 87.3m);
        Assert.Equal([59.0m, 32.0m, 9.0m], shares); // 58.99…, 32.01…, 8.99… rounded so that they add up to 100
    }

    [Fact]
    public void Issuer_Example()
    {
        Issuer issuer = Issuer.Parse("城关区人民政府");
        bool parsed = Issuer.TryParse("某公司", out _, out Problem? problem);

        Assert.Equal("区", issuer.Level);
        Assert.Equal("中央和省、市、区", issuer.DecisionMakers);
        Assert.False(parsed);
        Assert.Equal(("issuer", "某公司"), (problem!.Code, problem.Value));
    }

    [Fact]
    public void ClassificationScheme_Example()
    {
        ClassificationScheme jiaYiBing = ClassificationScheme.JiaYiBing;
        ResultCategory jia = jiaYiBing.Parse("甲");
        bool created = ClassificationScheme.TryCreate(
            "有误",
            [new(ResultCategory.A, "已解决", "solved", countsAsSolved: true), new(ResultCategory.A, "已列入计划", "planned", countsAsPlanned: true)],
            out _,
            out IReadOnlyList<Problem> problems);

        Assert.True(jiaYiBing.IsSolved(jia));
        Assert.False(created);
        Assert.Equal("categories[1]", Assert.Single(problems).Location); // the code A given twice
    }

    [Fact]
    public void EvaluationSchemeJson_Example()
    {
        // A scheme is data: written, edited by hand, read back; a broken one gets every problem with its JSON path.
        string json = EvaluationSchemeJson.Write(EvaluationPresets.Default);
        EvaluationScheme again = EvaluationSchemeJson.Read(json);
        bool read = EvaluationSchemeJson.TryRead("""{ "name": "坏方案", "indicators": [ { "id": "t", "name": "按时办复", "maxPoints": -5 } ] }""", out _, out var problems);

        Assert.Equal(EvaluationPresets.Default, again);
        Assert.False(read);
        Assert.Contains(problems, p => ((IProblem)p).Location.EndsWith("indicators[0].maxPoints", StringComparison.Ordinal)); // 分值 must be positive
        Assert.Contains(problems, p => ((IProblem)p).Location.EndsWith("grades", StringComparison.Ordinal)); // and every required member is named
    }

    [Fact]
    public void ItemDocumentWriter_Example()
    {
        // Version 1 of the document holds the lead proposer's name only (items-json.md), so this deputy has no 代表团.
        var unit = new HandlingUnit("市教育局");
        var item = new HandledItem(
            new Submission(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三")),
            [new Assigned(new LocalDate(2025, 3, 20), [new Assignment(unit, AssignmentRole.Lead)]), new Replied(new LocalDate(2025, 5, 30), ResultCategory.A)]);

        string json = ItemDocumentWriter.WriteText([item]);
        ItemDocumentReadResult back = ItemDocumentReader.ReadText(json);

        Assert.True(back.IsValid);
        Assert.Equal(item, Assert.Single(back.Items));
    }

    [Fact]
    public void ServiceCollectionExtensions_Example()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddLianLuoDomain(options => options.DeadlinePolicy = DeadlinePolicyPresets.Sichuan2024);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var engine = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DeadlineEngine>(provider);
        var assessment = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<UnitAssessment>(provider);

        Assert.Same(engine, assessment.Engine); // one configured engine serves the reader, the report and the assessment
        Assert.Equal(DeadlinePolicyPresets.Sichuan2024, engine.Policy);
    }

    [Fact]
    public void IProblem_Example()
    {
        var result = ItemDocumentReader.ReadText("{\"schemaVersion\": 2, \"items\": []}", new ItemDocumentReadOptions { FileName = "items.json" });
        var lines = new List<string>();
        foreach (IProblem problem in result.Errors)
        {
            lines.Add($"{problem.Location}: {problem.Message} [{problem.Code}]");
        }

        Assert.StartsWith("items.json:1", Assert.Single(lines), StringComparison.Ordinal);
        Assert.EndsWith("[items-json.Version]", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_Example()
    {
        EvaluationSchemeJson.TryRead("""{ "name": "坏方案", "indicators": [ { "id": "t", "name": "按时办复", "maxPoints": -5 } ] }""", out _, out var schemeProblems);
        ClassificationScheme.TryCreate("空", [], out _, out var classificationProblems);

        IReadOnlyList<Problem> all = [.. schemeProblems.Select(Problem.From), .. classificationProblems.Select(Problem.From)];

        Assert.Equal(schemeProblems.Count + 1, all.Count);
        Assert.Contains(all, p => p.Code.StartsWith("scheme.", StringComparison.Ordinal));
        Assert.Equal(new Problem("classification-scheme", "categories", "It has no category.", null), all[^1]);
    }

    /// <summary>Every &lt;example&gt; of the library's XML documentation has its test here, named after its type.</summary>
    [Fact]
    public void EveryDocumentedExample_IsRunHere()
    {
        var xml = Path.ChangeExtension(typeof(WorkingCalendar).Assembly.Location, ".xml");
        var documented = System.Xml.Linq.XDocument.Load(xml).Descendants("member")
            .Where(m => m.Element("example") is not null)
            .Select(m => m.Attribute("name")!.Value)
            .Where(n => !n.Contains(".#ctor(", StringComparison.Ordinal)) // a positional record's constructor repeats its type's docs
            .ToList();
        var tests = typeof(DocumentationExampleTests).GetMethods().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        Assert.True(documented.Count >= 19, $"only {documented.Count} examples documented");
        Assert.All(documented, name =>
        {
            Assert.StartsWith("T:", name, StringComparison.Ordinal); // examples sit on types
            var type = name[(name.LastIndexOf('.') + 1)..].Split('`')[0];
            Assert.Contains(type + "_Example", tests);
        });
    }

    [Fact]
    public void SatisfactionPolicy_Example()
    {
        var asOf = new LocalDate(2026, 1, 15);
        HandledItem satisfied = new(
            new Submission(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三")),
            [
                new Assigned(new LocalDate(2025, 3, 20), [new Assignment(Education, AssignmentRole.Lead)]),
                new Replied(new LocalDate(2025, 5, 30), ResultCategory.A),
                new FeedbackReceived(new LocalDate(2025, 6, 10), SatisfactionLevel.Satisfied),
            ]);
        HandledItem noForm = Suggestion("J2025-002", new LocalDate(2025, 3, 20), new LocalDate(2025, 5, 30)); // the form never came back

        // By default (ledger.md §3) an unreturned form (未反馈) is left out of the denominator; a city may count it.
        var countingUnreturned = new SatisfactionPolicy(SatisfactionScale.ThreeLevel, countUnreturnedForms: true);
        AnnualReport byDefault = AnnualReportBuilder.Build([satisfied, noForm], [], asOf);
        AnnualReport strict = AnnualReportBuilder.Build([satisfied, noForm], [], asOf, new AnnualReportOptions { Satisfaction = countingUnreturned });

        Assert.Equal(100.0m, byDefault.Satisfaction.SatisfiedRate); // 1 of 1
        Assert.Equal(50.0m, strict.Satisfaction.SatisfiedRate);     // 1 of 2
        Assert.False(SatisfactionPolicy.Default.IsOnScale(SatisfactionLevel.VerySatisfied)); // 非常满意 needs the four-level form
    }
}
