using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Lifecycle;

/// <summary>
/// A submission with its handling history, as recorded. The history is checked on construction, so every
/// <see cref="HandledItem"/> folds; <see cref="State"/> is computed once. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record HandledItem
{
    /// <summary>Creates an item and folds its history, judging its timeliness rules on <see cref="Deadlines.DeadlineEngine.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="LifecycleException">The history breaks a lifecycle rule.</exception>
    public HandledItem(Submission submission, IEnumerable<HandlingEvent> history)
        : this(submission, history, Deadlines.DeadlineEngine.Default)
    {
    }

    /// <summary>
    /// Creates an item and folds its history, judging the rules that decide timeliness (extensions, 情况复杂, return
    /// windows) on a deadline engine's calendar and policy.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="LifecycleException">The history breaks a lifecycle rule.</exception>
    public HandledItem(Submission submission, IEnumerable<HandlingEvent> history, Deadlines.DeadlineEngine engine)
    {
        Submission = Preconditions.CheckNotNull(submission);
        History = new EquatableArray<HandlingEvent>(Preconditions.CheckNotNull(history));
        State = ItemLifecycle.Fold(submission, History, Preconditions.CheckNotNull(engine));
    }

    private HandledItem(Submission submission, EquatableArray<HandlingEvent> history, ItemState state)
    {
        Submission = submission;
        History = history;
        State = state;
    }

    /// <summary>
    /// Folds a history into an item on a deadline engine; on failure returns false with the first broken rule and no item.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static bool TryCreate(
        Submission submission,
        IEnumerable<HandlingEvent> history,
        Deadlines.DeadlineEngine engine,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HandledItem? item,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out LifecycleViolation? violation)
    {
        Preconditions.CheckNotNull(submission);
        var events = new EquatableArray<HandlingEvent>(Preconditions.CheckNotNull(history));
        if (ItemLifecycle.TryFoldEvents(submission, events, Preconditions.CheckNotNull(engine), out var state, out violation))
        {
            item = new HandledItem(submission, events, state);
            return true;
        }

        item = null;
        return false;
    }

    /// <summary>The submission.</summary>
    public Submission Submission { get; }

    /// <summary>The handling history, in order.</summary>
    public EquatableArray<HandlingEvent> History { get; }

    /// <summary>The state folded from the history.</summary>
    public ItemState State { get; }

    /// <summary>The identifier (编号).</summary>
    public ItemId Id => Submission.Id;

    /// <summary>A new item with one more event.</summary>
    /// <exception cref="LifecycleException">The event breaks a lifecycle rule.</exception>
    public HandledItem Append(HandlingEvent step) => new(Submission, History.Add(step));

    /// <inheritdoc/>
    public bool Equals(HandledItem? other) =>
        other is not null && Submission.Equals(other.Submission) && History.Equals(other.History);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Submission, History);
}

/// <summary>The liaison work of one year (年度): its items and activities. Immutable and thread-safe, with value equality.</summary>
public sealed record LiaisonYear
{
    /// <summary>Creates a year.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An item or an activity is null, or two items share an identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public LiaisonYear(int year, IEnumerable<HandledItem> items, IEnumerable<LiaisonActivity> activities)
    {
        if (year is < 1949 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"LiaisonYear.Year (年度) must be between 1949 and 9999 (value: {year}).");
        }

        Year = year;
        Items = new EquatableArray<HandledItem>(Preconditions.CheckNotNull(items));
        Activities = new EquatableArray<LiaisonActivity>(Preconditions.CheckNotNull(activities));
        if (Items.Any(i => i is null))
        {
            throw new ArgumentException("LiaisonYear.Items must not contain null.", nameof(items));
        }

        if (Activities.Any(a => a is null))
        {
            throw new ArgumentException("LiaisonYear.Activities must not contain null.", nameof(activities));
        }

        var duplicate = Items.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"LiaisonYear.Items holds the identifier (编号) {duplicate.Key} more than once.", nameof(items));
        }
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The items.</summary>
    public EquatableArray<HandledItem> Items { get; }

    /// <summary>The activities.</summary>
    public EquatableArray<LiaisonActivity> Activities { get; }
}
