using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;
using static LianLuo.Domain.Tests.Model.Samples;

namespace LianLuo.Domain.Tests.Model;

/// <summary>Every <see cref="LifecycleRule"/>, each broken by a hand-made history.</summary>
public class LifecycleRuleTests
{
    public static TheoryData<LifecycleRule> Rules => [.. Enum.GetValues<LifecycleRule>()];

    public static TheoryData<string> MoreCases => [.. MoreBrokenHistories().Keys];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Fold_HistoryBreakingTheRule_ThrowsNamingEventDateAndRule(LifecycleRule rule)
    {
        var (history, index) = BrokenHistory(rule);
        AssertBroken(history, index, rule);
    }

    [Theory]
    [MemberData(nameof(MoreCases))]
    public void Fold_MoreHistoriesBreakingARule_ThrowNamingTheRule(string name)
    {
        var (history, index, rule) = MoreBrokenHistories()[name];
        AssertBroken(history, index, rule);
    }

    [Fact]
    public void Fold_ValidPrefixOfEachBrokenHistory_Folds()
    {
        foreach (var rule in Enum.GetValues<LifecycleRule>())
        {
            var (history, index) = BrokenHistory(rule);
            var prefix = ItemLifecycle.Fold(Suggestion(), history[..index]);
            Assert.Equal(index, prefix.EventCount);
        }
    }

    [Fact]
    public void Violation_Message_IsTheExactText()
    {
        HandlingEvent[] history = [LeadWithCoHandling(), new FeedbackReceived(Day(30), SatisfactionLevel.Satisfied)];

        var ex = Assert.Throws<LifecycleException>(() => Fold(history));

        Assert.Equal(
            "Item J2024-017: event #1 反馈 (FeedbackReceived) on 2024-04-19 breaks rule FeedbackWithoutReply (未答复即反馈): the round has no reply (答复) yet.",
            ex.Message);
        Assert.Equal(ex.Message, ex.Violation!.ToString());
    }

    [Fact]
    public void TryApply_RefusedStep_ReportsTheIndexOfTheNextEvent()
    {
        var state = Fold(LeadWithCoHandling(), new Received(Day(1), Education));

        Assert.False(ItemLifecycle.TryApply(state, new Closed(Day(2)), out var next, out var violation));

        Assert.Null(next);
        Assert.Equal(LifecycleRule.CloseWithoutReply, violation.Rule);
        Assert.Equal(2, violation.EventIndex);
        Assert.Equal(2, state.EventCount);
        Assert.Equal(HandlingPhase.Handling, state.Phase);
    }

