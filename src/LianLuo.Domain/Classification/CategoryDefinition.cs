using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Classification;

/// <summary>
/// What a result category (办理结果) means in a <see cref="ClassificationScheme"/>: its code, its labels, and the
/// rules attached to it — whether it counts as solved (解决), as planned (a promise with a planned completion date
/// that opens a 回头看 obligation), and whether a reply in it must give its reason. Immutable and thread-safe,
/// with value equality.
/// </summary>
public sealed record CategoryDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="code">The code, e.g. A or 甲.</param>
    /// <param name="chineseLabel">The official meaning, e.g. 已经解决或基本解决.</param>
    /// <param name="englishLabel">The meaning in English, e.g. solved or basically solved.</param>
    /// <param name="countsAsSolved">Whether the category counts as solved (the numerator of the solve rate).</param>
    /// <param name="countsAsPlanned">Whether a reply in the category is a promise: it must give a planned completion date and opens a follow-up (回头看).</param>
    /// <param name="requiresReason">Whether a reply in the category must give its reason (why it cannot be solved, why it is only for reference).</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the uninitialized default, or a label is empty.</exception>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    public CategoryDefinition(ResultCategory code, string chineseLabel, string englishLabel, bool countsAsSolved = false, bool countsAsPlanned = false, bool requiresReason = false)
    {
        Code = code == default ? throw new ArgumentException("CategoryDefinition.Code (办理结果类别) must be given.", nameof(code)) : code;
        ChineseLabel = Preconditions.CheckText(chineseLabel, "CategoryDefinition.ChineseLabel");
        EnglishLabel = Preconditions.CheckText(englishLabel, "CategoryDefinition.EnglishLabel");
        CountsAsSolved = countsAsSolved;
        CountsAsPlanned = countsAsPlanned;
        RequiresReason = requiresReason;
    }

    /// <summary>The code, e.g. A.</summary>
    public ResultCategory Code { get; }

    /// <summary>The official meaning in Chinese, e.g. 已经解决或基本解决.</summary>
    public string ChineseLabel { get; }

    /// <summary>The meaning in English.</summary>
    public string EnglishLabel { get; }

    /// <summary>Whether the category counts as solved.</summary>
    public bool CountsAsSolved { get; }

    /// <summary>Whether a reply in the category is a promise (planned completion date, 回头看 obligation).</summary>
    public bool CountsAsPlanned { get; }

    /// <summary>Whether a reply in the category must give its reason.</summary>
    public bool RequiresReason { get; }

    /// <summary>Whether the category counts as solved or planned (the numerator of 解决率 as national reports quote it).</summary>
    public bool CountsAsSolvedOrPlanned => CountsAsSolved || CountsAsPlanned;

    /// <summary>The code as written in reports: the code followed by 类 (A类, 甲类).</summary>
    public string DisplayCode => Code.Code + "类";

    /// <summary>The category as text, e.g. <c>A类（已经解决或基本解决）</c>.</summary>
    public override string ToString() => $"{DisplayCode}（{ChineseLabel}）";
}
