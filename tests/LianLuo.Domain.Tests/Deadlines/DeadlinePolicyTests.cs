using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Tests.Deadlines;

public class DeadlinePolicyTests
{
    private static PeriodRule Months(int n, StartEvent start = StartEvent.Assigned) => PeriodRule.After(start, new CalendarMonths(n));

    [Fact]
    public void Default_FollowsLedgerSection2()
    {
        var policy = DeadlinePolicy.Default;
        Assert.Equal(Months(3), policy.RuleFor(DeadlineKind.Reply, SubmissionKind.Suggestion));
        Assert.Equal(Months(3), policy.RuleFor(DeadlineKind.Reply, SubmissionKind.Proposal));
        Assert.Equal(Months(6), policy.RuleFor(DeadlineKind.ComplexReply, SubmissionKind.Suggestion));
        Assert.Equal(Months(6), policy.RuleFor(DeadlineKind.ExtensionLimit, SubmissionKind.Proposal));
        Assert.Equal(Months(6), policy.RuleFor(DeadlineKind.Reply, SubmissionKind.Motion));
        Assert.Equal(Months(1, StartEvent.Feedback), policy.RuleFor(DeadlineKind.Rehandling, SubmissionKind.Suggestion));
        Assert.Equal(PeriodRule.After(StartEvent.Received, new WorkingDays(5)), policy.RuleFor(DeadlineKind.Return, SubmissionKind.Suggestion));
        Assert.Equal(Months(1), policy.RuleFor(DeadlineKind.CoHandlingOpinion, SubmissionKind.Proposal));
        Assert.Equal(PeriodRule.After(StartEvent.Assigned, new WorkingDays(15)), policy.RuleFor(DeadlineKind.FaceToFaceBeforeHandling, SubmissionKind.Proposal));
        Assert.Equal(PeriodRule.After(StartEvent.Replied, new WorkingDays(15)), policy.RuleFor(DeadlineKind.SatisfactionForm, SubmissionKind.Proposal));
        Assert.Equal(new WorkingDays(10), policy.DueSoonWindow);
        Assert.Equal(PeriodRule.After(StartEvent.Assigned, new WorkingDays(5)), policy.RuleFor(DeadlineKind.SignIn, SubmissionKind.Motion));
        Assert.False(policy.AllowExtensionBeyondLimit);
        Assert.False(policy.AllowLateReturnRequests);
        Assert.Equal(27, policy.Rules.Count());
    }

    [Fact]
    public void Describe_ListsEveryRule()
    {
        var lines = DeadlinePolicy.Default.Describe();
        Assert.Contains("提案答复期限：自交办之日起3个月", lines);
        Assert.Contains("建议退回期限：自签收之日起5个工作日", lines);
        Assert.Contains("reply deadline of a proposal: 3 months from assignment (交办)", DeadlinePolicy.Default.Describe(ExplanationLanguage.English));
    }

    [Fact]
    public void With_ReturnsNewPolicy_LeavesDefaultUnchanged()
    {
        var local = DeadlinePolicy.Default.With(DeadlineKind.Return, PeriodRule.After(StartEvent.Received, new CalendarDays(10)));
        Assert.Equal(PeriodRule.After(StartEvent.Received, new CalendarDays(10)), local.RuleFor(DeadlineKind.Return, SubmissionKind.Motion));
        Assert.Equal(PeriodRule.After(StartEvent.Received, new WorkingDays(5)), DeadlinePolicy.Default.RuleFor(DeadlineKind.Return, SubmissionKind.Motion));
    }

