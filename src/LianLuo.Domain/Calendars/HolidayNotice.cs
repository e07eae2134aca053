using System.Globalization;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Calendars;

/// <summary>
/// A State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) as read by <see cref="HolidayNoticeParser"/>:
/// its parts and every day it arranges. Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Year">The notice year (the year of the title); 元旦 days of the December before belong to it.</param>
/// <param name="Title">The title line.</param>
/// <param name="DocumentNumber">The 文号 (e.g. 国办发明电〔2025〕7号), or null when the text has none.</param>
/// <param name="Salutation">The addressees (各省、自治区、直辖市人民政府，…：), or null when the text has none.</param>
/// <param name="Items">The numbered items (一、元旦：…), one per holiday, in order.</param>
/// <param name="Issuer">The signature (国务院办公厅), or null when the text has none.</param>
/// <param name="IssuedOn">The date under the signature, or null when the text has none.</param>
public sealed record HolidayNotice(
    int Year,
    string Title,
    string? DocumentNumber,
    string? Salutation,
    EquatableArray<HolidayNoticeItem> Items,
    string? Issuer,
    LocalDate? IssuedOn)
{
    /// <summary>Every day off of the notice, sorted by date, named after its item's heading.</summary>
    public EquatableArray<ArrangedDay> OffDays => new(Items.SelectMany(i => i.OffDays).OrderBy(d => d.Date));

    /// <summary>Every make-up working day (调休上班) of the notice, sorted by date, named after its item's heading.</summary>
    public EquatableArray<ArrangedDay> WorkDays => new(Items.SelectMany(i => i.WorkDays).OrderBy(d => d.Date));

    /// <summary>
    /// The notice's days in the china-holidays.json format (<c>years</c> → the notice year → <c>offDays</c> and
    /// <c>workDays</c>), ready to load with <see cref="WorkingCalendar.WithYearsFromJson(string)"/> or <c>--calendar FILE</c>.
    /// </summary>
    public string ToJson()
    {
        var source = string.Join(" ", new[] { Title, DocumentNumber, IssuedOn is { } d ? LocalDatePattern.Iso.Format(d) : null }.Where(s => s is not null));
        return HolidayJson.Write(source, [new KeyValuePair<int, NoticeYearData>(Year, new NoticeYearData([.. OffDays], [.. WorkDays]))]);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Title}: {Items.Count} items, {OffDays.Count} days off, {WorkDays.Count} make-up working days");
}

/// <summary>
/// One numbered item of a holiday notice (e.g. <c>二、春节：2月15日…放假调休，共9天。2月14日（周六）…上班。</c>) and the days it arranges.
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Number">The item's number (1 for 一、).</param>
/// <param name="Heading">The heading, the name of every day of the item (元旦, 春节, 国庆节、中秋节, …).</param>
/// <param name="Line">The line of the text the item is on (1-based).</param>
/// <param name="Text">The item's text after the heading, as written.</param>
/// <param name="OffDays">The days off it arranges, sorted by date (weekend days joined by 与周末连休 are not listed).</param>
/// <param name="WorkDays">The make-up working days it arranges, sorted by date.</param>
public sealed record HolidayNoticeItem(int Number, string Heading, int Line, string Text, EquatableArray<ArrangedDay> OffDays, EquatableArray<ArrangedDay> WorkDays)
{
    /// <summary>The item's label as written in the notice, e.g. <c>二、春节</c>.</summary>
    public string Label => $"{HolidayNoticeParser.ChineseNumber(Number)}、{Heading}";

    /// <inheritdoc/>
    public override string ToString() => $"{Label}: {string.Join(", ", OffDays)} off; {string.Join(", ", WorkDays)} worked";
}

/// <summary>
/// A problem found in the text of a holiday notice: the line, the item (or part of the notice), what is wrong and the words.
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Line">The line of the text (1-based; 0 for the file as a whole).</param>
/// <param name="Item">The item (e.g. <c>二、春节</c>) or part of the notice (<c>title</c>, <c>items</c>, <c>(file)</c>).</param>
/// <param name="Reason">What is wrong, naming the rule.</param>
/// <param name="Words">The words concerned, as written.</param>
public sealed record HolidayNoticeProblem(int Line, string Item, string Reason, string Words) : IProblem
{
    /// <summary><c>holiday-notice</c>.</summary>
    string IProblem.Code => "holiday-notice";

    /// <summary><c>line N, ITEM</c> (line 0: the notice as a whole).</summary>
    string IProblem.Location => string.Create(CultureInfo.InvariantCulture, $"line {Line}, {Item}");

    /// <summary>The <see cref="Reason"/>.</summary>
    string IProblem.Message => Reason;

    /// <summary>The <see cref="Words"/>.</summary>
    string? IProblem.Value => Words;

    /// <summary>As a calendar problem (path <c>line N, ITEM</c>).</summary>
    public CalendarProblem ToCalendarProblem() =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {Line}, {Item}"), $"{Reason} ({Words})");

    /// <summary><c>LINE: ITEM: reason (words)</c>, the tail of the command line's <c>FILE:LINE: ITEM: reason (value)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line}: {Item}: {Reason} ({Words})");
}
