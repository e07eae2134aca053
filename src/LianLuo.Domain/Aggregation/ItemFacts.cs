using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Aggregation;

/// <summary>
/// What a tally needs to know about one item, with its timeliness already decided by the caller (usually from the
/// deadline engine), so that tallies stay pure counting. Build it with <see cref="From(ItemState, DeadlineEngine, LocalDate)"/> from an item's state, or
/// directly (for example from a ledger row). Immutable and thread-safe, with value equality.
/// </summary>
internal sealed record ItemFacts
{
    /// <summary>Creates the facts of an item and checks that they agree with each other.</summary>
    /// <param name="id">The item (编号).</param>
    /// <param name="kind">建议, 提案 or 议案.</param>
    /// <param name="timeliness">The status of the (first) reply against its deadline.</param>
    /// <param name="leadUnits">The lead unit (主办), or every unit under separate handling (分办).</param>
    /// <param name="coUnits">The co-handling units (会办).</param>
    /// <param name="assignedOn">The date of the first 交办, or null when never assigned.</param>
    /// <param name="category">The standing result category (办理结果), or null when not replied.</param>
    /// <param name="satisfaction">The final satisfaction; for a replied item without it, <see cref="ItemSatisfaction.AwaitingForm"/>.</param>
    /// <param name="isKey">Whether it is a key item (重点).</param>
    /// <param name="isSupervised">Whether a leader supervises it (督办).</param>
    /// <param name="rehandling">The status of the re-handling reply (重办答复) against the re-handling deadline, or null when not re-handled.</param>
    /// <param name="faceToFace">Person-times of face-to-face talks (面商人次).</param>
    /// <param name="phoneEmail">Person-times of phone and e-mail contacts (电话邮件人次).</param>
    /// <param name="visits">Person-times of visits (走访人次).</param>
    /// <exception cref="ArgumentException">
    /// The identifier or the category is the uninitialized default, a unit is null or listed twice, or the facts
    /// disagree: a result, a satisfaction or a re-handling on an item that is not replied.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined or a person-time count is negative.</exception>
    public ItemFacts(
        ItemId id,
        SubmissionKind kind,
        ReportStatus timeliness,
        IEnumerable<HandlingUnit>? leadUnits = null,
        IEnumerable<HandlingUnit>? coUnits = null,
        LocalDate? assignedOn = null,
        ResultCategory? category = null,
        ItemSatisfaction? satisfaction = null,
        bool isKey = false,
        bool isSupervised = false,
        ReportStatus? rehandling = null,
        long faceToFace = 0,
        long phoneEmail = 0,
        long visits = 0)
    {
        Id = id == default ? throw new ArgumentException("ItemFacts.Id (编号) must be given.", nameof(id)) : id;
        Kind = Preconditions.CheckDefined(kind, "ItemFacts.Kind (类别)");
        Timeliness = Preconditions.CheckDefined(timeliness, "ItemFacts.Timeliness (办理时效)");
        LeadUnits = Units(leadUnits, "ItemFacts.LeadUnits (主办单位)", nameof(leadUnits));
        CoUnits = Units(coUnits, "ItemFacts.CoUnits (会办单位)", nameof(coUnits));
        var overlap = LeadUnits.Intersect(CoUnits).FirstOrDefault();
        if (overlap is not null)
        {
            throw new ArgumentException($"ItemFacts of {id}: the unit {overlap.Name} is both a lead and a co-handling unit.", nameof(coUnits));
        }

        AssignedOn = assignedOn;
        var replied = timeliness is ReportStatus.OnTime or ReportStatus.Late;
        if (category == default(ResultCategory))
        {
            throw new ArgumentException("ItemFacts.Category (办理结果) must be null or a code.", nameof(category));
        }

        Category = category is null || replied
            ? category
            : throw new ArgumentException($"ItemFacts of {id}: a result category (办理结果) {category} needs a reply, but the item is {timeliness}.", nameof(category));
        var final = satisfaction ?? (replied ? ItemSatisfaction.AwaitingForm : ItemSatisfaction.NotReplied);
        if (!Enum.IsDefined(final.Status) || final.IsReplied != replied)
        {
            throw new ArgumentException($"ItemFacts of {id}: the satisfaction {final} does not agree with the reply status {timeliness}.", nameof(satisfaction));
        }

        Satisfaction = final;
        IsKey = isKey;
        IsSupervised = isSupervised;
        Rehandling = rehandling is { } r
            ? replied
                ? Preconditions.CheckDefined(r, "ItemFacts.Rehandling (重办时效)", nameof(rehandling))
                : throw new ArgumentException($"ItemFacts of {id}: re-handling (重新办理) needs a first reply, but the item is {timeliness}.", nameof(rehandling))
            : null;
        FaceToFace = Preconditions.CheckNonNegative(faceToFace, "ItemFacts.FaceToFace (面商人次)");
        PhoneEmail = Preconditions.CheckNonNegative(phoneEmail, "ItemFacts.PhoneEmail (电话邮件人次)");
        Visits = Preconditions.CheckNonNegative(visits, "ItemFacts.Visits (走访人次)");
    }

