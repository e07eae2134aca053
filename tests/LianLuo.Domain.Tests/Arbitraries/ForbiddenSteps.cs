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
                    .. model.PendingReturns.Select(u => ((HandlingEvent)new ReturnRequested(date, u, Reason), LifecycleRule.ReturnAlreadyRequested)),
                    .. LateReturns(model, date),
                    .. model.Released.Select(u => ((HandlingEvent)new Received(date, u), LifecycleRule.UnitNotAssigned)),
                    (new ReturnDecided(date, false, outsider), LifecycleRule.NoReturnRequested),
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

        steps.AddRange(model.Received.Where(u => !model.Released.Contains(u)).Select(u => ((HandlingEvent)new Received(date, u), LifecycleRule.AlreadyReceived)));

        // Released 会办 units have left the item.
        foreach (var released in model.Released)
        {
            steps.Add((new Received(date, released), LifecycleRule.UnitNotAssigned));
            steps.Add((new ReturnRequested(date, released, Reason), LifecycleRule.UnitNotAssigned));
            steps.Add((new Communicated(date, CommunicationStage.DuringHandling, CommunicationMode.Phone, 1, released), LifecycleRule.UnitNotAssigned));
            steps.Add((new CoHandlingOpinionSent(date, released), LifecycleRule.NotCoHandlingUnit));
        }

        if (model.AnyReplyThisAssignment)
        {
            steps.Add((new ReturnRequested(date, firstUnit, Reason), LifecycleRule.ReturnAfterReply));
        }
        else
        {
            steps.AddRange(model.PendingReturns.Select(u => ((HandlingEvent)new ReturnRequested(date, u, Reason), LifecycleRule.ReturnAlreadyRequested)));
            steps.AddRange(LateReturns(model, date));
        }

        if (model.PendingReturns.IsEmpty)
        {
            steps.Add((new ReturnDecided(date, true), LifecycleRule.NoReturnRequested));
        }

        steps.Add((new ReturnDecided(date, false, outsider), LifecycleRule.NoReturnRequested));

        steps.AddRange(Extensions(model, date));

        if (model.AnyReplyThisAssignment)
        {
            steps.Add((new ComplexityDesignated(date, true), LifecycleRule.ComplexityTooLate));
        }
        else if (date > model.RegularDeadline)
        {
            steps.Add((new ComplexityDesignated(date, date.Day % 2 == 0), LifecycleRule.ComplexityTooLate));
        }
        else
        {
            // The day after the regular deadline (a later date than the history's last).
            steps.Add((new ComplexityDesignated(model.RegularDeadline.PlusDays(1), true), LifecycleRule.ComplexityTooLate));
        }

        // Replies from units that do not reply, and second replies.
        steps.Add((new Replied(date, ResultCategory.A, outsider), LifecycleRule.ReplyFromNonReplyingUnit));
        steps.AddRange(model.Assignments.Where(a => a.Role == AssignmentRole.CoHandling)
            .Select(a => ((HandlingEvent)new Replied(date, ResultCategory.B, a.Unit, date.PlusDays(90)), LifecycleRule.ReplyFromNonReplyingUnit)));
        if (model.IsSeparate)
        {
            steps.Add((new Replied(date, ResultCategory.A), LifecycleRule.ReplyFromNonReplyingUnit));
            Separate(model, date, steps);
        }
        else
        {
            Lead(model, date, steps);
        }

        if (!model.AnyPromise)
        {
            steps.Add((new FollowedUp(date, true), LifecycleRule.FollowUpWithoutPromise));
        }

        return steps;
    }

    private static void Lead(HistoryModel model, LocalDate date, List<(HandlingEvent, LifecycleRule)> steps)
    {
        var lead = model.Lead!;
        if (model.RoundReplied)
        {
            steps.Add((new Replied(date, ResultCategory.C, Reason: "条件不具备"), LifecycleRule.AlreadyReplied));
            steps.Add((new Replied(date, ResultCategory.A, lead), LifecycleRule.AlreadyReplied));
        }

        if (!model.RoundReplied)
        {
            steps.Add((new FeedbackReceived(date, SatisfactionLevel.Satisfied), LifecycleRule.FeedbackWithoutReply));
            steps.Add((new FeedbackReceived(date, SatisfactionLevel.Satisfied, lead), LifecycleRule.FeedbackWithoutReply));
            steps.Add((new Closed(date), LifecycleRule.CloseWithoutReply));
        }
        else if (model.RoundHasFeedback)
        {
            steps.Add((new FeedbackReceived(date, SatisfactionLevel.Unsatisfied), LifecycleRule.AlreadyFeedback));
        }

        // A feedback or re-handling naming a 会办 unit rates no reply of its own.
        steps.AddRange(model.Assignments.Where(a => a.Role == AssignmentRole.CoHandling)
            .Select(a => ((HandlingEvent)new FeedbackReceived(date, SatisfactionLevel.Satisfied, a.Unit), LifecycleRule.ReplyFromNonReplyingUnit)));

        if (model.RoundLevel != SatisfactionLevel.Unsatisfied)
        {
            steps.Add((new RehandlingStarted(date), LifecycleRule.RehandlingWithoutDissatisfaction));
        }
    }

    private static void Separate(HistoryModel model, LocalDate date, List<(HandlingEvent, LifecycleRule)> steps)
    {
        var outsider = HistoryModel.Outsider;
        steps.Add((new FeedbackReceived(date, SatisfactionLevel.Satisfied), LifecycleRule.SeparateUnitNotNamed));
        steps.Add((new FeedbackReceived(date, SatisfactionLevel.Satisfied, outsider), LifecycleRule.SeparateUnitNotNamed));
        steps.Add((new RehandlingStarted(date), LifecycleRule.SeparateUnitNotNamed));
        steps.Add((new RehandlingStarted(date, outsider), LifecycleRule.SeparateUnitNotNamed));
        foreach (var (unit, part) in model.Parts)
        {
            if (part.Replied)
            {
                steps.Add((new Replied(date, ResultCategory.A, unit), LifecycleRule.AlreadyReplied));
            }
            else
            {
                steps.Add((new FeedbackReceived(date, SatisfactionLevel.Satisfied, unit), LifecycleRule.FeedbackWithoutReply));
            }

            if (part.HasFeedback)
            {
                steps.Add((new FeedbackReceived(date, SatisfactionLevel.Unsatisfied, unit), LifecycleRule.AlreadyFeedback));
            }

            if (part.Level != SatisfactionLevel.Unsatisfied)
            {
                steps.Add((new RehandlingStarted(date, unit), LifecycleRule.RehandlingWithoutDissatisfaction));
            }
        }

        if (!model.CurrentRoundsReplied)
        {
            steps.Add((new Closed(date), LifecycleRule.CloseWithoutReply));
        }
    }

    /// <summary>Extensions refused for each of the extension rules that applies on the date, in the order they are judged.</summary>
    private static List<(HandlingEvent, LifecycleRule)> Extensions(HistoryModel model, LocalDate date)
    {
        var steps = new List<(HandlingEvent, LifecycleRule)>();
        if (model.RoundReplied)
        {
            steps.Add((new Extended(date, date.PlusDays(30)), LifecycleRule.ExtensionAfterReply));
            return steps;
        }

        steps.Add((new Extended(date, date), LifecycleRule.ExtensionNotAfterDate));
        steps.Add((new Extended(date, date.PlusDays(-1)), LifecycleRule.ExtensionNotAfterDate));
        if (model.Phase != HandlingPhase.Handling || (model.Rounds > 1 && !model.IsSeparate && (model.ExtendedTo is null && model.LastExtensionOn >= model.RoundStartedOn || date <= model.FirstRepliedOn)))
        {
            // Under 分办 a unit's re-handling keeps the item-level round replied; the cases the model avoids are not judged here.
            return steps;
        }

        var deadline = model.CurrentDeadline;
        if (date > deadline)
        {
            steps.Add((new Extended(date, date.PlusDays(30)), LifecycleRule.ExtensionAfterDeadline));
            return steps;
        }

        // The same extension approved the day after the deadline (a later date than the history's last).
        steps.Add((new Extended(deadline.PlusDays(1 + (date.Day % 3)), deadline.PlusDays(40)), LifecycleRule.ExtensionAfterDeadline));
        if (deadline > date)
        {
            steps.Add((new Extended(date, deadline), LifecycleRule.ExtensionNotAfterDeadline));
        }

        if (model.Rounds == 1 || model.IsSeparate)
        {
            steps.Add((new Extended(date, model.ExtensionLimit.PlusDays(1 + (date.Day % 20))), LifecycleRule.ExtensionBeyondLimit));
        }

        return steps;
    }

    /// <summary>Return requests of assigned units whose window has ended, before any reply.</summary>
    private static IEnumerable<(HandlingEvent, LifecycleRule)> LateReturns(HistoryModel model, LocalDate date) =>
        model.AnyReplyThisAssignment
            ? []
            : model.ActiveUnits.Where(u => !model.PendingReturns.Contains(u))
                .Select(u => ((HandlingEvent)new ReturnRequested(date > model.ReturnWindow(u) ? date : model.ReturnWindow(u).PlusDays(1), u, Reason), LifecycleRule.ReturnWindowPassed));

    private static List<(HandlingEvent Step, LifecycleRule Rule)> Each(LifecycleRule rule, params HandlingEvent[] steps) =>
        [.. steps.Select(s => (s, rule))];
}
