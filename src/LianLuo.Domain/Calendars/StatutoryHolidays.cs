using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace LianLuo.Domain.Calendars;

/// <summary>
/// The statutory days off (全体公民放假的节日) of the 全国年节及纪念日放假办法, as a dated rule table: the version in force
/// in a year decides the days. Used to predict a year for which no State Council notice is published yet (no make-up
/// working days can be predicted). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>2008-2013</term><description>元旦 1 January; 春节 农历除夕, 正月初一, 初二; 清明节; 劳动节 1 May; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1-3 October (the 2007 revision).</description></item>
/// <item><term>2014-2024</term><description>as before, but 春节 正月初一 to 初三 (the 2013 revision).</description></item>
/// <item><term>2025-</term><description>春节 农历除夕 to 正月初三 (4 days); 劳动节 1-2 May (the 2024 revision).</description></item>
/// </list>
/// 农历 dates come from <see cref="System.Globalization.ChineseLunisolarCalendar"/>; the 清明 day from the solar-term formula
/// ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ April (Y = year mod 100), valid for 2000-2099.
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>The first year the rule table covers (the 2007 revision took effect on 1 January 2008).</summary>
    public const int FirstYear = 2008;

    /// <summary>The last year the rule table covers (the end of the 清明 formula's range).</summary>
    public const int LastYear = LunarDates.MaxYear;

    private static readonly Lazy<FrozenDictionary<int, ImmutableArray<ArrangedDay>>> Table = new(
        () => Enumerable.Range(FirstYear, LastYear - FirstYear + 1).ToFrozenDictionary(y => y, Compute),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The statutory days off of a year under the rules then in force, sorted by date, each named after its holiday
    /// (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节; a day of two holidays is named 国庆节、中秋节).
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the table.</exception>
    public static ImmutableArray<ArrangedDay> For(int year) =>
        year is >= FirstYear and <= LastYear
            ? Table.Value[year]
            : throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"The statutory holiday rules are known for {FirstYear}-{LastYear} (value: {year})."));

    /// <summary>The version of the 全国年节及纪念日放假办法 in force in a year, e.g. <c>2024年修订</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the table.</exception>
    public static string RulesInForce(int year) => year switch
    {
        >= FirstYear and <= 2013 => "2007年修订",
        >= 2014 and <= 2024 => "2013年修订",
        >= 2025 and <= LastYear => "2024年修订",
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"The statutory holiday rules are known for {FirstYear}-{LastYear} (value: {year}).")),
    };

    private static ImmutableArray<ArrangedDay> Compute(int year)
    {
        var days = new SortedDictionary<LocalDate, string>();
        void Add(LocalDate date, string name) => days[date] = days.TryGetValue(date, out var other) ? $"{name}、{other}" : name;

        Add(new LocalDate(year, 1, 1), "元旦");
        var newYear = LunarDates.NewYear(year);
        var (springFrom, springDays) = year switch
        {
            <= 2013 => (newYear.PlusDays(-1), 3),
            <= 2024 => (newYear, 3),
            _ => (newYear.PlusDays(-1), 4),
        };
        for (var i = 0; i < springDays; i++)
        {
            Add(springFrom.PlusDays(i), "春节");
        }

        Add(LunarDates.Qingming(year), "清明节");
        Add(new LocalDate(year, 5, 1), "劳动节");
        if (year >= 2025)
        {
            Add(new LocalDate(year, 5, 2), "劳动节");
        }

        Add(LunarDates.FromLunar(year, 5, 5), "端午节");
        Add(LunarDates.FromLunar(year, 8, 15), "中秋节");
        for (var d = 1; d <= 3; d++)
        {
            Add(new LocalDate(year, 10, d), "国庆节");
        }

        return [.. days.Select(kv => new ArrangedDay(kv.Key, kv.Value))];
    }
}
