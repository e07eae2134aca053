using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Classification;

/// <summary>
/// Every derived class of items for one scheme and one deadline engine: solved, solved or planned, key,
/// supervised key, re-handled, follow-up due, on time, late and overdue. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var classes = new ItemClasses(ClassificationScheme.Default, DeadlineEngine.Default);
/// // Assigned 2025-03-20, due 2025-06-20 (a Friday), replied 2025-06-23: 逾期答复.
/// ItemClassVerdict late = classes.Late.Explain(item.State, new LocalDate(2025, 7, 1));
/// ItemClassVerdict onTime = classes["on-time"].Explain(item.State, new LocalDate(2025, 7, 1));
/// Console.WriteLine($"{late.IsMember} {onTime.IsMember}: {late.Chinese}"); // True False: …
/// </code>
/// </example>
public sealed class ItemClasses
{
    private static readonly Lazy<ItemClasses> DefaultClasses = new(() => new ItemClasses(ClassificationScheme.Default, DeadlineEngine.Default));

    /// <summary>Creates the classes.</summary>
    /// <param name="scheme">The classification scheme.</param>
    /// <param name="engine">The deadline engine.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ItemClasses(ClassificationScheme scheme, DeadlineEngine engine)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        Engine = Preconditions.CheckNotNull(engine);
        Rules = new ReplyRules(scheme);
        Solved = new SolvedItemClass(scheme);
        SolvedOrPlanned = new SolvedOrPlannedItemClass(scheme);
        Key = new KeyItemClass();
        SupervisedKey = new SupervisedKeyItemClass();
        Rehandled = new RehandledItemClass();
        FollowUpDue = new FollowUpDueItemClass(Rules);
        OnTime = new OnTimeItemClass(engine);
        Late = new LateItemClass(engine);
        Overdue = new OverdueItemClass(engine);
        All = [Solved, SolvedOrPlanned, Key, SupervisedKey, Rehandled, FollowUpDue, OnTime, Late, Overdue];
    }

    /// <summary>The classes of <see cref="ClassificationScheme.Default"/> and <see cref="DeadlineEngine.Default"/>.</summary>
    public static ItemClasses Default => DefaultClasses.Value;

    /// <summary>The scheme.</summary>
    public ClassificationScheme Scheme { get; }

    /// <summary>The deadline engine.</summary>
    public DeadlineEngine Engine { get; }

    /// <summary>The reply rules of the scheme.</summary>
    public ReplyRules Rules { get; }

    /// <summary>已解决 (A).</summary>
    public ItemClass Solved { get; }

    /// <summary>已解决或列入计划 (A + B).</summary>
    public ItemClass SolvedOrPlanned { get; }

    /// <summary>重点建议提案.</summary>
    public ItemClass Key { get; }

    /// <summary>领导督办重点建议提案.</summary>
    public ItemClass SupervisedKey { get; }

    /// <summary>重新办理.</summary>
    public ItemClass Rehandled { get; }

    /// <summary>回头看到期.</summary>
    public ItemClass FollowUpDue { get; }

    /// <summary>按期答复.</summary>
    public ItemClass OnTime { get; }

    /// <summary>逾期答复.</summary>
    public ItemClass Late { get; }

    /// <summary>逾期未答复.</summary>
    public ItemClass Overdue { get; }

    /// <summary>Every class, in the order above.</summary>
    public IReadOnlyList<ItemClass> All { get; }

    /// <summary>The class with a name, e.g. <c>overdue</c>.</summary>
    /// <param name="name">The class's <see cref="ItemClass.Name"/>.</param>
    /// <exception cref="KeyNotFoundException">No class has the name; the message lists the names.</exception>
    public ItemClass this[string name] => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No item class is named '{name}'; the classes are {string.Join(", ", All.Select(c => c.Name))}.");

    /// <summary>Explains an item against every class.</summary>
    /// <param name="item">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public IReadOnlyList<ItemClassVerdict> Explain(ItemState item, LocalDate asOf) => [.. All.Select(c => c.Explain(item, asOf))];
}
