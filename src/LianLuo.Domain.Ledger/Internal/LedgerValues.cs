using System.Collections.Frozen;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>The value forms of ledger.md §1.3, and the formula-injection guard shared by the reader and the writer.</summary>
internal static class LedgerValues
{
    /// <summary>The separators of 会办单位.</summary>
    internal static readonly char[] UnitSeparators = ['、', '；', ';', '，', ','];

    /// <summary>The separator the writer puts between units.</summary>
    internal const string UnitSeparator = "、";

    internal const string DateForms = "2025-03-15, 2025/3/15, 2025.3.15 or 2025年3月15日";

    private static readonly FrozenDictionary<string, bool> Booleans = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["是"] = true,
        ["Y"] = true,
        ["true"] = true,
        ["1"] = true,
        ["否"] = false,
        ["N"] = false,
        ["false"] = false,
        ["0"] = false,
        [string.Empty] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, SubmissionKind> Kinds = new Dictionary<string, SubmissionKind>(StringComparer.Ordinal)
    {
        ["建议"] = SubmissionKind.Suggestion,
        ["提案"] = SubmissionKind.Proposal,
        ["议案"] = SubmissionKind.Motion,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, SatisfactionLevel> Satisfactions = new Dictionary<string, SatisfactionLevel>(StringComparer.Ordinal)
    {
        ["满意"] = SatisfactionLevel.Satisfied,
        ["基本满意"] = SatisfactionLevel.BasicallySatisfied,
        ["不满意"] = SatisfactionLevel.Unsatisfied,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ResultCategory> Results = new Dictionary<string, ResultCategory>(StringComparer.Ordinal)
    {
        ["A"] = ResultCategory.A,
        ["B"] = ResultCategory.B,
        ["C"] = ResultCategory.C,
        ["A类"] = ResultCategory.A,
        ["B类"] = ResultCategory.B,
        ["C类"] = ResultCategory.C,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ActivityType> ActivityTypes =
        Enum.GetValues<ActivityType>().ToFrozenDictionary(DisplayNames.Chinese, t => t, StringComparer.Ordinal);

    /// <summary>The Chinese names of the activity types, in declaration order.</summary>
    internal static string ActivityTypeNames { get; } = string.Join("、", Enum.GetValues<ActivityType>().Select(DisplayNames.Chinese));

    /// <summary>
    /// Undoes the writer's formula guard: a value that starts with one or more apostrophes followed by = + - or @
    /// loses exactly one apostrophe. Any other value is returned as it is.
    /// </summary>
    internal static string Unguard(string value) =>
        value.Length >= 2 && value[0] == '\'' && StartsWithFormulaAfterApostrophes(value) ? value[1..] : value;

    /// <inheritdoc cref="Unguard(string)"/>
    internal static ReadOnlySpan<char> Unguard(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value[0] == '\'' && StartsWithFormulaAfterApostrophes(value) ? value[1..] : value;

    /// <summary>
    /// The formula guard: a value that Excel would take for a formula (it starts with = + - or @, possibly after
    /// apostrophes) gets a leading apostrophe, so that Excel shows it as text.
    /// </summary>
    internal static string Guard(string value) => StartsWithFormulaAfterApostrophes(value) ? "'" + value : value;

    private static bool StartsWithFormulaAfterApostrophes(ReadOnlySpan<char> value)
    {
        var rest = value.TrimStart('\'');
        return rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@';
    }

    internal static bool TryParseDate(string text, out LocalDate date, out string reason) => TryParseDate(text.AsSpan(), out date, out reason);

    internal static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date, out string reason)
    {
        date = default;
        var s = text;
        if (!TryDigits(ref s, 4, 4, out var year) || s.IsEmpty)
        {
            reason = $"not a date (expected {DateForms})";
            return false;
        }

        int month, day;
        var separator = s[0];
        if (separator is '-' or '/' or '.')
        {
            s = s[1..];
            if (!TryDigits(ref s, 1, 2, out month) || s.IsEmpty || s[0] != separator)
            {
                reason = $"not a date (expected {DateForms})";
                return false;
            }

            s = s[1..];
            if (!TryDigits(ref s, 1, 2, out day) || !s.IsEmpty)
            {
                reason = $"not a date (expected {DateForms})";
                return false;
            }
        }
        else if (separator == '年')
        {
            s = s[1..];
            if (!TryDigits(ref s, 1, 2, out month) || s.IsEmpty || s[0] != '月')
            {
                reason = $"not a date (expected {DateForms})";
                return false;
            }

            s = s[1..];
            if (!TryDigits(ref s, 1, 2, out day) || s.Length != 1 || s[0] != '日')
            {
                reason = $"not a date (expected {DateForms})";
                return false;
            }
        }
        else
        {
            reason = $"not a date (expected {DateForms})";
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            reason = "a date that does not exist";
            return false;
        }

        date = new LocalDate(year, month, day);
        reason = string.Empty;
        return true;
    }

    private static bool TryDigits(ref ReadOnlySpan<char> s, int min, int max, out int value)
    {
        value = 0;
        var n = 0;
        while (n < s.Length && n < max && char.IsAsciiDigit(s[n]))
        {
            value = (value * 10) + (s[n] - '0');
            n++;
        }

        if (n < min || (n < s.Length && char.IsAsciiDigit(s[n])))
        {
            return false;
        }

        s = s[n..];
        return true;
    }

    internal static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        // The forms the writer writes first, compared as they are (the case-insensitive lookup hashes a Chinese character slowly).
        if (text.IsEmpty || text is "否")
        {
            value = false;
            return true;
        }

        if (text is "是")
        {
            value = true;
            return true;
        }

        return Booleans.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out value);
    }

    /// <summary>A whole number ≥ 0 in ASCII digits; empty is 0.</summary>
    internal static bool TryParseCount(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        // ASCII digits only, accumulated with a bound (as int.TryParse with NumberStyles.None, without its culture look-up).
        long total = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            total = (total * 10) + (c - '0');
            if (total > int.MaxValue)
            {
                return false;
            }
        }

        value = (int)total;
        return true;
    }

