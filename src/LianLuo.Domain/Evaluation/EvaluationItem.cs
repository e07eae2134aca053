using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// What an evaluation scheme's metrics read about one item, for one scored unit: the item's <see cref="ItemFacts"/>
/// (timeliness from the deadline engine, standing result, final satisfaction, key, supervision, re-handling, contacts)
/// and the few further facts that only assessments use, each decided by the deadline or classification rules.
/// Schemes never look at the raw history, so every metric means what it means in the annual report. Build it from
/// handled items with <see cref="EvaluationItems.From(IEnumerable{Lifecycle.HandledItem}, NodaTime.LocalDate, Deadlines.DeadlineEngine?, Classification.ReplyRules?, RecordedFacts, Timeliness.RecordedVerdicts?)"/>;
/// callers with facts from elsewhere may build it directly. Immutable and thread-safe, with value equality.
/// </summary>
internal sealed record EvaluationItem
{
    /// <summary>Creates the evaluation facts of an item for one of its lead units.</summary>
    /// <param name="facts">The item's facts.</param>
    /// <param name="unit">The scored unit: the lead unit (主办单位), or under 分办 one of the separate units.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not one of the item's lead units.</exception>
    public EvaluationItem(ItemFacts facts, HandlingUnit unit)
    {
        Facts = Preconditions.CheckNotNull(facts);
        Unit = Preconditions.CheckNotNull(unit);
        if (!facts.LeadUnits.Contains(unit))
        {
            throw new ArgumentException(
                $"EvaluationItem of {facts.Id}: the unit {unit.Name} is not a lead unit (主办单位) of the item ({string.Join("、", facts.LeadUnits.Select(u => u.Name))}).",
                nameof(unit));
        }
    }

    /// <summary>The item's facts.</summary>
    public ItemFacts Facts { get; }

    /// <summary>The scored unit.</summary>
    public HandlingUnit Unit { get; }

    /// <summary>The identifier (编号).</summary>
    public ItemId Id => Facts.Id;

    /// <summary>建议, 提案 or 议案.</summary>
    public SubmissionKind Kind => Facts.Kind;

    /// <summary>Where the item stands against its reply deadline.</summary>
    public ReportStatus Timeliness => Facts.Timeliness;

    /// <summary>Whether the deadline engine counts the item seriously overdue (严重逾期: not replied past the extension limit).</summary>
    public bool IsSeriouslyOverdue { get; init; }

    /// <summary>For a replied item, calendar days from the reply (答复日期) to its reply deadline (negative when late), or null.</summary>
    public int? DaysBeforeDeadline { get; init; }

    /// <summary>Calendar days from 交办 to the unit's 签收, or null when no sign-in is recorded.</summary>
    public int? DaysToReceive { get; init; }

    /// <summary>Whether the unit talked with the proposer before the reply (a 办前沟通 or 办中协商 dated no later than the reply).</summary>
    public bool CommunicatedBeforeReply { get; init; }

    /// <summary>Whether a promised follow-up (回头看) is due and not done, by the classification's reply rules.</summary>
    public bool IsFollowUpDue { get; init; }

    /// <summary>Whether a reply of the item breaks a category rule of the reply rules (答复不规范: no reason for C, no planned completion date for B, …).</summary>
    public bool IsNonStandardReply { get; init; }

    /// <summary>Whether the unit signed (签收) within the policy's sign-in window (签收期限); false is 未按时签收.</summary>
    public bool ReceivedOnTime { get; init; }

    /// <summary>Whether a return request of the unit came after its return window (accepted only where the policy allows late requests).</summary>
    public bool HasLateReturnRequest { get; init; }

    /// <summary>
    /// Which optional facts the data behind this item records (default: all, as an item history does). A metric that needs
    /// an unrecorded fact makes its indicator or rule not applicable.
    /// </summary>
    public RecordedFacts Recorded { get; init; } = RecordedFacts.All;
}
