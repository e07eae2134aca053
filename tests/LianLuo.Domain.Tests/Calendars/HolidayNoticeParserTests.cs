using System.Text;
using LianLuo.Domain.Calendars;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

public class HolidayNoticeParserTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    private static string NoticeFile(int year) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Calendars", "Notices", $"{year}.txt"));

    private static string Notice(int year, params string[] items) =>
        $"""
        国务院办公厅关于{year}年部分节假日安排的通知
        国办发明电〔{year - 1}〕1号

        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

        经国务院批准，现将{year}年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

        {string.Join("\n\n", items)}

        节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。

        国务院办公厅
        {year - 1}年11月1日
        """;

    private static void AssertYieldsTheData(int year, HolidayNotice notice)
    {
        var (off, work) = China.GetNoticeYear(year)!.Value;
        Assert.Equal(year, notice.Year);
        Assert.Equal(off.OrderBy(d => d.Date).Select(d => d.ToString()), notice.OffDays.Select(d => d.ToString()));
        Assert.Equal(work.OrderBy(d => d.Date).Select(d => d.ToString()), notice.WorkDays.Select(d => d.ToString()));
    }

    private static IReadOnlyList<HolidayNoticeProblem> Problems(string text)
    {
        Assert.False(HolidayNoticeParser.TryParse(text, out var notice, out var problems));
        Assert.Null(notice);
        Assert.NotEmpty(problems);
        return problems;
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Parse_FullNotice_GivesExactlyTheEmbeddedData(int year)
    {
        var notice = HolidayNoticeParser.Parse(NoticeFile(year));
        AssertYieldsTheData(year, notice);
    }

    [Fact]
    public void Parse_FullNotice2026_ReadsEveryPart()
    {
        var notice = HolidayNoticeParser.Parse(NoticeFile(2026));
        Assert.Equal("国务院办公厅关于2026年部分节假日安排的通知", notice.Title);
        Assert.Equal("国办发明电〔2025〕7号", notice.DocumentNumber);
        Assert.Equal("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", notice.Salutation);
        Assert.Equal("国务院办公厅", notice.Issuer);
        Assert.Equal(new LocalDate(2025, 11, 4), notice.IssuedOn);
        Assert.Equal(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"], notice.Items.Select(i => i.Heading));
        Assert.Equal("二、春节", notice.Items[1].Label);
        Assert.Equal(9, notice.Items[1].OffDays.Count);
    }

    [Fact]
    public void Parse_Notice2025_KeepsTheCombinedHeadingAndSkipsThePreamble()
    {
        var notice = HolidayNoticeParser.Parse(NoticeFile(2025));
        Assert.Equal(6, notice.Items.Count);
        Assert.Equal("国庆节、中秋节", notice.Items[5].Heading);
        Assert.Equal([new ArrangedDay(new LocalDate(2025, 1, 1), "元旦")], notice.Items[0].OffDays);
    }

    [Fact]
    public void Parse_Notice2024_DoesNotMakeTheEncouragedEveADayOff()
    {
        var notice = HolidayNoticeParser.Parse(NoticeFile(2024));
        Assert.DoesNotContain(notice.OffDays, d => d.Date == new LocalDate(2024, 2, 9));
        Assert.Equal([new ArrangedDay(new LocalDate(2024, 1, 1), "元旦")], notice.Items[0].OffDays); // 与周末连休: only the named day
    }

    [Fact]
    public void Parse_Gb18030Bytes_GivesTheSameNoticeAsUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = NoticeFile(2026);
        var fromGb = HolidayNoticeParser.Parse(Encoding.GetEncoding(54936).GetBytes(text));
        var fromUtf8 = HolidayNoticeParser.Parse(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        Assert.Equal(fromUtf8, fromGb);
        Assert.Equal(HolidayNoticeParser.Parse(text), fromGb);
    }

    [Fact]
    public void ToJson_LoadsAsTheEmbeddedYear()
    {
        var json = HolidayNoticeParser.Parse(NoticeFile(2026)).ToJson();
        var calendar = WorkingCalendar.FromJson(json);
        Assert.Equal([2026], calendar.NoticeYears);
        Assert.Equal(China.GetNoticeYear(2026)!.Value.OffDays.Select(d => d.ToString()), calendar.GetNoticeYear(2026)!.Value.OffDays.Select(d => d.ToString()));
        Assert.Contains("\"2026\"", json, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2025〕7号", json, StringComparison.Ordinal);
    }

    public static TheoryData<int> SentenceYears => [.. NoticeSentences.Items.Keys];

    [Theory]
    [MemberData(nameof(SentenceYears))]
    public void Parse_ItemsInEveryStyle_GiveTheEmbeddedDataOfTheirYear(int year)
    {
        var text = Notice(year, NoticeSentences.Items[year]);
        Assert.True(HolidayNoticeParser.TryParse(text, out var notice, out var problems), string.Join("\n", problems));
        AssertYieldsTheData(year, notice);
    }

    [Fact]
    public void Parse_DecemberDaysOfTheYearBefore_AreKeyedByTheNoticeYear()
    {
        var notice = HolidayNoticeParser.Parse(Notice(2019, "一、元旦：12月30日至2019年1月1日放假调休，共3天。12月29日（星期六）上班。"));
        Assert.Equal(2019, notice.Year);
        Assert.Equal([new LocalDate(2018, 12, 30), new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 1)], notice.OffDays.Select(d => d.Date));
        Assert.Equal([new LocalDate(2018, 12, 29)], notice.WorkDays.Select(d => d.Date));
    }

    [Fact]
    public void Parse_WeekdayDisagreeing_IsRefusedNamingTheItem()
    {
        var problems = Problems(Notice(2026, "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。", "二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周日）、2月28日（周六）上班。"));
        var problem = Assert.Single(problems);
        Assert.Equal("二、春节", problem.Item);
        Assert.Contains("2026-02-14 is a Saturday (星期六), but the notice says 周日", problem.Reason, StringComparison.Ordinal);
        Assert.Equal("2月14日（周日）", problem.Words);
        Assert.Equal(10, problem.Line);
    }

    [Fact]
    public void Parse_LunarDisagreeing_IsRefusedNamingTheItem()
    {
        var problem = Assert.Single(Problems(Notice(2026, "一、春节：2月15日（农历腊月二十七、周日）至23日（农历正月初七、周一）放假调休，共9天。")));
        Assert.Equal("一、春节", problem.Item);
        Assert.Contains("农历腊月二十八, but the notice says 腊月二十七", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DayBothOffAndWorking_IsRefused()
    {
        var problems = Problems(Notice(2026, "一、元旦：1月1日至4日放假，共4天。", "二、春节：1月4日（周日）上班。"));
        Assert.Contains(problems, p => p.Item == "二、春节" && p.Reason.Contains("2026-01-04 is made a working day here and a day off by item 一、元旦", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("一、元旦：1月1日放假，大家好好休息。", "大家好好休息")]
    [InlineData("一、元旦：1月1日放一天假。", "1月1日放一天假")]
    [InlineData("一、元旦：1月1日至3日放假，共4天。", "共4天")]
    [InlineData("一、元旦：1月1日（周五）放假1天。", "1月1日（周五）")]
    [InlineData("一、元旦：1月1日（平日）放假1天。", "1月1日（平日）")]
    [InlineData("一、元旦：3日放假。", "3日")]
    [InlineData("一、元旦：1月1日放假，1月2日（周五）上班。", "1月1日放假，1月2日（周五）上班。")]
    [InlineData("一、元旦：2月30日放假。", "2月30日")]
    [InlineData("一、元旦：1月1日至2月10日放假。", "1月1日至2月10日")]
    [InlineData("一、元旦：1月1日放假，不调休。1月3日（周六）上班。", "1月1日放假，不调休。1月3日（周六）上班。")]
    [InlineData("一、元旦：1月1日放假。其中，1月2日为法定节假日。", "1月2日为法定节假日")]
    [InlineData("一、元旦：1月1日（农历冬月十二）放假。", "1月1日（农历冬月十二）")]
    public void Parse_UnreadableOrWrongWords_AreAnErrorNamingTheItemAndTheWords(string item, string words)
    {
        var problems = Problems(Notice(2026, item));
        Assert.All(problems, p => Assert.Equal("一、元旦", p.Item));
        Assert.Contains(problems, p => p.Words == words);
    }

    [Fact]
    public void Parse_ADateAfterTheItems_IsAnErrorNotASkip()
    {
        var text = Notice(2026, "一、元旦：1月1日放假。").Replace("节假日期间", "另外，1月2日也放假。节假日期间", StringComparison.Ordinal);
        Assert.Contains(Problems(text), p => p.Item == "after the items");
    }

    [Theory]
    [InlineData("国务院办公厅关于部分节假日安排的通知\n一、元旦：1月1日放假。", "title")]
    [InlineData("国务院办公厅关于2026年部分节假日安排的通知\n\n国务院办公厅\n2025年11月4日", "items")]
    [InlineData("国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日放假。\n三、春节：2月17日放假。", "三、春节")]
    [InlineData("国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：2024年1月1日放假。", "一、元旦")]
    [InlineData("国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日放假。\n二、春节：1月1日放假。", "二、春节")]
    public void Parse_BrokenNotice_IsAnErrorNamingThePart(string text, string item) =>
        Assert.Contains(Problems(text), p => p.Item == item);

    [Fact]
    public void Parse_BytesNeitherUtf8NorGb18030_AreAnError()
    {
        Assert.False(HolidayNoticeParser.TryParse([0xFF, 0xFF, 0xFF, 0x30], out _, out var problems));
        Assert.Equal("(file)", Assert.Single(problems).Item);
    }

    [Fact]
    public void Parse_Throwing_ListsEveryProblemWithItsLine()
    {
        var ex = Assert.Throws<CalendarDataException>(() => HolidayNoticeParser.Parse(Notice(2026, "一、元旦：1月1日（周五）放假1天。", "二、春节：2月15日（周一）放假1天。")));
        Assert.Equal(2, ex.Problems.Count);
        Assert.Equal("line 8, 一、元旦", ex.Problems[0].Path);
    }

    // Found while fuzzing the readers: \d matched any Unicode digit, so an Arabic-Indic ١ reached int.Parse and threw.
    [Theory]
    [InlineData("一、元旦：١月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。")]
    [InlineData("一、元旦：1月١日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。")]
    [InlineData("一、元旦：1月1日（周四）至٣日（周六）放假调休，共3天。1月4日（周日）上班。")]
    public void TryParse_NonAsciiDigits_AreAProblemNotAnException(string item)
    {
        Assert.False(HolidayNoticeParser.TryParse(Notice(2026, item), out var notice, out var problems));

        Assert.Null(notice);
        Assert.Contains(problems, p => p.Line == 8);
    }

    [Fact]
    public void TryParse_ArabicIndicDigitsInTheTitle_AreAProblem()
    {
        Assert.False(HolidayNoticeParser.TryParse(Notice(2026, "一、元旦：1月1日（周四）放假，共1天。").Replace("关于2026年", "关于٢٠٢٦年", StringComparison.Ordinal), out _, out var problems));

        Assert.Equal("title", Assert.Single(problems).Item);
    }

    // A range may end on the last date there is; it is counted, never stepped past (that overflowed).
    [Fact]
    public void TryParse_ARangeEndingOn9999_12_31_IsAProblemOfTheYearNotAnException()
    {
        Assert.False(HolidayNoticeParser.TryParse(Notice(2026, "一、元旦：9999年12月25日至31日放假调休，共7天。"), out _, out var problems));

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(8, p.Line));
        Assert.Contains(problems, p => p.Reason.Contains("9999-12-31", StringComparison.Ordinal));
    }
}