    [Fact]
    public void Fold_NullEvent_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => ItemLifecycle.Fold(Suggestion(), [LeadWithCoHandling(), null!]));
        Assert.Throws<ArgumentNullException>(() => ItemLifecycle.Fold(null!, []));
        Assert.Throws<ArgumentNullException>(() => ItemLifecycle.Fold(Suggestion(), null!));
        Assert.Throws<ArgumentNullException>(() => ItemLifecycle.TryApply(null!, LeadWithCoHandling(), out _, out _));
        Assert.Throws<ArgumentNullException>(() => ItemLifecycle.TryApply(ItemLifecycle.Initial(Suggestion()), null!, out _, out _));
    }

    [Fact]
    public void LifecycleException_Constructors_KeepMessageAndViolation()
    {
        var violation = new LifecycleViolation(LifecycleRule.AlreadyClosed, 3, new Closed(Day(9)), "closed twice");
        var inner = new InvalidOperationException("inner");

        Assert.Same(violation, new LifecycleException(violation).Violation);
        Assert.Equal("closed twice", new LifecycleException(violation).Message);
        Assert.Null(new LifecycleException("text").Violation);
        Assert.Same(inner, new LifecycleException("text", inner).InnerException);
        Assert.Null(new LifecycleException().Violation);
        Assert.Throws<ArgumentNullException>(() => new LifecycleException((LifecycleViolation)null!));
    }

    /// <summary>
    /// Why each rule's hand-made history is refused, in the words a user reads after the rule's name: the facts that break
    /// it, with the units, the dates (counted by hand: Day(n) is 2024-03-20 + n days) and the deadlines involved.
    /// </summary>
    private static readonly Dictionary<LifecycleRule, string> ReasonOfRule = new()
    {
        [LifecycleRule.EventsOutOfOrder] = "it is dated before the previous event (2024-03-25).",
        [LifecycleRule.NotAssigned] = "the item has not been assigned (交办) yet.",
        [LifecycleRule.AlreadyAssigned] = "the item is already assigned; reassignment needs an approved return (同意退回).",
        [LifecycleRule.UnitNotAssigned] = "市审计局 is not assigned to the item.",
        [LifecycleRule.AlreadyReceived] = "市教育局 already signed (签收) for this assignment.",
        [LifecycleRule.ReturnAfterReply] = "a unit cannot return an item that has been replied to.",
        [LifecycleRule.ReturnAlreadyRequested] = "a return request of 市教育局 is already pending.",
        [LifecycleRule.NoReturnRequested] = "no return request (退回申请) is pending.",
        [LifecycleRule.AwaitingReassignment] = "the return was approved; the item must be reassigned (重新交办) first.",
        [LifecycleRule.NotCoHandlingUnit] = "市教育局 is not a co-handling (会办) unit of the item.",
        [LifecycleRule.ExtensionAfterReply] = "the round has already been replied to (答复).",
        [LifecycleRule.ExtensionNotAfterDate] = "the extension date 2024-04-19 is not after the approval date.",
        [LifecycleRule.ReplyFromNonReplyingUnit] = "only the lead unit (主办) 市教育局 replies, not 市公安局.",
        [LifecycleRule.AlreadyReplied] = "市教育局 already replied (答复) in round 1.",
        [LifecycleRule.FeedbackWithoutReply] = "the round has no reply (答复) yet.",
        [LifecycleRule.AlreadyFeedback] = "the round's satisfaction form (反馈) is already recorded.",
        [LifecycleRule.RehandlingWithoutDissatisfaction] = "re-handling (重新办理) needs an unsatisfied (不满意) feedback in the current round, not 满意.",
        [LifecycleRule.FollowUpWithoutPromise] = "no reply made a promise (planned completion date) to follow up.",
        [LifecycleRule.CloseWithoutReply] = "the item cannot be closed (办结) before its reply (答复).",
        [LifecycleRule.AlreadyClosed] = "the item was closed (办结) on 2024-05-29.",
        [LifecycleRule.ReturnPending] = "a return request (退回申请) is pending; it must be decided (同意/不同意退回) first.",
        [LifecycleRule.ExtensionAfterDeadline] = "it is approved after the reply deadline (答复期限) 2025-10-09 it would extend had passed.",
        [LifecycleRule.ExtensionNotAfterDeadline] = "the new date 2025-10-08 is not after the reply deadline (答复期限) 2025-10-09; an extension never shortens a deadline.",
        [LifecycleRule.ExtensionBeyondLimit] = "the new date 2024-09-21 is beyond the extension limit (最长办理期限) 2024-09-20.",
        [LifecycleRule.ComplexityTooLate] = "情况复杂 must be decided no later than the regular reply deadline 2025-10-09.",
        [LifecycleRule.ReturnWindowPassed] = "the return window (退回期限) of 市教育局 ended on 2024-03-28; the policy accepts no later request.",
        [LifecycleRule.SeparateUnitNotNamed] = "under separate handling (分办) a feedback (反馈) must name one of the separate units (市教育局、市公安局、市交通运输局), not none.",
    };

    /// <summary>The reasons of the further histories whose words differ from their rule's first case.</summary>
    private static readonly Dictionary<string, string> ReasonOfCase = new()
    {
        ["separate reply without a unit"] = "under separate handling (分办) a reply must name one of the assigned units, not none.",
        ["separate reply from a stranger"] = "under separate handling (分办) a reply must name one of the assigned units, not 市审计局.",
        ["separate unit replies twice"] = "市公安局 already replied (答复) in round 1 of its part.",
        ["feedback for a separate unit that has not replied"] = "市教育局 has not replied (答复) in its current round.",
        ["feedback naming a co-handling unit"] = "a feedback (反馈) rates the lead unit's (主办) reply; 市公安局 is not the lead unit 市教育局.",
        ["separate re-handling without a unit"] = "under separate handling (分办) a re-handling (重新办理) must name one of the separate units (市教育局、市公安局、市交通运输局), not none.",
        ["complexity after a partial separate reply"] = "情况复杂 must be decided before any reply (答复).",
        ["extension after the re-handling deadline"] = "it is approved after the re-handling deadline (重新办理期限) 2024-06-19 it would extend had passed.",
        ["decision naming a unit without a pending request"] = "no return request (退回申请) of 市教育局 is pending.",
        ["close after only some separate replies"] = "the item cannot be closed (办结) before every separate unit's reply (答复); 市交通运输局 has not replied.",
        ["re-handling after 基本满意"] = "re-handling (重新办理) needs an unsatisfied (不满意) feedback in the current round, not 基本满意.",
        ["re-handling when the form was not returned"] = "re-handling (重新办理) needs an unsatisfied (不满意) feedback in the current round, not none.",
        ["reply after close"] = "the item was closed (办结) on 2024-05-29.",
    };

    public static TheoryData<string> CasesWithOwnReason => [.. ReasonOfCase.Keys];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Violation_Reason_NamesTheFactsThatBreakTheRule(LifecycleRule rule)
    {
        var (history, _) = BrokenHistory(rule);
        Assert.False(ItemLifecycle.TryFold(Suggestion(), history, out _, out var violation));
        Assert.Equal(ReasonOfRule[rule], violation.Reason);
        Assert.EndsWith(": " + ReasonOfRule[rule], violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesWithOwnReason))]
    public void Violation_Reason_OfFurtherCases_NamesTheirFacts(string name)
    {
        var (history, _, _) = MoreBrokenHistories()[name];
        Assert.False(ItemLifecycle.TryFold(Suggestion(), history, out _, out var violation));
        Assert.Equal(ReasonOfCase[name], violation.Reason);
    }

    private static void AssertBroken(HandlingEvent[] history, int index, LifecycleRule rule)
    {
        var submission = Suggestion();
        var step = history[index];

        Assert.False(ItemLifecycle.TryFold(submission, history, out var state, out var violation));
        Assert.Null(state);
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(index, violation.EventIndex);
        Assert.Same(step, violation.Event);
        Assert.Contains("J2024-017", violation.Message, StringComparison.Ordinal);
        Assert.Contains($"#{index} {step.ChineseName} ({step.GetType().Name})", violation.Message, StringComparison.Ordinal);
        Assert.Contains(LocalDatePattern.Iso.Format(step.Date), violation.Message, StringComparison.Ordinal);
        Assert.Contains($"rule {rule} ({DisplayNames.Chinese(rule)})", violation.Message, StringComparison.Ordinal);

        var ex = Assert.Throws<LifecycleException>(() => ItemLifecycle.Fold(submission, history));
        Assert.Equal(violation, ex.Violation);
        Assert.Equal(violation.Message, ex.Message);
        Assert.Equal(violation, Assert.Throws<LifecycleException>(() => new HandledItem(submission, history)).Violation);
    }

    /// <summary>A history whose event at the index breaks the rule, and whose earlier events are valid.</summary>
    private static (HandlingEvent[] History, int Index) BrokenHistory(LifecycleRule rule) => rule switch
    {
        LifecycleRule.EventsOutOfOrder => ([LeadWithCoHandling(), new Received(Day(5), Education), new Received(Day(4), Police)], 2),
        LifecycleRule.NotAssigned => ([new Replied(Day(0), ResultCategory.A)], 0),
        LifecycleRule.AlreadyAssigned => ([LeadWithCoHandling(), new Assigned(Day(3), [new Assignment(Housing, AssignmentRole.Lead)])], 1),
        LifecycleRule.UnitNotAssigned => ([LeadWithCoHandling(), new Received(Day(1), Audit)], 1),
        LifecycleRule.AlreadyReceived => ([LeadWithCoHandling(), new Received(Day(1), Education), new Received(Day(2), Education)], 2),
        LifecycleRule.ReturnAfterReply => ([LeadWithCoHandling(), new Replied(Day(40), ResultCategory.A), new ReturnRequested(Day(41), Education, "职责不符")], 2),
        LifecycleRule.ReturnAlreadyRequested => ([LeadWithCoHandling(), new ReturnRequested(Day(2), Education, "职责不符"), new ReturnRequested(Day(3), Education, "职责不符")], 2),
        LifecycleRule.NoReturnRequested => ([LeadWithCoHandling(), new ReturnDecided(Day(2), true)], 1),
        LifecycleRule.AwaitingReassignment => ([LeadWithCoHandling(), new ReturnRequested(Day(2), Education, "职责不符"), new ReturnDecided(Day(5), true), new Replied(Day(20), ResultCategory.A)], 3),
        LifecycleRule.NotCoHandlingUnit => ([LeadWithCoHandling(), new CoHandlingOpinionSent(Day(10), Education)], 1),
        LifecycleRule.ExtensionAfterReply => ([LeadWithCoHandling(), new Replied(Day(60), ResultCategory.A), new Extended(Day(61), Day(120))], 2),
        LifecycleRule.ExtensionNotAfterDate => ([LeadWithCoHandling(), new Extended(Day(30), Day(30))], 1),
        LifecycleRule.ReplyFromNonReplyingUnit => ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A, Police)], 1),
        LifecycleRule.AlreadyReplied => ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new Replied(Day(51), ResultCategory.B, Education, Day(300))], 2),
        LifecycleRule.FeedbackWithoutReply => ([LeadWithCoHandling(), new FeedbackReceived(Day(30), SatisfactionLevel.Satisfied)], 1),
        LifecycleRule.AlreadyFeedback => ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.Satisfied), new FeedbackReceived(Day(61), SatisfactionLevel.Unsatisfied)], 3),
        LifecycleRule.RehandlingWithoutDissatisfaction => ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.Satisfied), new RehandlingStarted(Day(61))], 3),
        LifecycleRule.FollowUpWithoutPromise => ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FollowedUp(Day(200), true)], 2),
        LifecycleRule.CloseWithoutReply => ([LeadWithCoHandling(), new Closed(Day(10))], 1),
        LifecycleRule.AlreadyClosed => ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new Closed(Day(70)), new Closed(Day(71))], 3),
        LifecycleRule.ReturnPending => ([LeadWithCoHandling(), new ReturnRequested(Day(2), Education, "职责不符"), new Replied(Day(20), ResultCategory.A)], 2),

        // 交办 2025-07-01: the regular reply deadline is 3 months later, 2025-10-01, in 国庆节/中秋节 (10-01..08), so 2025-10-09.
        LifecycleRule.ExtensionAfterDeadline => ([LeadOn(D(2025, 7, 1)), new Extended(D(2025, 10, 10), D(2025, 11, 30))], 1),
        LifecycleRule.ExtensionNotAfterDeadline => ([LeadOn(D(2025, 7, 1)), new Extended(D(2025, 9, 1), D(2025, 10, 8))], 1),

        // 交办 2024-03-20: the extension limit is 6 months later, 2024-09-20 (a Friday); 2024-09-21 is a Saturday, so the
        // extended deadline would be 2024-09-23, beyond the limit.
        LifecycleRule.ExtensionBeyondLimit => ([LeadWithCoHandling(), new Extended(D(2024, 5, 20), D(2024, 9, 21))], 1),
        LifecycleRule.ComplexityTooLate => ([LeadOn(D(2025, 7, 1)), new ComplexityDesignated(D(2025, 10, 10), true)], 1),

        // 交办 Wed 2024-03-20, 市教育局 signs on 03-21: its return window is 5 working days from then, 03-22/25/26/27/28.
        LifecycleRule.ReturnWindowPassed => ([LeadWithCoHandling(), new Received(D(2024, 3, 21), Education), new ReturnRequested(D(2024, 3, 29), Education, "职责不符")], 2),
        LifecycleRule.SeparateUnitNotNamed => ([Separate(), new Replied(Day(30), ResultCategory.A, Education), new FeedbackReceived(Day(40), SatisfactionLevel.Satisfied)], 2),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No history breaks this rule yet: add one."),
    };

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>交办 on a date to 市教育局 (主办) with 市公安局 (会办).</summary>
    private static Assigned LeadOn(LocalDate date) =>
        new(date, [new Assignment(Education, AssignmentRole.Lead), new Assignment(Police, AssignmentRole.CoHandling)]);

    private static Dictionary<string, (HandlingEvent[] History, int Index, LifecycleRule Rule)> MoreBrokenHistories() => new()
    {
        ["separate reply without a unit"] = ([Separate(), new Replied(Day(30), ResultCategory.A)], 1, LifecycleRule.ReplyFromNonReplyingUnit),
        ["separate reply from a stranger"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Audit)], 1, LifecycleRule.ReplyFromNonReplyingUnit),
        ["separate unit replies twice"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Police), new Replied(Day(31), ResultCategory.A, Police)], 2, LifecycleRule.AlreadyReplied),
        ["feedback for a separate unit that has not replied"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Police), new FeedbackReceived(Day(40), SatisfactionLevel.Satisfied, Education)], 2, LifecycleRule.FeedbackWithoutReply),
        ["feedback naming a stranger under separate handling"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Police), new FeedbackReceived(Day(40), SatisfactionLevel.Satisfied, Audit)], 2, LifecycleRule.SeparateUnitNotNamed),
        ["separate re-handling without a unit"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Education), new FeedbackReceived(Day(40), SatisfactionLevel.Unsatisfied, Education), new RehandlingStarted(Day(41))], 3, LifecycleRule.SeparateUnitNotNamed),
        ["separate re-handling of a unit not unsatisfied"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Education), new Replied(Day(30), ResultCategory.A, Police), new FeedbackReceived(Day(40), SatisfactionLevel.Unsatisfied, Education), new FeedbackReceived(Day(40), SatisfactionLevel.Satisfied, Police), new RehandlingStarted(Day(41), Police)], 5, LifecycleRule.RehandlingWithoutDissatisfaction),
        ["feedback naming a co-handling unit"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.Satisfied, Police)], 2, LifecycleRule.ReplyFromNonReplyingUnit),
        ["complexity after a partial separate reply"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Police), new ComplexityDesignated(Day(31), true)], 2, LifecycleRule.ComplexityTooLate),
        ["extension after the re-handling deadline"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied), new RehandlingStarted(Day(61)), new Extended(Day(100), Day(130))], 4, LifecycleRule.ExtensionAfterDeadline),
        ["extension that would shorten an earlier extension"] = ([LeadOn(D(2025, 7, 1)), new Extended(D(2025, 9, 1), D(2025, 11, 28)), new Extended(D(2025, 10, 20), D(2025, 11, 20))], 2, LifecycleRule.ExtensionNotAfterDeadline),
        ["late return of a unit deemed to have received at the sign-in window's end"] = ([LeadWithCoHandling(), new ReturnRequested(D(2024, 4, 9), Police, "职责不符")], 1, LifecycleRule.ReturnWindowPassed),
        ["decision naming a unit without a pending request"] = ([LeadWithCoHandling(), new ReturnRequested(Day(2), Police, "职责不符"), new ReturnDecided(Day(3), true, Education)], 2, LifecycleRule.NoReturnRequested),
        ["released co-handling unit signs"] = ([LeadWithCoHandling(), new ReturnRequested(Day(2), Police, "职责不符"), new ReturnDecided(Day(5), true, Police), new Received(Day(6), Police)], 3, LifecycleRule.UnitNotAssigned),
        ["released co-handling unit sends its opinion"] = ([LeadWithCoHandling(), new ReturnRequested(Day(2), Police, "职责不符"), new ReturnDecided(Day(5), true), new CoHandlingOpinionSent(Day(6), Police)], 3, LifecycleRule.NotCoHandlingUnit),
        ["separate reply while a separate unit's return is pending"] = ([Separate(), new ReturnRequested(Day(2), Police, "职责不符"), new Replied(Day(3), ResultCategory.A, Education)], 2, LifecycleRule.ReturnPending),
        ["close after only some separate replies"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Police), new Replied(Day(31), ResultCategory.A, Education), new Closed(Day(40))], 3, LifecycleRule.CloseWithoutReply),
        ["return after a partial separate reply"] = ([Separate(), new Replied(Day(30), ResultCategory.A, Police), new ReturnRequested(Day(31), Transport, "职责不符")], 2, LifecycleRule.ReturnAfterReply),
        ["return in a re-handling round"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied), new RehandlingStarted(Day(61)), new ReturnRequested(Day(62), Education, "职责不符")], 4, LifecycleRule.ReturnAfterReply),
        ["return by a stranger"] = ([LeadWithCoHandling(), new ReturnRequested(Day(2), Audit, "职责不符")], 1, LifecycleRule.UnitNotAssigned),
        ["communication by a stranger"] = ([LeadWithCoHandling(), new Communicated(Day(2), CommunicationStage.BeforeHandling, CommunicationMode.Phone, 1, Audit)], 1, LifecycleRule.UnitNotAssigned),
        ["opinion from a stranger"] = ([LeadWithCoHandling(), new CoHandlingOpinionSent(Day(2), Audit)], 1, LifecycleRule.NotCoHandlingUnit),
        ["opinion under separate handling"] = ([Separate(), new CoHandlingOpinionSent(Day(2), Police)], 1, LifecycleRule.NotCoHandlingUnit),
        ["extension to an earlier date"] = ([LeadWithCoHandling(), new Extended(Day(30), Day(29))], 1, LifecycleRule.ExtensionNotAfterDate),
        ["re-handling after 基本满意"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.BasicallySatisfied), new RehandlingStarted(Day(61))], 3, LifecycleRule.RehandlingWithoutDissatisfaction),
        ["re-handling when the form was not returned"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), null), new RehandlingStarted(Day(61))], 3, LifecycleRule.RehandlingWithoutDissatisfaction),
        ["re-handling before any feedback"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new RehandlingStarted(Day(51))], 2, LifecycleRule.RehandlingWithoutDissatisfaction),
        ["second re-handling in one round"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied), new RehandlingStarted(Day(61)), new RehandlingStarted(Day(62))], 4, LifecycleRule.RehandlingWithoutDissatisfaction),
        ["reply after close"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new Closed(Day(70)), new Replied(Day(71), ResultCategory.A)], 3, LifecycleRule.AlreadyClosed),
        ["re-handling after close"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied), new Closed(Day(70)), new RehandlingStarted(Day(71))], 4, LifecycleRule.AlreadyClosed),
        ["reassignment after close"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new Closed(Day(70)), new Assigned(Day(71), [Assignment.Lead("市民政局")])], 3, LifecycleRule.AlreadyClosed),
        ["decision while awaiting reassignment"] = ([LeadWithCoHandling(), new ReturnRequested(Day(2), Education, "职责不符"), new ReturnDecided(Day(5), true), new ReturnDecided(Day(6), false)], 3, LifecycleRule.AwaitingReassignment),
        ["second decision after a rejection"] = ([LeadWithCoHandling(), new ReturnRequested(Day(2), Education, "职责不符"), new ReturnDecided(Day(5), false), new ReturnDecided(Day(6), true)], 3, LifecycleRule.NoReturnRequested),
        ["out of order across days only"] = ([LeadWithCoHandling(), new Replied(Day(50), ResultCategory.A), new Closed(Day(49))], 2, LifecycleRule.EventsOutOfOrder),
        ["first event not 交办"] = ([new Communicated(Day(-10), CommunicationStage.BeforeHandling, CommunicationMode.FaceToFace), LeadWithCoHandling()], 0, LifecycleRule.NotAssigned),
        ["signing for the old assignment after reassignment"] = ([LeadWithCoHandling(), new ReturnRequested(Day(2), Education, "职责不符"), new ReturnDecided(Day(5), true), new Assigned(Day(6), [new Assignment(Housing, AssignmentRole.Lead)]), new Received(Day(7), Police)], 4, LifecycleRule.UnitNotAssigned),
    };
}