    internal static bool TryParseKind(ReadOnlySpan<char> text, out SubmissionKind kind) => Kinds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out kind);

    internal static bool TryParseSatisfaction(ReadOnlySpan<char> text, out SatisfactionLevel level) => Satisfactions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out level);

    internal static bool TryParseResult(ReadOnlySpan<char> text, out ResultCategory category) => Results.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out category);

    internal static bool TryParseActivityType(ReadOnlySpan<char> text, out ActivityType type) => ActivityTypes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out type);

    /// <summary>The units of a 会办单位 cell: split at 、 ； ; ， or ,, trimmed, empty pieces dropped.</summary>
    internal static string[] SplitUnits(string text) =>
        text.Split(UnitSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc cref="SplitUnits(string)"/>
    internal static string[] SplitUnits(ReadOnlySpan<char> text, StringPool pool, List<string> scratch)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        // One unit, the common case: no separator, so no list.
        if (text.IndexOfAny(UnitSeparatorValues) < 0)
        {
            var single = text.Trim();
            return single.IsEmpty ? [] : [pool.Get(single)];
        }

        scratch.Clear();
        foreach (var range in text.SplitAny(UnitSeparators))
        {
            var unit = text[range].Trim();
            if (!unit.IsEmpty)
            {
                scratch.Add(pool.Get(unit));
            }
        }

        return [.. scratch];
    }

    private static readonly System.Buffers.SearchValues<char> UnitSeparatorValues = System.Buffers.SearchValues.Create(UnitSeparators);

    internal static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string FormatBoolean(bool value) => value ? "是" : "否";

    internal static string FormatSatisfaction(SatisfactionLevel level) =>
        level == SatisfactionLevel.VerySatisfied ? DisplayNames.Chinese(SatisfactionLevel.Satisfied) : DisplayNames.Chinese(level);
}
