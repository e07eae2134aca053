using FsCheck.Xunit;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using static LianLuo.Domain.Tests.Classification.TestItems;

namespace LianLuo.Domain.Tests.Classification;

public class ReplyRulesTests
{
    [Theory]
    [InlineData("A", null, null)]
    [InlineData("B", "2025-12-31", null)]
    [InlineData("C", null, "受土地指标限制")]
    public void Check_RepliesKeepingTheRules_AreValid(string category, string? planned, string? reason)
    {
        var item = Assigned("J001", D(2025, 3, 3))
            .With(Reply(D(2025, 5, 20), category, planned is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(planned).Value, reason));
        var check = ReplyRules.Default.Check(item.State);
        Assert.True(check.IsValid);
        Assert.Equal(new ItemId("J001"), check.ItemId);
        ReplyRules.Default.EnsureValid(item.State);
    }

    [Fact]
    public void Check_CWithoutReason_ReportsReasonMissing()
    {
        var reply = Reply(D(2025, 5, 20), "C");
        var check = ReplyRules.Default.Check(Assigned("J002", D(2025, 3, 3)).With(reply).State);
        var violation = Assert.Single(check.Violations);
        Assert.Equal(ClassificationRule.ReasonMissing, violation.Rule);
        Assert.Equal(new ItemId("J002"), violation.ItemId);
        Assert.Equal(1, violation.Round);
        Assert.Same(reply, violation.Reply);
        Assert.Equal(
            "Item J002: reply (答复) of round 1 by the lead unit on 2025-05-20 breaks rule ReasonMissing (未说明理由): a C类（因条件限制暂时无法解决） reply must give its reason (说明理由).",
            violation.Message);
    }

