using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.DependencyInjection;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>Deadline policies as data: JSON round trips, every problem with its line, the local presets, one engine in DI.</summary>
public sealed class DeadlinePolicyJsonTests
{
    private static void AssertEqual(DeadlinePolicy expected, DeadlinePolicy actual)
    {
        Assert.Equal(expected.Rules, actual.Rules);
        Assert.Equal(expected.DueSoonWindow, actual.DueSoonWindow);
        Assert.Equal(expected.AllowExtensionBeyondLimit, actual.AllowExtensionBeyondLimit);
        Assert.Equal(expected.AllowLateReturnRequests, actual.AllowLateReturnRequests);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("sichuan")]
    [InlineData("shandong")]
    [InlineData("city-notice-2008")]
    public void WriteRead_Preset_GivesAnEqualPolicy(string name)
    {
        var policy = DeadlinePolicyPresets.ByName[name];

        AssertEqual(policy, DeadlinePolicyJson.Read(DeadlinePolicyJson.Write(policy, name)));
    }

    [Property(MaxTest = 200)]
    public bool WriteRead_GeneratedPolicies_GiveEqualPolicies(PositiveInt reply, PositiveInt extra, bool fromReceipt, PositiveInt window, bool late)
    {
        var start = fromReceipt ? StartEvent.Received : StartEvent.Assigned;
        var months = 1 + (reply.Get % 12);
        var policy = DeadlinePolicy.Default.ToBuilder()
            .Set(DeadlineKind.Reply, SubmissionKind.Proposal, PeriodRule.After(start, DeadlinePeriod.Months(months)))
            .Set(DeadlineKind.ComplexReply, SubmissionKind.Proposal, PeriodRule.After(start, DeadlinePeriod.Months(months + (extra.Get % 6))))
            .Set(DeadlineKind.ExtensionLimit, SubmissionKind.Proposal, PeriodRule.After(start, DeadlinePeriod.Months(months + 6)))
            .Set(DeadlineKind.Return, PeriodRule.After(start, DeadlinePeriod.OfWorkingDays(1 + (window.Get % 20))))
            .Set(DeadlineKind.SatisfactionForm, PeriodRule.OnAnnualDate(new AnnualDate(12, 31), StartEvent.Replied))
            .Set(DeadlineKind.CoHandlingOpinion, SubmissionKind.Motion, PeriodRule.On(new LocalDate(2025, 6, 30)))
            .WithDueSoonWindow(new WorkingDays(window.Get % 30))
            .WithLateReturnRequests(late)
            .Build();

        AssertEqual(policy, DeadlinePolicyJson.Read(DeadlinePolicyJson.Write(policy)));
        return true;
    }

    [Fact]
    public void TryRead_ManyProblems_ReportsEveryOneWithItsLine()
    {
        const string json = """
            {
              "rules": [
                { "deadline": "replies", "months": 3 },
                { "deadline": "reply", "kind": "bill", "months": 3 },
                { "deadline": "return", "workingDays": 5, "days": 3 },
                { "deadline": "reply", "months": 0 }
              ],
              "dueSoon": 3
            }
            """;

        Assert.False(DeadlinePolicyJson.TryRead(json, out _, out var problems));

        Assert.Equal(
            [
                (8, "$.dueSoon"),
                (3, "$.rules[0].deadline"),
                (4, "$.rules[1].kind"),
                (5, "$.rules[2]"),
                (6, "$.rules[3].months"),
            ],
            problems.Select(p => (p.Line!.Value, p.Path)).ToArray());
    }

    [Fact]
    public void TryRead_RuleProblems_NameTheRuleThatSetTheSlot()
    {
        const string json = """
            {
              "rules": [
                { "deadline": "reply", "kind": "suggestion", "months": 7 }
              ]
            }
            """;

        Assert.False(DeadlinePolicyJson.TryRead(json, out _, out var problems));

        Assert.Contains(problems, p => p.Path == "$.rules[0] (Reply/建议)" && p.Line == 3 && p.Message.Contains("extension limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Malformed_IsOneProblemWithItsLine()
    {
        var ex = Assert.Throws<DeadlinePolicyException>(() => DeadlinePolicyJson.Read("{\n  \"rules\": [\n  }"));

        Assert.Equal(3, Assert.Single(ex.Problems).Line);
    }

    [Fact]
    public void Sichuan2024_ProposalOfFiveMonthsFromReceipt_DecidesTheReplyDeadline()
    {
        // 交办 2025-03-03, 签收 2025-03-05: 5 months from 签收 end on 2025-08-05 (a Tuesday); a 建议 has 3 months: 2025-06-05.
        var engine = new DeadlineEngine(DeadlineEngine.Default.Calendar, DeadlinePolicyPresets.Sichuan2024);
        var proposal = new Submission(new ItemId("T1"), SubmissionKind.Proposal, "关于加强养老服务的提案", 2025, new Member("李四"));
        var unit = new HandlingUnit("市民政局");
        var history = new HandlingEvent[] { new Assigned(new LocalDate(2025, 3, 3), [new Assignment(unit, AssignmentRole.Lead)]), new Received(new LocalDate(2025, 3, 5), unit) };

        var deadline = engine.ReplyDeadline(new HandledItem(proposal, history, engine).State)!;

        Assert.Equal(new LocalDate(2025, 8, 5), deadline.Date);
        Assert.Equal(PeriodRule.After(StartEvent.Received, DeadlinePeriod.Months(3)), DeadlinePolicyPresets.Sichuan2024.RuleFor(DeadlineKind.Reply, SubmissionKind.Suggestion));
    }

    [Fact]
    public void Shandong_ReturnWindow_IsFiveDaysFromReceipt()
    {
        Assert.Equal(PeriodRule.After(StartEvent.Received, DeadlinePeriod.Days(5)), DeadlinePolicyPresets.Shandong.RuleFor(DeadlineKind.Return, SubmissionKind.Suggestion));
        Assert.Equal(StartEvent.Received, DeadlinePolicyPresets.Shandong.RuleFor(DeadlineKind.Reply, SubmissionKind.Proposal).Start);
        Assert.Equal(StartEvent.Assigned, DeadlinePolicyPresets.Shandong.RuleFor(DeadlineKind.Reply, SubmissionKind.Motion).Start);
    }

    [Fact]
    public void AddLianLuoDomain_Policy_OneEngineServesReaderReportAndAssessment()
    {
        var services = new ServiceCollection();
        services.AddLianLuoDomain(o => o.DeadlinePolicy = DeadlinePolicyPresets.Shandong);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var engine = provider.GetRequiredService<DeadlineEngine>();

        Assert.Same(DeadlinePolicyPresets.Shandong, engine.Policy);
        Assert.Same(engine, provider.GetRequiredService<ItemDocumentReadOptions>().Deadlines);
        Assert.Same(engine, provider.GetRequiredService<LianLuo.Domain.Reporting.AnnualReportOptions>().Engine);
        var assessment = provider.GetRequiredService<UnitAssessment>();
        Assert.Same(engine, assessment.Engine);
        Assert.Same(EvaluationPresets.Default, assessment.Scheme);
        Assert.Same(provider.GetRequiredService<ReplyRules>(), assessment.Rules);
    }
}
