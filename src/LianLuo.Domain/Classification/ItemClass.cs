using System.Globalization;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Classification;

/// <summary>
/// Why an item is or is not in a class, in a short Chinese and English sentence. Immutable and thread-safe,
/// with value equality.
/// </summary>
/// <param name="ClassName">The class's <see cref="ItemClass.Name"/>.</param>
/// <param name="ItemId">The item (编号).</param>
/// <param name="IsMember">Whether the item is in the class.</param>
/// <param name="Chinese">The reason in Chinese, e.g. 办理结果为A类（已经解决或基本解决），属于已解决。</param>
/// <param name="English">The reason in English.</param>
public sealed record ItemClassVerdict(string ClassName, ItemId ItemId, bool IsMember, string Chinese, string English)
{
    /// <summary>The Chinese reason.</summary>
    public override string ToString() => Chinese;
}

/// <summary>
/// A derived class of items (solved, key, overdue, …): a named, documented rule that decides membership and
/// explains its decision for a given item as of a date. Implementations are immutable and thread-safe.
/// </summary>
public abstract class ItemClass
{
    /// <summary>Creates a class.</summary>
    /// <param name="name">A stable identifier in kebab case, e.g. <c>solved</c>.</param>
    /// <param name="chineseName">The Chinese name, e.g. 已解决.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="rule">The membership rule in words.</param>
    /// <exception cref="ArgumentException">A text is null or empty.</exception>
    protected ItemClass(string name, string chineseName, string englishName, string rule)
    {
        Name = Preconditions.CheckText(name, "ItemClass.Name");
        ChineseName = Preconditions.CheckText(chineseName, "ItemClass.ChineseName");
        EnglishName = Preconditions.CheckText(englishName, "ItemClass.EnglishName");
        Rule = Preconditions.CheckText(rule, "ItemClass.Rule");
    }

    /// <summary>A stable identifier, e.g. <c>solved</c>.</summary>
    public string Name { get; }

    /// <summary>The Chinese name, e.g. 已解决.</summary>
    public string ChineseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The membership rule in words.</summary>
    public string Rule { get; }

    /// <summary>Decides whether an item is in the class as of a date, and says why.</summary>
    /// <param name="item">The item's state.</param>
    /// <param name="asOf">The as-of date (used by classes that depend on time, such as overdue).</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public ItemClassVerdict Explain(ItemState item, LocalDate asOf)
    {
        Preconditions.CheckNotNull(item);
        var (member, chinese, english) = Decide(item, asOf);
        return new ItemClassVerdict(Name, item.Submission.Id, member, chinese, english);
    }

    /// <summary>Whether an item is in the class as of a date.</summary>
    /// <param name="item">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public bool Contains(ItemState item, LocalDate asOf) => Explain(item, asOf).IsMember;

    /// <summary>The items in the class as of a date, in their order.</summary>
    /// <param name="items">The items' states.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an element is null.</exception>
    public IEnumerable<ItemState> Filter(IEnumerable<ItemState> items, LocalDate asOf) =>
        Preconditions.CheckNotNull(items).Where(i => Contains(i, asOf));

    /// <summary>The class's names, e.g. <c>solved (已解决)</c>.</summary>
    public override string ToString() => $"{Name} ({ChineseName})";

    /// <summary>Decides membership and gives the reason in Chinese and English.</summary>
    /// <param name="item">The item's state (not null).</param>
    /// <param name="asOf">The as-of date.</param>
    protected abstract (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf);

    /// <summary>A date as Chinese text, e.g. 2025年3月5日.</summary>
    /// <param name="date">The date.</param>
    protected static string ChineseDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>A date as ISO text, e.g. 2025-03-05.</summary>
    /// <param name="date">The date.</param>
    protected static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
