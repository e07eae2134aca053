using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Reporting.Text;

/// <summary>
/// How every renderer of the report writes its numbers and dates — the Chinese summary, Markdown, the JSON of ledger.md §3
/// and the Office documents — so that a figure reads the same everywhere: whole numbers in the invariant culture, rates
/// with one decimal, <c>—</c> for a rate without data, dates as <c>YYYY-MM-DD</c> or 年月日. The report's values never
/// format themselves; as NodaTime keeps its patterns in <c>NodaTime.Text</c>, the report keeps its formatting here, in a
/// namespace below <c>Reporting</c> that knows nothing of the report. Stateless and thread-safe.
/// </summary>
internal static class ReportFormat
{
    /// <summary>The text of a rate without data (分母为 0).</summary>
    public const string NoRate = "—";

    /// <summary>A count, e.g. <c>12</c>.</summary>
    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal and the sign, e.g. <c>91.0%</c>, or <see cref="NoRate"/> for null.</summary>
    public static string P(decimal? percent) => percent is { } p ? Decimal1(p) + "%" : NoRate;

    /// <summary>A rate as one decimal without the sign, e.g. <c>91.0</c> (the number of a rate in the JSON).</summary>
    public static string Decimal1(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    public static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A date in Chinese, e.g. <c>2026年1月15日</c>.</summary>
    public static string ChineseDate(LocalDate date) => $"{N(date.Year)}年{N(date.Month)}月{N(date.Day)}日";

    /// <summary>A Chinese ordinal for numbered headings: 一 … 十, 十一 … 九十九; larger numbers in digits.</summary>
    public static string ChineseOrdinal(int n)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return n switch
        {
            < 10 => digits[n],
            10 => "十",
            < 20 => "十" + digits[n - 10],
            < 100 => digits[n / 10] + "十" + digits[n % 10],
            _ => N(n),
        };
    }
}
