using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using static LianLuo.Domain.Tests.Model.Samples;

namespace LianLuo.Domain.Tests.Model;

/// <summary>Valid handling flows, folded by hand.</summary>
public class ItemLifecycleTests
{
    [Fact]
    public void Fold_EmptyHistory_IsNotAssigned()
    {
        var state = Fold();

        Assert.Equal(HandlingPhase.NotAssigned, state.Phase);
        Assert.Equal(Suggestion(), state.Submission);
        Assert.Null(state.Assignment);
        Assert.Null(state.CurrentRound);
        Assert.Null(state.FirstRepliedOn);
        Assert.Null(state.FirstCategory);
        Assert.Null(state.LatestCategory);
        Assert.Null(state.FinalSatisfaction);
        Assert.Null(state.LastEventOn);
        Assert.Equal(0, state.EventCount);
        Assert.Equal(0, state.ReplyCount);
        Assert.Equal(0, state.AssignmentCount);
        Assert.Equal(ItemLifecycle.Initial(Suggestion()), state);
    }

    [Fact]
    public void Fold_TypicalFlowToClose_TracksEveryStep()
    {
        var state = Fold(
            LeadWithCoHandling(),
            new Received(Day(1), Education),
            new Received(Day(2), Police),
            new Communicated(Day(10), CommunicationStage.BeforeHandling, CommunicationMode.FaceToFace, 2),
            new CoHandlingOpinionSent(Day(25), Police),
            new Communicated(Day(30), CommunicationStage.DuringHandling, CommunicationMode.Phone, 1, Police),
            new Replied(Day(55), ResultCategory.A),
            new Communicated(Day(56), CommunicationStage.AfterHandling, CommunicationMode.Visit, 3),
            new FeedbackReceived(Day(70), SatisfactionLevel.Satisfied),
            new Closed(Day(72)));

        Assert.Equal(HandlingPhase.Closed, state.Phase);
        Assert.Equal(Day(72), state.ClosedOn);
        Assert.Equal(Day(72), state.LastEventOn);
        Assert.Equal(10, state.EventCount);
        Assert.Equal(AssignedOn, state.FirstAssignedOn);
        Assert.Equal(1, state.AssignmentCount);
        Assert.Equal(Education, state.Assignment!.LeadUnit);
        Assert.Equal([Education, Police], state.ReceivedBy);
        Assert.Equal([Police], state.CoHandlingOpinions.Select(o => o.Unit));
        Assert.Equal(3, state.Communications.Count);
        Assert.Equal(2, state.PersonTimes(CommunicationMode.FaceToFace));
        Assert.Equal(1, state.PersonTimes(CommunicationMode.Phone));
        Assert.Equal(3, state.PersonTimes(CommunicationMode.Visit));
        Assert.Equal(0, state.PersonTimes(CommunicationMode.Email));
        Assert.Equal(1, state.ReplyCount);
        Assert.Single(state.Rounds);
        Assert.Equal(Day(55), state.FirstRepliedOn);
        Assert.Equal(ResultCategory.A, state.FirstCategory);
        Assert.Equal(ResultCategory.A, state.LatestCategory);
        Assert.Equal(SatisfactionLevel.Satisfied, state.FinalSatisfaction);
        Assert.False(state.IsRehandled);
        Assert.False(state.IsSupervised);
        Assert.Empty(state.Promises);
    }

    [Fact]
    public void Fold_EachPhase_FollowsTheSteps()
    {
        var state = ItemLifecycle.Initial(Suggestion());
        (HandlingEvent Step, HandlingPhase Phase)[] steps =
        [
            (LeadWithCoHandling(), HandlingPhase.Handling),
            (new ReturnRequested(Day(3), Education, "职责不符"), HandlingPhase.ReturnRequested),
            (new ReturnDecided(Day(6), false), HandlingPhase.Handling),
            (new Replied(Day(50), ResultCategory.C, Reason: "受财力所限"), HandlingPhase.Replied),
            (new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied), HandlingPhase.FeedbackReceived),
            (new RehandlingStarted(Day(61)), HandlingPhase.Handling),
            (new Replied(Day(90), ResultCategory.A), HandlingPhase.Replied),
            (new Closed(Day(100)), HandlingPhase.Closed),
        ];

