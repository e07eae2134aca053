using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Model;

/// <summary>The identifier of a submission (编号), unique within a year's ledger. Immutable and thread-safe.</summary>
public readonly record struct ItemId : IComparable<ItemId>
{
    private readonly string? value;

    /// <summary>Creates an identifier; surrounding white space is removed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public ItemId(string value) => this.value = Preconditions.CheckText(value, "ItemId (编号)");

    /// <summary>The identifier text.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc/>
    public int CompareTo(ItemId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Ordinal comparison.</summary>
    public static bool operator <(ItemId left, ItemId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal comparison.</summary>
    public static bool operator >(ItemId left, ItemId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal comparison.</summary>
    public static bool operator <=(ItemId left, ItemId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal comparison.</summary>
    public static bool operator >=(ItemId left, ItemId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>A handling unit (承办单位), identified by its name (ordinal). Immutable and thread-safe.</summary>
public sealed record HandlingUnit
{
    /// <summary>Creates a unit; surrounding white space is removed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public HandlingUnit(string name) => Name = Preconditions.CheckText(name, "HandlingUnit.Name (单位名称)");

    /// <summary>The unit's name, e.g. 市教育局.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>
/// A reply's result category (办理结果), identified by its code (A, B, C by default; D, 甲/乙/丙 in other schemes).
/// What a code means (solved, planned, …) is defined by a classification scheme. Immutable and thread-safe.
/// </summary>
public readonly record struct ResultCategory
{
    private readonly string? code;

    /// <summary>Creates a category from its code (trimmed, at most 8 characters).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or longer than 8 characters.</exception>
    public ResultCategory(string code)
    {
        var text = Preconditions.CheckText(code, "ResultCategory.Code (办理结果)");
        if (text.Length > 8)
        {
            throw new ArgumentException($"ResultCategory.Code (办理结果) must be at most 8 characters (value: \"{code}\").", nameof(code));
        }

        this.code = text;
    }

    /// <summary>A 已经解决或基本解决 (solved or basically solved).</summary>
    public static ResultCategory A { get; } = new("A");

    /// <summary>B 正在解决或列入计划逐步解决 (being solved or planned).</summary>
    public static ResultCategory B { get; } = new("B");

    /// <summary>C 因条件限制暂时无法解决 (cannot be solved for now).</summary>
    public static ResultCategory C { get; } = new("C");

    /// <summary>The code, e.g. <c>A</c>.</summary>
    public string Code => code ?? string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Code;
}