    [Fact]
    public void Build_ReportsEveryProblemAtOnce()
    {
        var builder = DeadlinePolicy.Default.ToBuilder()
            .Set(DeadlineKind.Reply, SubmissionKind.Proposal, Months(7)) // beyond the 6-month limit and the complex period
            .Set(DeadlineKind.SatisfactionForm, Months(1)) // must start at 答复
            .Set(DeadlineKind.Return, SubmissionKind.Suggestion, PeriodRule.After(StartEvent.Received, new WorkingDays(0)));
        var ex = Assert.Throws<DeadlinePolicyException>(builder.Build);
        var paths = ex.Problems.Select(p => p.Path).ToArray();
        Assert.Equal(
            [
                "Return/建议",
                "SatisfactionForm/建议",
                "SatisfactionForm/提案",
                "SatisfactionForm/议案",
                "ComplexReply/提案",
                "Reply/提案",
            ],
            paths);
        Assert.Contains("6 problem(s)", ex.Message, StringComparison.Ordinal);
        Assert.False(builder.TryBuild(out var policy, out var problems));
        Assert.Null(policy);
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void CreateEmptyBuilder_MissingRules_AreProblems()
    {
        var problems = DeadlinePolicy.CreateEmptyBuilder().Set(DeadlineKind.Reply, Months(3)).Validate();
        Assert.Equal(24, problems.Count);
        Assert.All(problems, p => Assert.Contains("No rule is set", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AbsoluteDateRule_IsAccepted()
    {
        var policy = DeadlinePolicy.Default.With(DeadlineKind.Reply, PeriodRule.OnAnnualDate(new AnnualDate(9, 30)));
        Assert.True(policy.RuleFor(DeadlineKind.Reply, SubmissionKind.Suggestion).IsAbsolute);
        Assert.Equal("交办后的9月30日前", policy.RuleFor(DeadlineKind.Reply, SubmissionKind.Suggestion).ToChinese());
        Assert.Equal("by the next 09-30 after assignment (交办)", policy.RuleFor(DeadlineKind.Reply, SubmissionKind.Suggestion).ToEnglish());
        Assert.Equal("签收后的1月5日前", PeriodRule.OnAnnualDate(new AnnualDate(1, 5), StartEvent.Received).ToChinese());
        Assert.Equal("by the next 01-05 after receipt (签收)", PeriodRule.OnAnnualDate(new AnnualDate(1, 5), StartEvent.Received).ToString());
        Assert.Equal("2025-10-01前", PeriodRule.On(new LocalDate(2025, 10, 1)).ToChinese());
        Assert.Equal("by 2025-10-01", PeriodRule.On(new LocalDate(2025, 10, 1)).ToEnglish());
    }

    [Fact]
    public void FixedDateOutsideTheIsoCalendar_IsAProblemNamingIt()
    {
        // 2025-10-01 of the Julian calendar is 2025-10-14 of ours: a deadline policy counts ISO dates only.
        var julian = new LocalDate(2025, 10, 1, CalendarSystem.Julian);
        var problems = DeadlinePolicy.Default.ToBuilder().Set(DeadlineKind.Reply, SubmissionKind.Proposal, PeriodRule.On(julian)).Validate();

        var problem = Assert.Single(problems);
        Assert.Equal("Reply/提案", problem.Path);
        Assert.Equal($"The fixed date must be in the ISO calendar (value: {julian}).", problem.Message);
        Assert.Equal("deadline-policy", ((IProblem)problem).Code);
    }

    [Fact]
    public void RuleFor_UndefinedKinds_AreRefusedByName()
    {
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlinePolicy.Default.RuleFor((DeadlineKind)0, SubmissionKind.Suggestion));
        Assert.Equal("kind", kind.ParamName);
        Assert.StartsWith("DeadlineKind has no such value (0).", kind.Message, StringComparison.Ordinal);

        var submission = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlinePolicy.Default.RuleFor(DeadlineKind.Reply, (SubmissionKind)4));
        Assert.Equal("submissionKind", submission.ParamName);
        Assert.StartsWith("SubmissionKind (类别) has no such value (4).", submission.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_AreDistinctNonNegativeTypes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarMonths(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarDays(-1));
        Assert.NotEqual((DeadlinePeriod)new CalendarDays(3), (DeadlinePeriod)new CalendarMonths(3));
        Assert.Equal(DeadlinePeriod.Months(3), (DeadlinePeriod)new CalendarMonths(3));
        Assert.True(new WorkingDays(3) < new WorkingDays(5));
        Assert.Equal("15个工作日", DeadlinePeriod.OfWorkingDays(15).ToChinese());
        Assert.Equal("3 months", DeadlinePeriod.Months(3).ToString());
    }
}
