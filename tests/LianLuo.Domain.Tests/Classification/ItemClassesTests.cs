using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;
using static LianLuo.Domain.Tests.Classification.TestItems;

namespace LianLuo.Domain.Tests.Classification;

public class ItemClassesTests
{
    private static readonly ItemClasses Classes = ItemClasses.Default;
    private static readonly LocalDate AsOf = D(2026, 1, 1);

    [Fact]
    public void Solved_AReply_IsMemberAndSaysWhy()
    {
        var item = Assigned("J101", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "A"));
        var verdict = Classes.Solved.Explain(item.State, AsOf);
        Assert.True(verdict.IsMember);
        Assert.Equal("solved", verdict.ClassName);
        Assert.Equal(new ItemId("J101"), verdict.ItemId);
        Assert.Equal("办理结果为A类（已经解决或基本解决），属于已解决。", verdict.Chinese);
        Assert.Equal("Result A (solved or basically solved) counts as solved.", verdict.English);
    }

    [Fact]
    public void Solved_BReply_IsNotSolvedButIsSolvedOrPlanned()
    {
        var state = Assigned("J102", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B", planned: D(2025, 12, 1))).State;
        var solved = Classes.Solved.Explain(state, AsOf);
        Assert.False(solved.IsMember);
        Assert.Equal("办理结果为B类（正在解决或列入计划逐步解决），不属于已解决。", solved.Chinese);
        Assert.True(Classes.SolvedOrPlanned.Contains(state, AsOf));
        Assert.Equal("办理结果为B类（正在解决或列入计划逐步解决），属于已解决或列入计划。", Classes.SolvedOrPlanned.Explain(state, AsOf).Chinese);
    }

    [Fact]
    public void Solved_NotRepliedOrUnknownCategory_IsNotMember()
    {
        var open = Classes.Solved.Explain(Assigned("J103", D(2025, 3, 3)).State, AsOf);
        Assert.False(open.IsMember);
        Assert.Equal("尚未答复，没有办理结果，不属于已解决。", open.Chinese);
        var unknown = Classes.Solved.Explain(Assigned("J104", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "D", reason: "参考")).State, AsOf);
        Assert.False(unknown.IsMember);
        Assert.Contains("不在分类方案", unknown.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Solved_UsesTheStandingResultAfterRehandling()
    {
        var state = Assigned("J105", D(2025, 3, 3)).With(
            Reply(D(2025, 5, 20), "C", reason: "资金不足"),
            new FeedbackReceived(D(2025, 6, 1), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D(2025, 6, 2)),
            Reply(D(2025, 6, 30), "A")).State;
        Assert.True(Classes.Solved.Contains(state, AsOf));
    }

    [Fact]
    public void Solved_JiaYiBingScheme_ReadsJiaAsSolved()
    {
        var state = Assigned("J106", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "甲")).State;
        Assert.True(new SolvedItemClass(ClassificationScheme.JiaYiBing).Contains(state, AsOf));
        Assert.False(Classes.Solved.Contains(state, AsOf));
    }

    [Fact]
    public void KeyAndSupervisedKey_ExplainEachCombination()
    {
        var plain = Assigned("J107", D(2025, 3, 3)).State;
        var key = Assigned("J108", D(2025, 3, 3), isKey: true).State;
        var supervisedKey = Assigned("J109", D(2025, 3, 3), isKey: true).With(new Supervised(D(2025, 3, 10), "张副市长")).State;
        var supervisedOnly = Assigned("J110", D(2025, 3, 3)).With(new Supervised(D(2025, 3, 10), "李副市长")).State;
        Assert.Equal([false, true, true, false], new[] { plain, key, supervisedKey, supervisedOnly }.Select(s => Classes.Key.Contains(s, AsOf)));
        Assert.Equal([false, false, true, false], new[] { plain, key, supervisedKey, supervisedOnly }.Select(s => Classes.SupervisedKey.Contains(s, AsOf)));
        Assert.Equal("重点建议提案，由张副市长督办。", Classes.SupervisedKey.Explain(supervisedKey, AsOf).Chinese);
        Assert.Equal("重点建议提案，但没有领导督办。", Classes.SupervisedKey.Explain(key, AsOf).Chinese);
        Assert.Equal("由李副市长督办，但未列为重点建议提案。", Classes.SupervisedKey.Explain(supervisedOnly, AsOf).Chinese);
        Assert.Equal("未列为重点建议提案。", Classes.Key.Explain(plain, AsOf).Chinese);
    }

    [Fact]
    public void Rehandled_ExplainsTheRoundAndItsReply()
    {
        var started = Assigned("J111", D(2025, 3, 3)).With(
            Reply(D(2025, 5, 20), "A"),
            new FeedbackReceived(D(2025, 6, 1), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D(2025, 6, 2)));
        Assert.Equal("因不满意于2025年6月2日重新办理（第2轮），尚未重新答复。", Classes.Rehandled.Explain(started.State, AsOf).Chinese);
        var replied = started.With(Reply(D(2025, 6, 30), "A"));
        var verdict = Classes.Rehandled.Explain(replied.State, AsOf);
        Assert.True(verdict.IsMember);
        Assert.Equal("因不满意于2025年6月2日重新办理（第2轮），2025年6月30日重新答复。", verdict.Chinese);
        Assert.Equal("Re-handled from 2025-06-02 (round 2) after an unsatisfied feedback; replied again on 2025-06-30.", verdict.English);
        Assert.False(Classes.Rehandled.Contains(Assigned("J112", D(2025, 3, 3)).State, AsOf));
    }

    [Fact]
    public void FollowUpDue_OpenPromisePastItsDate_IsMember()
    {
        var item = Assigned("J113", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B", planned: D(2025, 10, 31)));
        var due = Classes.FollowUpDue.Explain(item.State, D(2025, 11, 1));
        Assert.True(due.IsMember);
        Assert.Equal("2025年5月20日答复承诺于2025年10月31日前完成，截至2025年11月1日尚未回头看。", due.Chinese);
        var early = Classes.FollowUpDue.Explain(item.State, D(2025, 10, 31));
        Assert.False(early.IsMember);
        Assert.Equal("承诺完成日期2025年10月31日，截至2025年10月31日尚未到期。", early.Chinese);
        var done = Classes.FollowUpDue.Explain(item.With(new FollowedUp(D(2025, 11, 5), PromiseKept: true)).State, D(2025, 12, 1));
        Assert.False(done.IsMember);
        Assert.Equal("承诺事项均已回头看。", done.Chinese);
    }

    [Fact]
    public void FollowUpDue_NoPromiseOrNoDate_IsNotMember()
    {
        Assert.Equal("没有需要回头看的承诺事项。", Classes.FollowUpDue.Explain(Assigned("J114", D(2025, 3, 3)).State, AsOf).Chinese);
        var undated = Assigned("J115", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "B")).State;
        Assert.Equal("答复未写明计划完成时间，无法确定回头看时间。", Classes.FollowUpDue.Explain(undated, AsOf).Chinese);
    }

    // 交办 on Saturday 2025-03-01: three months end on Sunday 2025-06-01, inside the 端午 holiday (5-31 to 6-2),
    // so the reply deadline is Tuesday 2025-06-03.
    [Theory]
    [InlineData(6, 3, null, "on-time", "2025年6月3日答复，未超过答复期限2025年6月3日，属于按期答复。")]
    [InlineData(6, 4, null, "late", "2025年6月4日答复，超过答复期限2025年6月3日，属于逾期答复。")]
    [InlineData(null, null, 4, "overdue", "截至2025年6月4日未答复，已超过答复期限2025年6月3日，属于逾期未答复。")]
    [InlineData(null, null, 3, null, "截至2025年6月3日未答复，答复期限2025年6月3日未到，不属于逾期未答复。")]
    public void Timeliness_FollowsTheDeadlineEngine(int? replyMonth, int? replyDay, int? asOfDay, string? expectedClass, string overdueOrMemberText)
    {
        var item = Assigned("J116", D(2025, 3, 1));
        if (replyMonth is { } m)
        {
            item = item.With(Reply(D(2025, m, replyDay!.Value), "A"));
        }

        var asOf = asOfDay is { } day ? D(2025, 6, day) : D(2025, 12, 31);
        var members = new ItemClass[] { Classes.OnTime, Classes.Late, Classes.Overdue }.Where(c => c.Contains(item.State, asOf)).Select(c => c.Name);
        Assert.Equal(expectedClass is null ? [] : [expectedClass], members);
        var shown = expectedClass is null ? Classes.Overdue : Classes[expectedClass];
        Assert.Equal(overdueOrMemberText, shown.Explain(item.State, asOf).Chinese);
    }

    [Fact]
    public void Timeliness_NotAssigned_HasNoDeadline()
    {
        var state = ItemLifecycle.Initial(new Submission(new ItemId("J117"), SubmissionKind.Suggestion, "标题", 2025, new Deputy("周代表")));
        var verdict = Classes.Overdue.Explain(state, AsOf);
        Assert.False(verdict.IsMember);
        Assert.Equal("尚未交办，没有答复期限，不属于逾期未答复。", verdict.Chinese);
    }

    [Fact]
    public void Catalogue_HasNineNamedClasses()
    {
        Assert.Equal(
            ["solved", "solved-or-planned", "key", "supervised-key", "rehandled", "follow-up-due", "on-time", "late", "overdue"],
            Classes.All.Select(c => c.Name));
        Assert.Same(Classes.Late, Classes["late"]);
        Assert.Contains("on-time", Assert.Throws<KeyNotFoundException>(() => Classes["timely"]).Message, StringComparison.Ordinal);
        Assert.Equal(9, Classes.Explain(Assigned("J118", D(2025, 3, 3)).State, AsOf).Count);
        Assert.All(Classes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Rule)));
    }

    [Property(Arbitrary = [typeof(ItemHistories)], MaxTest = 50)]
    public bool Classes_AgreeWithTheTallyOfTheSameItems(HandledItem[] items, ushort day)
    {
        var asOf = D(2024, 3, 1).PlusDays(day % 900);
        var states = items.Select(i => i.State).ToList();
        var tally = ItemTally.Of(states.Select(s => ItemFacts.From(s, DeadlineEngine.Default, asOf)));
        int Count(ItemClass c) => c.Filter(states, asOf).Count();
        return Count(Classes.Solved) == tally.Results.Solved(ClassificationScheme.Default) &&
               Count(Classes.SolvedOrPlanned) == tally.Results.SolvedOrPlanned(ClassificationScheme.Default) &&
               Count(Classes.Key) == tally.Key &&
               Count(Classes.SupervisedKey) == tally.KeySupervised &&
               Count(Classes.OnTime) == tally.OnTime &&
               Count(Classes.Late) == tally.Late &&
               Count(Classes.Overdue) == tally.Overdue;
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Explain_EveryClass_GivesBothSentences_AndAtMostOneTimelinessClass(HandledItem item, ushort day)
    {
        var asOf = D(2024, 3, 1).PlusDays(day % 900);
        var verdicts = Classes.Explain(item.State, asOf);
        var timely = verdicts.Count(v => v.IsMember && v.ClassName is "on-time" or "late" or "overdue");
        return verdicts.All(v => v.Chinese.EndsWith('。') && v.English.EndsWith('.') && v.ItemId == item.Id) &&
               timely <= 1 &&
               (item.State.FirstRepliedOn is null || timely == 1);
    }
}