    [Fact]
    public void Check_BWithoutPlannedCompletion_ReportsIt()
    {
        var check = ReplyRules.Default.Check(Assigned("J003", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B")).State);
        Assert.Equal(ClassificationRule.PlannedCompletionMissing, Assert.Single(check.Violations).Rule);
    }

    [Fact]
    public void Check_BPlannedOnTheReplyDate_ReportsIt()
    {
        var check = ReplyRules.Default.Check(Assigned("J004", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B", planned: D(2025, 5, 20))).State);
        var violation = Assert.Single(check.Violations);
        Assert.Equal(ClassificationRule.PlannedCompletionNotAfterReply, violation.Rule);
        Assert.Contains("2025-05-20", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownCategory_ReportsItWithTheSchemesCodes()
    {
        var check = ReplyRules.Default.Check(Assigned("J005", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "D", reason: "留作参考")).State);
        var violation = Assert.Single(check.Violations);
        Assert.Equal(ClassificationRule.UnknownCategory, violation.Rule);
        Assert.Contains("A、B、C", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DependsOnTheScheme_DIsKnownAndNeedsAReasonWithReference()
    {
        var state = Assigned("J006", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "D")).State;
        Assert.Equal(ClassificationRule.UnknownCategory, Assert.Single(ReplyRules.Default.Check(state).Violations).Rule);
        Assert.Equal(ClassificationRule.ReasonMissing, Assert.Single(new ReplyRules(ClassificationScheme.WithReference).Check(state).Violations).Rule);
        var jia = Assigned("J007", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "丙")).State;
        Assert.Equal(ClassificationRule.ReasonMissing, Assert.Single(new ReplyRules(ClassificationScheme.JiaYiBing).Check(jia).Violations).Rule);
    }

    [Fact]
    public void Check_EveryRoundAndEveryReply_IsChecked()
    {
        var item = Assigned("J008", D(2025, 3, 3)).With(
            Reply(D(2025, 5, 20), "C"),
            new FeedbackReceived(D(2025, 6, 1), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D(2025, 6, 3)),
            Reply(D(2025, 6, 30), "B"));
        var check = ReplyRules.Default.Check(item.State);
        Assert.Equal(
            [(ClassificationRule.ReasonMissing, 1), (ClassificationRule.PlannedCompletionMissing, 2)],
            check.Violations.Select(v => (v.Rule, v.Round)));
    }

    [Fact]
    public void Check_SeparateHandling_ChecksEachUnitsReply()
    {
        var submission = new Submission(new ItemId("J009"), SubmissionKind.Proposal, "关于治理交通拥堵的提案", 2025, new Member("赵委员"));
        var item = new HandledItem(submission, [
            new Assigned(D(2025, 3, 3), [new Assignment(Education, AssignmentRole.Separate), new Assignment(Transport, AssignmentRole.Separate)]),
            Reply(D(2025, 5, 1), "C", unit: Education),
            Reply(D(2025, 5, 2), "B", unit: Transport),
        ]);
        var check = ReplyRules.Default.Check(item.State);
        Assert.Equal(2, check.Violations.Count);
        Assert.Contains("by 市教育局", check.Violations[0].Message, StringComparison.Ordinal);
        Assert.Contains("by 市交通运输局", check.Violations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureValid_Violations_ThrowWithEveryItemsViolations()
    {
        var good = Assigned("J010", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "A")).State;
        var bad1 = Assigned("J011", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "C")).State;
        var bad2 = Assigned("J012", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B")).State;
        var ex = Assert.Throws<ClassificationException>(() => ReplyRules.Default.EnsureValid([good, bad1, bad2]));
        Assert.Equal([new ItemId("J011"), new ItemId("J012")], ex.Failures.Select(f => f.ItemId));
        Assert.StartsWith("2 reply rule violation(s) in 2 item(s): Item J011", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ReplyRules.Default.Check([good, bad1, bad2]).Count);
    }

    [Fact]
    public void FollowUpObligations_OpenPromise_FallsDueAfterThePlannedDate()
    {
        var item = Assigned("J013", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B", planned: D(2025, 12, 31)));
        var obligation = Assert.Single(ReplyRules.Default.FollowUpObligations(item.State));
        Assert.Equal(FollowUpStatus.Open, obligation.Status);
        Assert.Equal(D(2025, 12, 31), obligation.PlannedCompletion);
        Assert.False(obligation.IsDue(D(2025, 12, 31)));
        Assert.True(obligation.IsDue(D(2026, 1, 1)));
    }

    [Theory]
    [InlineData(true, FollowUpStatus.Kept)]
    [InlineData(false, FollowUpStatus.Broken)]
    public void FollowUpObligations_FollowUp_ClosesThePromise(bool kept, FollowUpStatus expected)
    {
        var followUp = new FollowedUp(D(2026, 1, 10), kept);
        var item = Assigned("J014", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B", planned: D(2025, 12, 31)), followUp);
        var obligation = Assert.Single(ReplyRules.Default.FollowUpObligations(item.State));
        Assert.Equal(expected, obligation.Status);
        Assert.Same(followUp, obligation.ClosedBy);
        Assert.False(obligation.IsDue(D(2026, 6, 1)));
    }

    [Fact]
    public void FollowUpObligations_RehandlingSupersedesTheEarlierPromise()
    {
        var first = Assigned("J015", D(2025, 3, 3)).With(
            Reply(D(2025, 5, 20), "B", planned: D(2025, 9, 30)),
            new FeedbackReceived(D(2025, 6, 1), SatisfactionLevel.Unsatisfied),
            new FollowedUp(D(2025, 6, 2), PromiseKept: false),
            new RehandlingStarted(D(2025, 6, 3)));
        var obligation = Assert.Single(ReplyRules.Default.FollowUpObligations(first.State));
        Assert.Equal(1, obligation.Round);
        Assert.Equal(FollowUpStatus.Broken, obligation.Status);

        var planned = first.With(Reply(D(2025, 6, 30), "B", planned: D(2025, 11, 30)));
        var second = Assert.Single(ReplyRules.Default.FollowUpObligations(planned.State));
        Assert.Equal(2, second.Round);
        Assert.Equal(FollowUpStatus.Open, second.Status); // the follow-up of 6-2 came before this reply

        var solved = first.With(Reply(D(2025, 6, 30), "A"));
        Assert.Empty(ReplyRules.Default.FollowUpObligations(solved.State));
    }

    [Fact]
    public void FollowUpObligations_OnlyPlannedCategoriesPromise()
    {
        var item = Assigned("J016", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "A", planned: D(2025, 8, 1)));
        Assert.Empty(ReplyRules.Default.FollowUpObligations(item.State));
        Assert.Empty(ReplyRules.Default.FollowUpObligations(Assigned("J017", D(2025, 3, 3)).State));
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool FollowUpObligations_OnePerPlannedStandingReply_ClosedByLaterFollowUps(HandledItem item)
    {
        var state = item.State;
        var obligations = ReplyRules.Default.FollowUpObligations(state);
        // The standing replies: those of the latest round with a reply; under 分办, of each unit's part.
        IEnumerable<EquatableArray<HandlingRound>> rounds = state.IsSeparateHandling ? state.Parts.Select(p => p.Rounds) : [state.Rounds];
        var expected = rounds.Select(r => r.Reverse().FirstOrDefault(round => !round.Replies.IsEmpty))
            .Sum(standing => standing?.Replies.Count(r => r.Category == ResultCategory.B) ?? 0);
        var closers = obligations.Where(o => o.ClosedBy is not null).Select(o => o.ClosedBy!).ToList();
        return obligations.Count == expected &&
               closers.Count <= state.FollowUps.Count &&
               closers.Distinct().Count() == closers.Count &&
               obligations.All(o => o.ClosedBy is null || o.ClosedBy.Date >= o.Reply.Date);
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Check_ReportsExactlyTheRepliesBreakingARule(HandledItem item)
    {
        var replies = item.State.AllReplies.ToList();
        var expected = replies.Count(r => r.Category?.Code == "D") +
                       replies.Count(r => r.Category == ResultCategory.C && r.Reason is null) +
                       replies.Count(r => r.Category == ResultCategory.B && (r.PlannedCompletion is null || r.PlannedCompletion <= r.Date));
        var check = ReplyRules.Default.Check(item.State);
        return check.Violations.Count == expected && check.IsValid == (expected == 0) && check.Violations.All(v => v.ItemId == item.Id);
    }
}
