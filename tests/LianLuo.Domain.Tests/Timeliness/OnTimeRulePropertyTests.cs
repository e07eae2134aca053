using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Timeliness;

/// <summary>
/// The on-time rule, stated once and checked on every path that applies it. Dates are placed by their offset k (in days) from
/// the deadline D, so the expected verdict is read off the rule itself: a reply on D + k is on time exactly when k ≤ 0; an item
/// not replied on the as-of date D + a is overdue exactly when a &gt; 0, seriously overdue when also past the limit; the rate's
/// denominator is onTime + late + overdue, whatever the number pending. The deadlines come from the engine (they are the
/// Deadlines namespace's rule); only the verdicts are under test.
/// </summary>
public class OnTimeRulePropertyTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;
    private static readonly HandlingUnit Lead = new("市教育局");
    private static readonly Submission Suggestion = new(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全的建议", 2025, new Deputy("张三"));

    private static int Wrap(int value, int span) => (int)(((long)value % span + span) % span);

    private static ReportStatus Expected(bool replied, int replyOffset, int asOfOffset) =>
        replied
            ? replyOffset <= 0 ? ReportStatus.OnTime : ReportStatus.Late
            : asOfOffset > 0 ? ReportStatus.Overdue : ReportStatus.Pending;

    [Property(MaxTest = 300)]
    public bool Judge_IsOnTimeExactlyWhenTheReplyIsNotAfterTheDeadline(int deadlineDay, int replyOffset, int asOfOffset, bool replied, int limitAfter)
    {
        var deadline = new LocalDate(2007, 1, 1).PlusDays(Wrap(deadlineDay, 7300));
        // Small offsets around 0 (FsCheck starts with small numbers), so that the boundaries k = 0, a = 0 and a = m come up.
        var k = replyOffset % 21;
        var a = asOfOffset % 21;
        var m = Math.Abs(limitAfter % 21);
        var asOf = deadline.PlusDays(a);
        LocalDate? repliedOn = replied ? deadline.PlusDays(k) : null;

        var status = OnTimeRule.Judge(repliedOn, deadline, asOf);
        var serious = OnTimeRule.IsSeriouslyOverdue(status, deadline.PlusDays(m), asOf);
        return status == Expected(replied, k, a)
            && (!replied ? true : OnTimeRule.IsOnTime(repliedOn!.Value, deadline) == (k <= 0))
            && serious == (!replied && a > m);
    }

    [Property(MaxTest = 100)]
    public bool Judge_WithoutADeadline_IsOnTimeWhenRepliedAndPendingOtherwise(int day, bool replied)
    {
        var date = new LocalDate(2007, 1, 1).PlusDays(Wrap(day, 7300));
        var status = OnTimeRule.Judge(replied ? date : null, null, date.PlusDays(365));
        return status == (replied ? ReportStatus.OnTime : ReportStatus.Pending);
    }

    [Property(MaxTest = 200)]
    public bool Rate_CountsOnTimeOverOnTimeLateAndOverdue(byte onTime, byte late, byte overdue, byte pending)
    {
        var facts = new List<ItemFacts>();
        var n = 0;
        void Add(int count, ReportStatus status)
        {
            for (var i = 0; i < count; i++)
            {
                facts.Add(new ItemFacts(new ItemId($"I{n++}"), SubmissionKind.Suggestion, status));
            }
        }

        Add(onTime % 20, ReportStatus.OnTime);
        Add(late % 20, ReportStatus.Late);
        Add(overdue % 20, ReportStatus.Overdue);
        Add(pending % 20, ReportStatus.Pending);
        var rate = ItemTally.Of(facts).OnTimeRate;
        var decided = (onTime % 20) + (late % 20) + (overdue % 20);
        return rate.Numerator == onTime % 20 && rate.Denominator == decided && rate.HasValue == (decided > 0)
            && OnTimeRule.Rate(onTime % 20, late % 20, overdue % 20) == rate;
    }

    [Property(MaxTest = 150)]
    public bool FirstReply_EveryPathFollowsTheRule(int assignedDay, int replyOffset, int asOfOffset, bool replied)
    {
        var assigned = new Assigned(new LocalDate(2024, 1, 1).PlusDays(Wrap(assignedDay, 700)), [new Assignment(Lead, AssignmentRole.Lead)]);
        var open = ItemLifecycle.Fold(Suggestion, [assigned]);
        var deadline = Engine.ReplyDeadline(open)!.Date;
        var limit = Engine.ExtensionLimit(open)!.Date;
        var k = replyOffset % 16;
        var a = asOfOffset % 200;
        var asOf = deadline.PlusDays(a);
        var state = replied ? ItemLifecycle.Fold(Suggestion, [assigned, new Replied(deadline.PlusDays(k), ResultCategory.A)]) : open;
        var expected = Expected(replied, k, a);

        var status = Engine.Status(state, asOf);
        var verdictAgrees = !replied || Engine.Verdict(state)!.IsOnTime == (k <= 0);
        var seriousAgrees = (status.Status == DeadlineStatus.SeriouslyOverdue) == (!replied && asOf > limit);
        return status.ReportStatus == expected
            && ItemFacts.From(state, Engine, asOf).Timeliness == expected
            && verdictAgrees
            && seriousAgrees;
    }

    [Property(MaxTest = 150)]
    public bool Rehandling_FollowsTheSameRuleAgainstTheRehandlingDeadline(int assignedDay, int replyOffset, int asOfOffset, bool repliedAgain)
    {
        var assignedOn = new LocalDate(2024, 1, 1).PlusDays(Wrap(assignedDay, 700));
        var assigned = new Assigned(assignedOn, [new Assignment(Lead, AssignmentRole.Lead)]);
        var firstReply = assignedOn.PlusDays(30);
        HandlingEvent[] rehandled =
        [
            assigned,
            new Replied(firstReply, ResultCategory.B),
            new FeedbackReceived(firstReply.PlusDays(5), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(firstReply.PlusDays(6)),
        ];
        var started = ItemLifecycle.Fold(Suggestion, rehandled);
        var due = Engine.RehandlingDeadline(started)!.Date;
        var k = replyOffset % 11;
        var a = asOfOffset % 21;
        var asOf = due.PlusDays(a);
        var state = repliedAgain ? ItemLifecycle.Fold(Suggestion, [.. rehandled, new Replied(due.PlusDays(k), ResultCategory.A)]) : started;
        var expected = Expected(repliedAgain, k, a);

        var facts = ItemFacts.From(state, Engine, asOf);
        return Engine.RehandlingStatus(state, asOf) == expected
            && facts.Rehandling == expected
            && facts.Timeliness == ReportStatus.OnTime; // the first reply, 30 days after 交办, is on time whatever the second does
    }
}