    /// <summary>The item (编号).</summary>
    public ItemId Id { get; }

    /// <summary>建议, 提案 or 议案.</summary>
    public SubmissionKind Kind { get; }

    /// <summary>The status of the (first) reply against its deadline.</summary>
    public ReportStatus Timeliness { get; }

    /// <summary>The lead unit, or every unit under separate handling.</summary>
    public EquatableArray<HandlingUnit> LeadUnits { get; }

    /// <summary>The co-handling units.</summary>
    public EquatableArray<HandlingUnit> CoUnits { get; }

    /// <summary>The date of the first 交办, or null.</summary>
    public LocalDate? AssignedOn { get; }

    /// <summary>The standing result category, or null.</summary>
    public ResultCategory? Category { get; }

    /// <summary>The final satisfaction.</summary>
    public ItemSatisfaction Satisfaction { get; }

    /// <summary>Whether it is a key item.</summary>
    public bool IsKey { get; }

    /// <summary>Whether a leader supervises it.</summary>
    public bool IsSupervised { get; }

    /// <summary>The status of the re-handling reply, or null when not re-handled.</summary>
    public ReportStatus? Rehandling { get; }

    /// <summary>面商人次.</summary>
    public long FaceToFace { get; }

    /// <summary>电话邮件人次.</summary>
    public long PhoneEmail { get; }

    /// <summary>走访人次.</summary>
    public long Visits { get; }

    /// <summary>
    /// Under 分办, the facts of each unit's part as if that unit led the item alone (each with that unit as its only lead
    /// unit); empty otherwise. Tallies by unit count a 分办 unit on its own part, never on another unit's.
    /// </summary>
    public EquatableArray<ItemFacts> Parts { get; init; } = EquatableArray<ItemFacts>.Empty;

    /// <summary>Whether the item was replied (on time or late).</summary>
    public bool IsReplied => Timeliness is ReportStatus.OnTime or ReportStatus.Late;

    /// <summary>Every unit of the item: lead (or 分办) units, then co-handling units.</summary>
    public IEnumerable<HandlingUnit> AllUnits => LeadUnits.Concat(CoUnits);

    /// <summary>
    /// The facts of an item from its state and the timeliness the caller decided: units from the current
    /// assignment, the standing category (<see cref="ClassificationScheme.StandingResult"/> on the default scheme), the final satisfaction,
    /// communications summed by mode (电话 and 邮件 together; 座谈 is not counted), key and supervision.
    /// </summary>
    /// <param name="state">The item's state.</param>
    /// <param name="timeliness">The status of the first reply, e.g. from the deadline engine.</param>
    /// <param name="rehandling">The status of the re-handling reply, or null when the item was not re-handled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The timeliness disagrees with the state (replied or not).</exception>
    public static ItemFacts From(ItemState state, ReportStatus timeliness, ReportStatus? rehandling) => From(state, timeliness, rehandling, null);

    /// <summary>
    /// The facts of an item from its state and the timeliness the caller decided, with the standing result decided on a
    /// classification scheme (under 分办, the lowest of the units' results once every unit has replied).
    /// </summary>
    /// <param name="state">The item's state.</param>
    /// <param name="timeliness">The status of the first reply, e.g. from the deadline engine.</param>
    /// <param name="rehandling">The status of the re-handling reply, or null when the item was not re-handled.</param>
    /// <param name="scheme">The scheme whose order decides the lowest result; <see cref="ClassificationScheme.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The timeliness disagrees with the state (replied or not).</exception>
    public static ItemFacts From(ItemState state, ReportStatus timeliness, ReportStatus? rehandling, ClassificationScheme? scheme)
    {
        Preconditions.CheckNotNull(state);
        var replied = state.FirstRepliedOn is not null;
        if (replied != (timeliness is ReportStatus.OnTime or ReportStatus.Late))
        {
            throw new ArgumentException(
                $"ItemFacts of {state.Submission.Id}: the timeliness {timeliness} disagrees with the state, which is {(replied ? "replied" : "not replied")}.",
                nameof(timeliness));
        }

        var assignments = state.Assignment?.Assignments ?? EquatableArray<Assignment>.Empty;
        return new ItemFacts(
            state.Submission.Id,
            state.Submission.Kind,
            timeliness,
            leadUnits: assignments.Where(a => a.Role != AssignmentRole.CoHandling).Select(a => a.Unit),
            coUnits: assignments.Where(a => a.Role == AssignmentRole.CoHandling && !state.ReleasedUnits.Contains(a.Unit)).Select(a => a.Unit),
            assignedOn: state.FirstAssignedOn,
            category: replied ? (scheme ?? ClassificationScheme.Default).StandingResult(state) : null,
            satisfaction: ItemSatisfaction.Of(state),
            isKey: state.Submission.IsKey,
            isSupervised: state.IsSupervised,
            rehandling: rehandling,
            faceToFace: state.PersonTimes(CommunicationMode.FaceToFace),
            phoneEmail: checked(state.PersonTimes(CommunicationMode.Phone) + state.PersonTimes(CommunicationMode.Email)),
            visits: state.PersonTimes(CommunicationMode.Visit));
    }

