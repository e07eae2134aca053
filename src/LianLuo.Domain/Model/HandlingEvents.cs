using LianLuo.Domain.Internal;
using NodaTime;

namespace LianLuo.Domain.Model;

/// <summary>
/// A step in an item's handling history (办理过程). Histories are ordered by date; events on the same
/// date keep their order. Every event is immutable and thread-safe, with value equality.
/// </summary>
public abstract record HandlingEvent
{
    private protected HandlingEvent(LocalDate date) => Date = date;

    /// <summary>The date of the event.</summary>
    public LocalDate Date { get; }

    /// <summary>The Chinese name of the event, e.g. 交办.</summary>
    public abstract string ChineseName { get; }
}

/// <summary>Unit lookups over assignments without LINQ.</summary>
file static class AssignmentSpans
{
    /// <summary>Whether an assignment of the span is to the unit.</summary>
    public static bool ContainsAnyUnitOf(this ReadOnlySpan<Assignment> assignments, HandlingUnit unit)
    {
        foreach (var a in assignments)
        {
            if (a.Unit == unit)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>交办: the item is assigned to its units. Also the reassignment after an approved return, which restarts the clock.</summary>
public sealed record Assigned : HandlingEvent
{
    /// <summary>Creates an assignment event.</summary>
    /// <param name="date">The date of 交办.</param>
    /// <param name="assignments">Exactly one 主办 with any 会办, or one or more 分办; no unit twice.</param>
    /// <param name="isComplex">Whether the item is designated complex (情况复杂), which switches the reply period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assignments"/> is null.</exception>
    /// <exception cref="ArgumentException">The assignments break the composition rule.</exception>
    public Assigned(LocalDate date, IEnumerable<Assignment> assignments, bool isComplex = false)
        : base(date)
    {
        Assignments = new EquatableArray<Assignment>(Preconditions.CheckNotNull(assignments));

        // Plain loops: every item of a ledger is assigned, so this runs once per row read.
        var all = Assignments.AsImmutableArray();
        int leads = 0, separates = 0;
        foreach (var a in all)
        {
            if (a is null)
            {
                throw new ArgumentException("Assigned.Assignments (承办单位) must not contain null.", nameof(assignments));
            }

            leads += a.Role == AssignmentRole.Lead ? 1 : 0;
            separates += a.Role == AssignmentRole.Separate ? 1 : 0;
        }

        if (separates > 0 ? separates != all.Length : leads != 1)
        {
            throw new ArgumentException(
                $"Assigned.Assignments (承办单位) must hold exactly one 主办 with any 会办, or only 分办 units (value: {string.Join("、", all.Select(a => $"{a.Unit.Name}/{DisplayNames.Chinese(a.Role)}"))}).",
                nameof(assignments));
        }

        var seen = all.Length > 16 ? new HashSet<HandlingUnit>() : null;
        for (var i = 0; i < all.Length; i++)
        {
            var unit = all[i].Unit;
            var repeated = seen is not null ? !seen.Add(unit) : all.AsSpan(0, i).ContainsAnyUnitOf(unit);
            if (repeated)
            {
                throw new ArgumentException($"Assigned.Assignments (承办单位) names the unit {unit.Name} more than once.", nameof(assignments));
            }
        }

        IsComplex = isComplex;
    }

    /// <summary>The units and their roles.</summary>
    public EquatableArray<Assignment> Assignments { get; }

    /// <summary>Whether the item is complex (情况复杂).</summary>
    public bool IsComplex { get; }

    /// <summary>The lead unit, or null for separate handling (分办).</summary>
    public HandlingUnit? LeadUnit => Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead)?.Unit;

    /// <summary>Whether each unit answers on its own (分办).</summary>
    public bool IsSeparateHandling => Assignments.Count > 0 && Assignments[0].Role == AssignmentRole.Separate;

    /// <inheritdoc/>
    public override string ChineseName => "交办";
}

/// <summary>签收: a unit signs for the item.</summary>
/// <param name="Date">The date of signing.</param>
/// <param name="Unit">The unit that signed.</param>
public sealed record Received(LocalDate Date, HandlingUnit Unit) : HandlingEvent(Date)
{
    /// <summary>The unit that signed.</summary>
    public HandlingUnit Unit { get; } = Preconditions.CheckNotNull(Unit);

    /// <inheritdoc/>
    public override string ChineseName => "签收";
}

/// <summary>退回申请: a unit asks to return a wrongly assigned item.</summary>
/// <param name="Date">The date of the request.</param>
/// <param name="Unit">The unit asking.</param>
/// <param name="Reason">Why the item is not the unit's.</param>
public sealed record ReturnRequested(LocalDate Date, HandlingUnit Unit, string Reason) : HandlingEvent(Date)
{
    /// <summary>The unit asking.</summary>
    public HandlingUnit Unit { get; } = Preconditions.CheckNotNull(Unit);

    /// <summary>Why the item is not the unit's.</summary>
    public string Reason { get; } = Preconditions.CheckText(Reason, "ReturnRequested.Reason (退回理由)");

    /// <inheritdoc/>
    public override string ChineseName => "退回申请";
}

/// <summary>
/// The decision on a return request (退回申请). For the lead unit (主办) or a 分办 unit: approved, the item awaits
/// reassignment (重新交办, which restarts the clock); rejected, the unit keeps it. For a co-handling unit (会办) the
/// decision concerns that unit alone: approved, it leaves the item; the lead's handling and clock go on either way.
/// </summary>
/// <param name="Date">The date of the decision.</param>
/// <param name="Approved">Whether the return is approved.</param>
/// <param name="Unit">The unit whose request is decided; null for the only pending request (or the lead's, when several are pending).</param>
public sealed record ReturnDecided(LocalDate Date, bool Approved, HandlingUnit? Unit = null) : HandlingEvent(Date)
{
    /// <inheritdoc/>
    public override string ChineseName => Approved ? "同意退回" : "不同意退回";
}

/// <summary>会办意见: a co-handling unit sends its opinion to the lead unit.</summary>
/// <param name="Date">The date the opinion was sent.</param>
/// <param name="Unit">The co-handling unit.</param>
public sealed record CoHandlingOpinionSent(LocalDate Date, HandlingUnit Unit) : HandlingEvent(Date)
{
    /// <summary>The co-handling unit.</summary>
    public HandlingUnit Unit { get; } = Preconditions.CheckNotNull(Unit);

    /// <inheritdoc/>
    public override string ChineseName => "会办意见";
}

/// <summary>沟通: a communication with the proposer.</summary>
public sealed record Communicated : HandlingEvent
{
    /// <summary>Creates a communication.</summary>
    /// <param name="date">The date.</param>
    /// <param name="stage">办前, 办中 or 办后.</param>
    /// <param name="mode">面商, 电话, 邮件, 走访 or 座谈.</param>
    /// <param name="personTimes">Person-times (人次), at least 1.</param>
    /// <param name="unit">The unit that communicated, or null for the lead unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum is undefined or <paramref name="personTimes"/> is not positive.</exception>
    public Communicated(LocalDate date, CommunicationStage stage, CommunicationMode mode, int personTimes = 1, HandlingUnit? unit = null)
        : base(date)
    {
        Stage = Preconditions.CheckDefined(stage, "Communicated.Stage (沟通阶段)");
        Mode = Preconditions.CheckDefined(mode, "Communicated.Mode (沟通方式)");
        PersonTimes = Preconditions.CheckPositive(personTimes, "Communicated.PersonTimes (人次)");
        Unit = unit;
    }

    /// <summary>办前, 办中 or 办后.</summary>
    public CommunicationStage Stage { get; }

    /// <summary>面商, 电话, 邮件, 走访 or 座谈.</summary>
    public CommunicationMode Mode { get; }

    /// <summary>Person-times (人次).</summary>
    public int PersonTimes { get; }

    /// <summary>The unit, or null for the lead unit.</summary>
    public HandlingUnit? Unit { get; }

    /// <inheritdoc/>
    public override string ChineseName => "沟通";
}

/// <summary>延期: an approved extension of the reply deadline to a date.</summary>
/// <param name="Date">The date of approval.</param>
/// <param name="ExtendedTo">The new deadline (延期至).</param>
/// <param name="Approver">Who approved it, if recorded.</param>
/// <param name="Reason">Why, if recorded.</param>
public sealed record Extended(LocalDate Date, LocalDate ExtendedTo, string? Approver = null, string? Reason = null) : HandlingEvent(Date)
{
    /// <summary>Who approved the extension, or null.</summary>
    public string? Approver { get; } = Preconditions.CheckOptionalText(Approver);

    /// <summary>Why, or null.</summary>
    public string? Reason { get; } = Preconditions.CheckOptionalText(Reason);

    /// <inheritdoc/>
    public override string ChineseName => "延期";
}

/// <summary>答复: a reply to the proposer, with its result category when it has one.</summary>
/// <param name="Date">The date of the reply (答复日期).</param>
/// <param name="Category">
/// The result category (办理结果), or null: a 议案 is not classified, and a reply after re-handling may leave the
/// result of the reply before it standing.
/// </param>
/// <param name="Unit">The replying unit: null for the lead unit; required for 分办.</param>
/// <param name="PlannedCompletion">For a planned (B-like) result, when the promise will be completed.</param>
/// <param name="Reason">For a C-like result, why it cannot be solved now.</param>
public sealed record Replied(LocalDate Date, ResultCategory? Category, HandlingUnit? Unit = null, LocalDate? PlannedCompletion = null, string? Reason = null) : HandlingEvent(Date)
{
    /// <summary>The result category (办理结果), or null when the reply carries none.</summary>
    public ResultCategory? Category { get; } = Category == default(ResultCategory) ? throw new ArgumentException("Replied.Category (办理结果) must be null or a code, not the uninitialized default.", nameof(Category)) : Category;

    /// <summary>Why it cannot be solved now, or null.</summary>
    public string? Reason { get; } = Preconditions.CheckOptionalText(Reason);

    /// <inheritdoc/>
    public override string ChineseName => "答复";
}

/// <summary>反馈: the proposer's satisfaction form came back, or was recorded as not returned.</summary>
/// <param name="Date">The date of the feedback (反馈日期) or of recording it as not returned.</param>
/// <param name="Level">The satisfaction, or null when the form was not returned (未反馈).</param>
/// <param name="Unit">Under 分办, the unit whose reply the form rates (required there); otherwise null.</param>
public sealed record FeedbackReceived(LocalDate Date, SatisfactionLevel? Level, HandlingUnit? Unit = null) : HandlingEvent(Date)
{
    /// <summary>The satisfaction, or null when the form was not returned.</summary>
    public SatisfactionLevel? Level { get; } = Level is { } level ? Preconditions.CheckDefined(level, "FeedbackReceived.Level (满意度)") : null;

    /// <inheritdoc/>
    public override string ChineseName => Level is null ? "未反馈" : "反馈";
}

/// <summary>重新办理: re-handling after an unsatisfied feedback; opens a new round (under 分办, of that unit's part).</summary>
/// <param name="Date">The date re-handling starts.</param>
/// <param name="Unit">Under 分办, the unit that re-handles its part (required there); otherwise null.</param>
public sealed record RehandlingStarted(LocalDate Date, HandlingUnit? Unit = null) : HandlingEvent(Date)
{
    /// <inheritdoc/>
    public override string ChineseName => "重新办理";
}

/// <summary>回头看: a follow-up of a promise made in a planned (B-like) reply.</summary>
/// <param name="Date">The date of the follow-up.</param>
/// <param name="PromiseKept">Whether the promise was kept.</param>
public sealed record FollowedUp(LocalDate Date, bool PromiseKept) : HandlingEvent(Date)
{
    /// <inheritdoc/>
    public override string ChineseName => "回头看";
}

/// <summary>督办: a city leader takes supervision of the item.</summary>
/// <param name="Date">The date supervision started.</param>
/// <param name="Leader">The supervising leader (督办领导).</param>
public sealed record Supervised(LocalDate Date, string Leader) : HandlingEvent(Date)
{
    /// <summary>The supervising leader (督办领导).</summary>
    public string Leader { get; } = Preconditions.CheckText(Leader, "Supervised.Leader (督办领导)");

    /// <inheritdoc/>
    public override string ChineseName => "督办";
}

/// <summary>Designates the item as complex (情况复杂) or not after assignment, which switches its reply period.</summary>
/// <param name="Date">The date of the designation.</param>
/// <param name="IsComplex">Whether the item is complex.</param>
public sealed record ComplexityDesignated(LocalDate Date, bool IsComplex) : HandlingEvent(Date)
{
    /// <inheritdoc/>
    public override string ChineseName => IsComplex ? "认定情况复杂" : "取消情况复杂";
}

/// <summary>办结: the item is closed.</summary>
/// <param name="Date">The date of closing.</param>
public sealed record Closed(LocalDate Date) : HandlingEvent(Date)
{
    /// <inheritdoc/>
    public override string ChineseName => "办结";
}
