using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Classification;

/// <summary>
/// A category scheme for reply results (办理结果分类): its categories in order (the order of reports and of
/// tie-breaking in shares) and what each one means. Jurisdictions differ — some add D 留作参考, some write 甲/乙/丙,
/// some give C another meaning — so every rule in this library is written against the scheme, never against
/// letters. A scheme is checked when built and reports every problem at once. Immutable and thread-safe,
/// with value equality.
/// </summary>
/// <example>
/// <code>
/// ResultCategory jia = ClassificationScheme.JiaYiBing.Parse("甲");
/// bool solved = ClassificationScheme.JiaYiBing.IsSolved(jia); // true
/// if (!ClassificationScheme.TryCreate(
///         "有误",
///         [new(ResultCategory.A, "已解决", "solved", countsAsSolved: true), new(ResultCategory.A, "已列入计划", "planned", countsAsPlanned: true)],
///         out _,
///         out IReadOnlyList&lt;Problem&gt; problems))
/// {
///     Console.WriteLine(problems[0].Location); // categories[1]: the code A given twice
/// }
/// </code>
/// </example>
public sealed record ClassificationScheme
{
    /// <summary>Creates a scheme.</summary>
    /// <param name="name">A name for the scheme, e.g. 默认（A/B/C）.</param>
    /// <param name="categories">The categories, in report order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The scheme has problems; the message lists every one (see <see cref="Validate"/>).</exception>
    public ClassificationScheme(string name, IEnumerable<CategoryDefinition> categories)
    {
        Name = Preconditions.CheckText(name, "ClassificationScheme.Name");
        Categories = new EquatableArray<CategoryDefinition>(Preconditions.CheckNotNull(categories));
        var problems = Validate(Categories);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"ClassificationScheme {Name} has {problems.Count} problem(s): {string.Join(" ", problems.Select(p => p.Message))}",
                nameof(categories));
        }
    }

    /// <summary>
    /// The national default: A 已经解决或基本解决 (solved), B 正在解决或列入计划逐步解决 (planned: a planned completion
    /// date and a 回头看 obligation), C 因条件限制暂时无法解决 (reason required).
    /// </summary>
    public static ClassificationScheme Default { get; } = new(
        "默认（A/B/C）",
        [
            new(ResultCategory.A, "已经解决或基本解决", "solved or basically solved", countsAsSolved: true),
            new(ResultCategory.B, "正在解决或列入计划逐步解决", "being solved or planned to be solved step by step", countsAsPlanned: true),
            new(ResultCategory.C, "因条件限制暂时无法解决", "cannot be solved for now owing to constraints", requiresReason: true),
        ]);

    /// <summary>The default scheme with a fourth category D 留作参考 (kept for reference), which also requires a reason.</summary>
    public static ClassificationScheme WithReference { get; } = new(
        "A/B/C/D（含留作参考）",
        [.. Default.Categories, new(new ResultCategory("D"), "留作参考", "kept for reference", requiresReason: true)]);

    /// <summary>The default meanings under the labels 甲/乙/丙.</summary>
    public static ClassificationScheme JiaYiBing { get; } = new(
        "甲/乙/丙",
        [
            new(new ResultCategory("甲"), "已经解决或基本解决", "solved or basically solved", countsAsSolved: true),
            new(new ResultCategory("乙"), "正在解决或列入计划逐步解决", "being solved or planned to be solved step by step", countsAsPlanned: true),
            new(new ResultCategory("丙"), "因条件限制暂时无法解决", "cannot be solved for now owing to constraints", requiresReason: true),
        ]);

    /// <summary>The name of the scheme.</summary>
    public string Name { get; }

    /// <summary>The categories, in report order.</summary>
    public EquatableArray<CategoryDefinition> Categories { get; }

    /// <summary>The codes, in report order.</summary>
    public IEnumerable<ResultCategory> Codes => Categories.Select(c => c.Code);

    /// <summary>The definition of a code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="KeyNotFoundException">The scheme has no such category; the message lists the codes it has.</exception>
    public CategoryDefinition this[ResultCategory code] => TryGet(code, out var definition)
        ? definition
        : throw new KeyNotFoundException($"ClassificationScheme {Name} has no result category (办理结果) {code}; it has {string.Join("、", Codes)}.");

    /// <summary>
    /// Every problem of a list of categories as a scheme, or none: no category at all, a null entry, a code given twice,
    /// a Chinese label given twice, a category both solved and planned. Each in the library's one problem shape: code
    /// <c>classification-scheme</c>, the entry as location (<c>categories[2]</c>, the later of two that clash), why, and
    /// the offending code or label.
    /// </summary>
    /// <param name="categories">The categories.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public static IReadOnlyList<Problem> Validate(IEnumerable<CategoryDefinition> categories)
    {
        const string Code = "classification-scheme";
        var list = Preconditions.CheckNotNull(categories).ToList();
        var problems = new List<Problem>();
        static string At(int index) => string.Create(CultureInfo.InvariantCulture, $"categories[{index}]");
        if (list.Count == 0)
        {
            problems.Add(new Problem(Code, "categories", "It has no category.", null));
        }

        var firstNull = list.FindIndex(c => c is null);
        if (firstNull >= 0)
        {
            problems.Add(new Problem(Code, At(firstNull), "It contains a null category.", null));
        }

        var present = list.Select((c, i) => (Category: c, Index: i)).Where(p => p.Category is not null).ToList();
        problems.AddRange(present.GroupBy(p => p.Category.Code).Where(g => g.Count() > 1)
            .Select(g => new Problem(Code, At(g.ElementAt(1).Index), $"The code {g.Key} is defined {g.Count()} times.", g.Key.Code)));
        problems.AddRange(present.GroupBy(p => p.Category.ChineseLabel, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => new Problem(Code, At(g.ElementAt(1).Index), $"The label {g.Key} is used by {string.Join("、", g.Select(p => p.Category.Code))}.", g.Key)));
        problems.AddRange(present.Where(p => p.Category.CountsAsSolved && p.Category.CountsAsPlanned)
            .Select(p => new Problem(Code, At(p.Index), $"The category {p.Category.Code} counts both as solved and as planned; it can be only one.", p.Category.Code.Code)));
        return problems;
    }

    /// <summary>Builds a scheme, or returns false with every problem.</summary>
    /// <param name="name">A name for the scheme.</param>
    /// <param name="categories">The categories, in report order.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="problems">The problems, empty on success.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static bool TryCreate(string name, IEnumerable<CategoryDefinition> categories, [NotNullWhen(true)] out ClassificationScheme? scheme, out IReadOnlyList<Problem> problems)
    {
        Preconditions.CheckText(name, "ClassificationScheme.Name");
        var list = Preconditions.CheckNotNull(categories).ToList();
        problems = Validate(list);
        scheme = problems.Count == 0 ? new ClassificationScheme(name, list) : null;
        return scheme is not null;
    }

    /// <summary>Whether the scheme defines a code.</summary>
    /// <param name="code">The code.</param>
    public bool Contains(ResultCategory code) => TryGet(code, out _);

    /// <summary>The definition of a code, if the scheme has it.</summary>
    /// <param name="code">The code.</param>
    /// <param name="definition">The definition.</param>
    public bool TryGet(ResultCategory code, [NotNullWhen(true)] out CategoryDefinition? definition)
    {
        // IndexOf's loop, not LINQ: the report asks this several times per item.
        var index = IndexOf(code);
        definition = index >= 0 ? Categories[index] : null;
        return definition is not null;
    }

    /// <summary>The position of a code in the scheme (0 for the first), or −1 when it has none.</summary>
    /// <param name="code">The code.</param>
    public int IndexOf(ResultCategory code)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The lowest of some results (the one latest in the scheme's order: C below B below A; a code the scheme lacks below
    /// every code it has), or null when there is none. Under 分办 an item's result is the lowest of its units' results.
    /// </summary>
    /// <param name="codes">The results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    public ResultCategory? Lowest(IEnumerable<ResultCategory> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ResultCategory? lowest = null;
        var lowestRank = -1;
        foreach (var code in codes)
        {
            var rank = IndexOf(code) is var i and >= 0 ? i : int.MaxValue;
            if (lowest is null || rank > lowestRank || (rank == lowestRank && string.CompareOrdinal(code.Code, lowest.Value.Code) > 0))
            {
                lowest = code;
                lowestRank = rank;
            }
        }

        return lowest;
    }

    /// <summary>
    /// The standing result of an item on this scheme: <see cref="ItemState.LatestCategory"/> (a re-handled reply without a
    /// category leaves the earlier result standing), or under 分办 the lowest of the units' standing results once every unit
    /// has replied (null before).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public ResultCategory? StandingResult(ItemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsSeparateHandling)
        {
            return state.LatestCategory;
        }

        return state.FirstRepliedOn is null ? null : Lowest(state.Parts.Select(p => p.LatestCategory).OfType<ResultCategory>());
    }

    /// <summary>Whether a code counts as solved (false for a code the scheme does not have).</summary>
    /// <param name="code">The code.</param>
    public bool IsSolved(ResultCategory code) => TryGet(code, out var d) && d.CountsAsSolved;

    /// <summary>Whether a code counts as planned (false for a code the scheme does not have).</summary>
    /// <param name="code">The code.</param>
    public bool IsPlanned(ResultCategory code) => TryGet(code, out var d) && d.CountsAsPlanned;

    /// <summary>Whether a code counts as solved or planned (false for a code the scheme does not have).</summary>
    /// <param name="code">The code.</param>
    public bool IsSolvedOrPlanned(ResultCategory code) => TryGet(code, out var d) && d.CountsAsSolvedOrPlanned;

    /// <summary>Whether a reply in a code must give its reason (false for a code the scheme does not have).</summary>
    /// <param name="code">The code.</param>
    public bool RequiresReason(ResultCategory code) => TryGet(code, out var d) && d.RequiresReason;

    /// <summary>
    /// Reads a category as offices write it: the code (A), the code followed by 类 (A类), or the Chinese label
    /// (已经解决或基本解决); white space around is ignored and Latin codes match in any case.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code found.</param>
    public bool TryParse(string? text, out ResultCategory code)
    {
        code = default;
        var key = text?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var bare = key.EndsWith('类') && key.Length > 1 ? key[..^1].TrimEnd() : key;
        var found = Categories.FirstOrDefault(c =>
            string.Equals(c.Code.Code, bare, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(c.ChineseLabel, key, StringComparison.Ordinal));
        if (found is null)
        {
            return false;
        }

        code = found.Code;
        return true;
    }

    /// <summary>Reads a category like <see cref="TryParse"/>, or throws.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">The text names no category of the scheme; the message lists them.</exception>
    public ResultCategory Parse(string text) => TryParse(text, out var code)
        ? code
        : throw new FormatException($"'{text}' is not a result category (办理结果) of {Name}; expected one of: {string.Join("、", Categories.Select(c => c.DisplayCode))}.");

    /// <summary>The scheme as text: its name and codes.</summary>
    public override string ToString() => $"{Name}: {string.Join("、", Categories)}";
}