        foreach (var (step, phase) in steps)
        {
            Assert.True(ItemLifecycle.TryApply(state, step, out var next, out var violation), violation?.Message);
            Assert.Equal(phase, next.Phase);
            state = next;
        }
    }

    [Fact]
    public void Fold_ReassignmentAfterApprovedReturn_RestartsTheClockWithTheNewUnit()
    {
        HandlingEvent[] returned =
        [
            new Assigned(Day(0), [new Assignment(Education, AssignmentRole.Lead)]),
            new Received(Day(1), Education),
            new Extended(Day(5), Day(120), "王副市长", "需调研"),
            new ComplexityDesignated(Day(5), true),
            new ReturnRequested(Day(6), Education, "属住建部门职责"),
            new ReturnDecided(Day(9), true),
        ];
        Assert.Equal(HandlingPhase.AwaitingReassignment, Fold(returned).Phase);

        var reassigned = new Assigned(Day(12), [new Assignment(Housing, AssignmentRole.Lead), new Assignment(Education, AssignmentRole.CoHandling)]);
        var state = Fold([.. returned, reassigned, new Received(Day(13), Housing), new Replied(Day(70), ResultCategory.B, PlannedCompletion: new LocalDate(2025, 6, 30))]);

        Assert.Equal(HandlingPhase.Replied, state.Phase);
        Assert.Equal(2, state.AssignmentCount);
        Assert.Equal(AssignedOn, state.FirstAssignedOn);
        Assert.Same(reassigned, state.Assignment);
        Assert.Equal(Housing, state.Assignment!.LeadUnit);
        Assert.Equal([Housing], state.ReceivedBy);
        Assert.Null(state.Extension);
        Assert.False(state.IsComplex);
        Assert.Single(state.ReturnRequests);
        Assert.Single(state.Rounds);
        Assert.Equal(Day(12), state.Rounds[0].StartedOn);
        Assert.Equal(Day(70), state.FirstRepliedOn);
        Assert.Single(state.Promises);
    }

    [Fact]
    public void Fold_CommunicationAndSupervisionWhileAwaitingReassignment_AreAllowed()
    {
        var state = Fold(
            LeadWithCoHandling(),
            new ReturnRequested(Day(2), Education, "不属本单位职责"),
            new ReturnDecided(Day(4), true),
            new Communicated(Day(5), CommunicationStage.BeforeHandling, CommunicationMode.Phone),
            new Supervised(Day(6), "常务副市长"));

        Assert.Equal(HandlingPhase.AwaitingReassignment, state.Phase);
        Assert.True(state.IsSupervised);
        Assert.Single(state.Communications);
    }

    [Fact]
    public void Fold_RejectedReturn_KeepsTheAssignment()
    {
        var state = Fold(
            LeadWithCoHandling(),
            new Received(Day(1), Education),
            new ReturnRequested(Day(2), Education, "职责不符"),
            new ReturnDecided(Day(4), false),
            new Replied(Day(40), ResultCategory.A));

        Assert.Equal(HandlingPhase.Replied, state.Phase);
        Assert.Equal(1, state.AssignmentCount);
        Assert.Equal([Education], state.ReceivedBy);
        Assert.Single(state.ReturnRequests);
    }

    [Fact]
    public void Fold_SeparateHandling_RoundIsRepliedWhenEveryUnitHasReplied()
    {
        var partial = Fold(
            Separate(),
            new Replied(Day(30), ResultCategory.A, Police),
            new Replied(Day(45), ResultCategory.B, Education, new LocalDate(2025, 12, 31)));

        Assert.Equal(HandlingPhase.Handling, partial.Phase);
        Assert.Equal(2, partial.ReplyCount);
        Assert.False(partial.CurrentRound!.IsReplied);
        Assert.Null(partial.FirstRepliedOn);
        Assert.Null(partial.FirstCategory);
        Assert.Null(partial.Assignment!.LeadUnit);
        Assert.True(partial.Assignment.IsSeparateHandling);

        // 交办 2024-03-20: the regular deadline is 2024-06-20 (Day 92), so an extension approved on Day 50 may run to Day 100.
        var complete = Fold(
            Separate(),
            new Replied(Day(30), ResultCategory.A, Police),
            new Replied(Day(45), ResultCategory.B, Education, new LocalDate(2025, 12, 31)),
            new Extended(Day(50), Day(100)),
            new Replied(Day(75), ResultCategory.C, Transport, Reason: "需省级审批"),
            new FeedbackReceived(Day(80), SatisfactionLevel.Satisfied, Police),
            new FeedbackReceived(Day(85), SatisfactionLevel.BasicallySatisfied, Education),
            new FeedbackReceived(Day(90), SatisfactionLevel.Satisfied, Transport),
            new Closed(Day(91)));

        Assert.Equal(HandlingPhase.Closed, complete.Phase);
        Assert.Equal(3, complete.ReplyCount);
        Assert.Equal(Day(75), complete.FirstRepliedOn);

        // Under 分办 the item's result is the lowest of its units' (decided on a scheme), not the last reply's.
        Assert.Null(complete.FirstCategory);
        Assert.Equal(ResultCategory.C, LianLuo.Domain.Classification.ClassificationScheme.Default.StandingResult(complete));
        Assert.Equal(new[] { ResultCategory.A, ResultCategory.B, ResultCategory.C }, new[] { Police, Education, Transport }.Select(u => complete.PartOf(u)!.LatestCategory!.Value).ToArray());
        Assert.Equal(Day(100), complete.Extension!.ExtendedTo);
        Assert.Equal([Police, Education, Transport], complete.Rounds[0].Replies.Select(r => r.Unit));
        Assert.Equal(SatisfactionLevel.BasicallySatisfied, complete.FinalSatisfaction);
        Assert.Single(complete.Promises);
    }

    [Fact]
    public void Fold_RehandlingRounds_KeepEveryRoundAndTheLastSatisfaction()
    {
        var state = Fold(
            LeadWithCoHandling(),
            new Replied(Day(50), ResultCategory.C, Reason: "资金不足"),
            new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(Day(62)),
            new Communicated(Day(70), CommunicationStage.DuringHandling, CommunicationMode.Symposium, 5),
            new Replied(Day(100), ResultCategory.B, Education, new LocalDate(2025, 9, 30)),
            new FeedbackReceived(Day(110), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(Day(111)),
            new Replied(Day(140), ResultCategory.A),
            new FeedbackReceived(Day(150), SatisfactionLevel.BasicallySatisfied),
            new Closed(Day(151)));

        Assert.Equal(HandlingPhase.Closed, state.Phase);
        Assert.True(state.IsRehandled);
        Assert.Equal([1, 2, 3], state.Rounds.Select(r => r.Number));
        Assert.Equal([Day(0), Day(62), Day(111)], state.Rounds.Select(r => r.StartedOn));
        Assert.Equal(3, state.ReplyCount);
        Assert.Equal(Day(50), state.FirstRepliedOn);
        Assert.Equal(ResultCategory.C, state.FirstCategory);
        Assert.Equal(ResultCategory.A, state.LatestCategory);
        Assert.Equal([SatisfactionLevel.Unsatisfied, SatisfactionLevel.Unsatisfied, SatisfactionLevel.BasicallySatisfied], state.Rounds.Select(r => r.Satisfaction!.Value));
        Assert.Equal(SatisfactionLevel.BasicallySatisfied, state.FinalSatisfaction);
        Assert.Equal(5, state.PersonTimes(CommunicationMode.Symposium));
    }

    [Fact]
    public void FinalSatisfaction_LastRoundNotReturned_IsThePreviousRoundsForm()
    {
        var state = Fold(
            LeadWithCoHandling(),
            new Replied(Day(50), ResultCategory.A),
            new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(Day(61)),
            new Replied(Day(90), ResultCategory.A),
            new FeedbackReceived(Day(120), null));

        Assert.Equal(HandlingPhase.FeedbackReceived, state.Phase);
        Assert.Null(state.CurrentRound!.Satisfaction);
        Assert.Equal(SatisfactionLevel.Unsatisfied, state.FinalSatisfaction);
        Assert.Equal("未反馈", state.CurrentRound.Feedback!.ChineseName);
    }

    [Fact]
    public void Fold_FollowUpAfterPlannedReply_IsAllowedBeforeAndAfterClose()
    {
        var planned = new Replied(Day(55), ResultCategory.B, PlannedCompletion: new LocalDate(2024, 12, 31));
        var state = Fold(
            LeadWithCoHandling(),
            planned,
            new FollowedUp(Day(100), false),
            new FeedbackReceived(Day(110), SatisfactionLevel.Satisfied),
            new Closed(Day(111)),
            new FollowedUp(new LocalDate(2025, 1, 15), true),
            new Communicated(new LocalDate(2025, 1, 15), CommunicationStage.AfterHandling, CommunicationMode.Visit),
            new Supervised(new LocalDate(2025, 1, 20), "市长"));

        Assert.Equal(HandlingPhase.Closed, state.Phase);
        Assert.Equal(Day(111), state.ClosedOn);
        Assert.Equal([false, true], state.FollowUps.Select(f => f.PromiseKept));
        Assert.Equal([planned], state.Promises);
        Assert.True(state.IsSupervised);
        Assert.Equal(new LocalDate(2025, 1, 20), state.LastEventOn);
    }

    [Fact]
    public void Fold_FollowUpOfAnEarlierRoundsPromise_IsAllowedInALaterRound()
    {
        var state = Fold(
            LeadWithCoHandling(),
            new Replied(Day(50), ResultCategory.B, PlannedCompletion: Day(200)),
            new FeedbackReceived(Day(60), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(Day(61)),
            new FollowedUp(Day(70), true));

        Assert.Equal(HandlingPhase.Handling, state.Phase);
        Assert.Single(state.FollowUps);
    }

    [Fact]
    public void Fold_ComplexityExtensionAndSupervision_AreRecorded()
    {
        // 交办 2024-03-20: regular deadline 2024-06-20 (Day 92), extension limit 2024-09-20 (Day 184).
        HandlingEvent[] history =
        [
            LeadWithCoHandling(),
            new Supervised(Day(4), "分管副市长"),
            new Extended(Day(20), Day(100), "分管副市长", "  "),
            new Extended(Day(25), Day(180), "分管副市长", "跨部门协调"),
        ];
        var state = Fold(history);

        Assert.True(state.IsSupervised);
        Assert.Equal("分管副市长", state.Supervisions[0].Leader);
        Assert.Equal(Day(180), state.Extension!.ExtendedTo);
        Assert.Equal("跨部门协调", state.Extension.Reason);

        HandlingEvent[] complex = [LeadWithCoHandling(), new ComplexityDesignated(Day(3), true)];
        Assert.True(Fold(complex).IsComplex);
        Assert.False(Fold([.. complex, new ComplexityDesignated(Day(30), false)]).IsComplex);
    }

    [Fact]
    public void Fold_EventsOnTheSameDate_AreInOrder()
    {
        var state = Fold(
            LeadWithCoHandling(),
            new Received(Day(0), Education),
            new Replied(Day(0), ResultCategory.A),
            new FeedbackReceived(Day(0), SatisfactionLevel.VerySatisfied),
            new Closed(Day(0)));

        Assert.Equal(HandlingPhase.Closed, state.Phase);
        Assert.Equal(SatisfactionLevel.VerySatisfied, state.FinalSatisfaction);
    }

    [Fact]
    public void Fold_LeadReplyNamingTheLeadUnit_CountsAsTheLeadsReply()
    {
        var state = Fold(LeadWithCoHandling(), new Replied(Day(40), ResultCategory.A, Education));

        Assert.Equal(HandlingPhase.Replied, state.Phase);
        Assert.Equal(Day(40), state.FirstRepliedOn);
    }

    [Fact]
    public void HandledItem_Append_AddsOneEvent()
    {
        var item = new HandledItem(Suggestion(), [LeadWithCoHandling()]);

        var replied = item.Append(new Replied(Day(30), ResultCategory.A));

        Assert.Single(item.History);
        Assert.Equal(2, replied.History.Count);
        Assert.Equal(HandlingPhase.Replied, replied.State.Phase);
        Assert.Equal(HandlingPhase.Handling, item.State.Phase);
        Assert.Equal(new ItemId("J2024-017"), replied.Id);
    }
}