    /// <summary>
    /// The facts of an item as of a date, with its timeliness from a deadline engine: the first reply's
    /// <see cref="ItemDeadlineStatus.ReportStatus"/>, and for a re-handled item the status of the latest round's reply
    /// against <see cref="DeadlineEngine.RehandlingDeadline(ItemState)"/> (<see cref="TimelinessJudge.RehandlingStatus"/>: on
    /// time, late; or overdue, pending while not replied again).
    /// </summary>
    /// <param name="state">The item's state.</param>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ItemFacts From(ItemState state, DeadlineEngine engine, LocalDate asOf) => From(state, engine, asOf, null, null);

    /// <summary>
    /// The facts of an item as of a date, with its timeliness from a deadline engine, or from the verdict recorded when the
    /// reply was given (<paramref name="verdicts"/>), and its standing result on a classification scheme. Under 分办 each
    /// unit's part is judged as if that unit led the item (<see cref="Parts"/>), and the item combines them: replied when
    /// every unit has replied, on time when every unit was, with the lowest result and the lowest final satisfaction;
    /// re-handled when any unit re-handled, on time when every re-handling reply was.
    /// </summary>
    /// <param name="state">The item's state.</param>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="scheme">The classification scheme; <see cref="ClassificationScheme.Default"/> when null.</param>
    /// <param name="verdicts">Verdicts recorded when the replies were given; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="engine"/> is null.</exception>
    public static ItemFacts From(ItemState state, DeadlineEngine engine, LocalDate asOf, ClassificationScheme? scheme, RecordedVerdicts? verdicts)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(engine);
        scheme ??= ClassificationScheme.Default;
        if (!state.IsSeparateHandling)
        {
            var recorded = verdicts?.Find(state.Submission.Id);
            return From(state, engine.ReplyStatus(state, asOf, recorded), engine.RehandlingStatus(state, asOf), scheme);
        }

        var parts = state.Parts.Select(p =>
        {
            var view = state.ForUnit(p.Unit);
            var recorded = verdicts?.Find(state.Submission.Id, p.Unit);
            return From(view, engine.Status(view, asOf, recorded is null ? null : recorded with { Unit = null }).ReportStatus, engine.RehandlingStatus(view, asOf), scheme);
        }).ToList();
        var timeliness = Combine(parts.Select(f => f.Timeliness));
        var rehandled = parts.Where(f => f.Rehandling is not null).Select(f => f.Rehandling!.Value).ToList();
        var facts = From(state, timeliness, rehandled.Count == 0 ? null : Combine(rehandled), scheme);
        return facts with { Parts = new EquatableArray<ItemFacts>(parts) };
    }

    /// <summary>All replied: on time when every one is, else late. Some not replied: overdue when any is, else pending.</summary>
    private static ReportStatus Combine(IEnumerable<ReportStatus> statuses)
    {
        var all = statuses.ToList();
        if (all.All(s => s is ReportStatus.OnTime or ReportStatus.Late))
        {
            return all.All(s => s == ReportStatus.OnTime) ? ReportStatus.OnTime : ReportStatus.Late;
        }

        return all.Any(s => s == ReportStatus.Overdue) ? ReportStatus.Overdue : ReportStatus.Pending;
    }

    private static EquatableArray<HandlingUnit> Units(IEnumerable<HandlingUnit>? units, string field, string paramName)
    {
        var array = new EquatableArray<HandlingUnit>(units ?? []);
        if (array.Any(u => u is null))
        {
            throw new ArgumentException($"{field} must not contain null.", paramName);
        }

        var duplicate = array.GroupBy(u => u).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? array : throw new ArgumentException($"{field} names the unit {duplicate.Key.Name} more than once.", paramName);
    }
}
