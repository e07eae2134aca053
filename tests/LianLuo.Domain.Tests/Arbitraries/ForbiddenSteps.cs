using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>
/// The steps that the lifecycle rules forbid after a given point of a history, each with the rule it must be
/// refused for. Worked out from the test model, in the order the rules are stated (date order first, then
/// 未交办, 已办结, 退回申请待决定, 待重新交办, then the step's own rules).
/// </summary>
public static class ForbiddenSteps
{
    private const string Reason = "不属于本单位职责范围";

    /// <summary>Forbidden steps dated <paramref name="date"/> (not before the model's last date).</summary>
    public static IReadOnlyList<(HandlingEvent Step, LifecycleRule Rule)> After(HistoryModel model, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(model);
        var outsider = HistoryModel.Outsider;
        var any = model.Assignments.IsEmpty ? outsider : model.Assignments[0].Unit;
        switch (model.Phase)
        {
            case HandlingPhase.NotAssigned:
                return Each(
                    LifecycleRule.NotAssigned,
                    new Received(date, outsider),
                    new Replied(date, ResultCategory.A),
                    new FeedbackReceived(date, SatisfactionLevel.Satisfied),
                    new Closed(date),
                    new Communicated(date, CommunicationStage.BeforeHandling, CommunicationMode.Phone),
                    new Supervised(date, "市长"),
                    new Extended(date, date.PlusDays(30)));
            case HandlingPhase.Closed:
                return Each(
                    LifecycleRule.AlreadyClosed,
                    new Assigned(date, [Assignment.Lead("市教育局")]),
                    new Received(date, any),
                    new Replied(date, ResultCategory.A, model.IsSeparate ? any : null),
                    new FeedbackReceived(date, SatisfactionLevel.Satisfied),
                    new Closed(date),
                    new Extended(date, date.PlusDays(30)),
                    new RehandlingStarted(date),
                    new ReturnRequested(date, any, Reason),
                    new ReturnDecided(date, true),
                    new ComplexityDesignated(date, true),
                    new CoHandlingOpinionSent(date, any));
            case HandlingPhase.AwaitingReassignment:
                return Each(
                    LifecycleRule.AwaitingReassignment,
                    new Received(date, any),
                    new Replied(date, ResultCategory.A, model.IsSeparate ? any : null),
                    new FeedbackReceived(date, null),
                    new Closed(date),
                    new Extended(date, date.PlusDays(30)),
                    new RehandlingStarted(date),
                    new ReturnRequested(date, any, Reason),
                    new ReturnDecided(date, false),
                    new ComplexityDesignated(date, true),
                    new FollowedUp(date, true),
                    new CoHandlingOpinionSent(date, any));
            case HandlingPhase.ReturnRequested:
                return
                [
                    .. Each(
                        LifecycleRule.ReturnPending,
                        new Replied(date, ResultCategory.A, model.IsSeparate ? any : null),
                        new Closed(date),
                        new Extended(date, date.PlusDays(30))),
                    (new ReturnRequested(date, any, Reason), LifecycleRule.ReturnAlreadyRequested),
                ];
        }

        return Open(model, date);
    }

    /// <summary>A step dated before the model's last event, or nothing when the history is empty or starts on the first allowed date.</summary>
    public static (HandlingEvent Step, LifecycleRule Rule)? OutOfOrder(HistoryModel model, int daysBack)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.LastDate is not { } last || last <= HistoryModel.MinDate)
        {
            return null;
        }

        var date = last.PlusDays(-Math.Max(1, daysBack));
        date = date < HistoryModel.MinDate ? HistoryModel.MinDate : date;
        return (new Communicated(date, CommunicationStage.DuringHandling, CommunicationMode.Phone), LifecycleRule.EventsOutOfOrder);
    }

    private static List<(HandlingEvent Step, LifecycleRule Rule)> Open(HistoryModel model, LocalDate date)
    {
        var outsider = HistoryModel.Outsider;
        var firstUnit = model.Assignments[0].Unit;
        var steps = new List<(HandlingEvent, LifecycleRule)>
        {
            (new Assigned(date, [Assignment.Lead("市教育局")]), LifecycleRule.AlreadyAssigned),
            (new Received(date, outsider), LifecycleRule.UnitNotAssigned),
            (new ReturnRequested(date, outsider, Reason), LifecycleRule.UnitNotAssigned),
            (new Communicated(date, CommunicationStage.DuringHandling, CommunicationMode.Visit, 2, outsider), LifecycleRule.UnitNotAssigned),
            (new CoHandlingOpinionSent(date, outsider), LifecycleRule.NotCoHandlingUnit),
            (new CoHandlingOpinionSent(date, firstUnit), LifecycleRule.NotCoHandlingUnit),
        };

        steps.AddRange(model.Received.Select(u => ((HandlingEvent)new Received(date, u), LifecycleRule.AlreadyReceived)));

        if (model.ReplyCount > 0)
        {
            steps.Add((new ReturnRequested(date, firstUnit, Reason), LifecycleRule.ReturnAfterReply));
        }
        else if (model.Phase == HandlingPhase.ReturnRequested)
        {
            steps.Add((new ReturnRequested(date, firstUnit, Reason), LifecycleRule.ReturnAlreadyRequested));
        }

        if (model.Phase != HandlingPhase.ReturnRequested)
        {
            steps.Add((new ReturnDecided(date, true), LifecycleRule.NoReturnRequested));
        }

        steps.Add(model.RoundReplied
            ? (new Extended(date, date.PlusDays(30)), LifecycleRule.ExtensionAfterReply)
            : (new Extended(date, date), LifecycleRule.ExtensionNotAfterDate));

        // Replies from units that do not reply, and second replies.
        steps.Add((new Replied(date, ResultCategory.A, outsider), LifecycleRule.ReplyFromNonReplyingUnit));
        if (model.IsSeparate)
        {
            steps.Add((new Replied(date, ResultCategory.A), LifecycleRule.ReplyFromNonReplyingUnit));
        }

        steps.AddRange(model.CoHandlingUnits.Select(u => ((HandlingEvent)new Replied(date, ResultCategory.B, u, date.PlusDays(90)), LifecycleRule.ReplyFromNonReplyingUnit)));
        steps.AddRange(model.RepliedThisRound.Select(u => ((HandlingEvent)new Replied(date, ResultCategory.A, u), LifecycleRule.AlreadyReplied)));
        if (!model.IsSeparate && model.RoundReplied)
        {
            steps.Add((new Replied(date, ResultCategory.C, Reason: "条件不具备"), LifecycleRule.AlreadyReplied));
        }

        if (!model.RoundReplied)
        {
            steps.Add((new FeedbackReceived(date, SatisfactionLevel.Satisfied), LifecycleRule.FeedbackWithoutReply));
            steps.Add((new Closed(date), LifecycleRule.CloseWithoutReply));
        }
        else if (model.RoundHasFeedback)
        {
            steps.Add((new FeedbackReceived(date, SatisfactionLevel.Unsatisfied), LifecycleRule.AlreadyFeedback));
        }

        if (model.RoundLevel != SatisfactionLevel.Unsatisfied)
        {
            steps.Add((new RehandlingStarted(date), LifecycleRule.RehandlingWithoutDissatisfaction));
        }

        if (!model.AnyPromise)
        {
            steps.Add((new FollowedUp(date, true), LifecycleRule.FollowUpWithoutPromise));
        }

        return steps;
    }

    private static List<(HandlingEvent Step, LifecycleRule Rule)> Each(LifecycleRule rule, params HandlingEvent[] steps) =>
        [.. steps.Select(s => (s, rule))];
}
