using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Reporting;
using NodaTime.Text;
using LianLuo.Domain.Serialization;
using static LianLuo.Domain.Office.Tests.OfficeTestKit;

namespace LianLuo.Domain.Office.Tests;

public sealed class WorkbookLedgerReaderTests
{
    private static readonly HashSet<LedgerColumn> DateColumns =
        [ItemColumns.AssignedOn, ItemColumns.ExtendedTo, ItemColumns.RepliedOn, ItemColumns.FeedbackOn, ItemColumns.RerepliedOn, ItemColumns.ReceivedOn, ItemColumns.PlannedCompletion, ActivityColumns.Date];

    private static readonly HashSet<LedgerColumn> CountColumns =
        [ItemColumns.FaceToFace, ItemColumns.PhoneEmail, ItemColumns.Visits, ActivityColumns.LeaderAttendances, ActivityColumns.MemberAttendances];

    /// <summary>A cell as an office might store the value: dates, counts and ids in every way Excel allows.</summary>
    private static TestCell? Cell(LedgerColumn column, string value, int row)
    {
        if (value.Length == 0)
        {
            return row % 2 == 0 ? null : new TestCell.Inline(string.Empty);
        }

        if (DateColumns.Contains(column))
        {
            var date = LocalDatePattern.Iso.Parse(value).Value;
            return (row % 6) switch
            {
                0 => new TestCell.Number(Serial(date), 1),
                1 => new TestCell.Number(Serial(date)),
                2 => new TestCell.Shared(date.ToString("yyyy/M/d", CultureInfo.InvariantCulture)),
                3 => new TestCell.Inline(date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
                4 => new TestCell.Number(Serial(date) + 0.5, 2),
                _ => new TestCell.Formula("DATE(1,1,1)", Serial(date).ToString(CultureInfo.InvariantCulture), IsText: false),
            };
        }

        if (CountColumns.Contains(column))
        {
            return (row % 3) switch
            {
                0 => new TestCell.Number(int.Parse(value, CultureInfo.InvariantCulture)),
                1 => new TestCell.Shared(value),
                _ => new TestCell.Formula("0+" + value, value, IsText: false),
            };
        }

        if (column == ItemColumns.Id && row % 5 == 0)
        {
            return new TestCell.Formula("\"" + value + "\"", value, IsText: true);
        }

        return row % 2 == 0 ? new TestCell.Shared(value) : new TestCell.Inline(value);
    }

    private static List<IReadOnlyList<TestCell?>?> Rows(IReadOnlyList<LedgerColumn> columns, IEnumerable<string[]> rows, int firstRow) =>
        [
            [.. columns.Select(c => (TestCell?)new TestCell.Shared(c.Chinese))],
            .. rows.Select((r, i) => (IReadOnlyList<TestCell?>?)r.Select((v, c) => Cell(columns[c], v, firstRow + i)).ToList()),
        ];

    /// <summary>The sample city's items as an office keeps them: 建议 and 议案 under a title, 提案 on a sheet of their own, a notes sheet.</summary>
    internal static byte[] OfficeItemsWorkbook(IReadOnlyList<HandledItem> items)
    {
        var (columns, rows) = LedgerWriter.ItemTable(items);
        var kind = columns.ToList().IndexOf(ItemColumns.Kind);
        var suggestions = rows.Where(r => r[kind] != "提案").ToList();
        var proposals = rows.Where(r => r[kind] == "提案").ToList();
        List<IReadOnlyList<TestCell?>?> first =
        [
            [new TestCell.Shared("2025年建议提案办理台账")],
            [new TestCell.Inline("填报单位：市政府办公室"), null, null, new TestCell.Inline("单位：件")],
            null,
            .. Rows(columns, suggestions, 4),
            [new TestCell.Inline(string.Empty)],
            null,
            [null, new TestCell.Inline(" ")],
        ];
        var second = Rows(columns, proposals, 1);
        List<IReadOnlyList<TestCell?>?> notes = [[new TestCell.Inline("说明：本台账按季度更新。")]];
        return Workbook(("建议", first, "A1:H1"), ("提案", second, null), ("说明", notes, null));
    }

    [Fact]
    public void ReadItems_OfficeWorkbookOfTheSampleCity_GivesTheReportOfTheCsv()
    {
        var csvItems = ReadCsvItems(SampleItems);
        var activities = ReadCsvActivities(SampleActivities);

        var result = WorkbookLedgerReader.ReadItems(OfficeItemsWorkbook(csvItems), "台账.xlsx", Strict);

        Assert.True(result.IsValid, string.Join("\n", result.Errors.Take(10)));
        Assert.Equal(csvItems.Count, result.RowsRead);
        Assert.Equal(csvItems.Count, result.Rows.Count);
        var expected = AnnualReportBuilder.Build(csvItems, activities, AsOf);
        var actual = AnnualReportBuilder.Build(result.Rows, activities, AsOf);
        Assert.Equal(AnnualReportJson.Write(expected), AnnualReportJson.Write(actual));
        Assert.Equal(expected, actual);
        Assert.Equal(LedgerReader.ReadItemsFile(SampleItems, Strict).Recorded, result.Recorded);
    }

    [Fact]
    public void ReadItems_OfficeWorkbook_GivesTheAssessmentOfTheCsv()
    {
        var csvItems = ReadCsvItems(SampleItems);
        var rows = WorkbookLedgerReader.ReadItems(OfficeItemsWorkbook(csvItems), "台账.xlsx", Strict).Rows;

        string Score(IEnumerable<HandledItem> items) =>
            EvaluationResultJson.Write(new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default).Evaluate(items, AsOf));

        Assert.Equal(Score(csvItems), Score(rows));
    }

    [Fact]
    public void ReadActivities_WorkbookWithTitleRow_GivesTheRowsOfTheCsv()
    {
        var csv = ReadCsvActivities(SampleActivities);
        var (columns, rows) = LedgerWriter.ActivityTable(csv);
        List<IReadOnlyList<TestCell?>?> sheet = [[new TestCell.Shared("2025年联络活动台账")], .. Rows(columns, rows, 2)];

        var result = WorkbookLedgerReader.ReadActivities(Workbook(("活动", sheet, "A1:E1")), "活动.xlsx", Strict);

        Assert.True(result.IsValid, string.Join("\n", result.Errors.Take(10)));
        Assert.Equal(csv, result.Rows);
    }

    [Fact]
    public void ReadItems_ErrorsOnTwoSheets_ReportsEveryErrorWithSheetAndRow()
    {
        string[] header = ["编号", "类别", "标题", "领衔人", "主办单位", "交办日期", "面商人次"];
        IReadOnlyList<TestCell?> Header() => [.. header.Select(h => (TestCell?)new TestCell.Shared(h))];
        IReadOnlyList<TestCell?> Item(string id, string kind, TestCell date, string count) =>
            [new TestCell.Inline(id), new TestCell.Inline(kind), new TestCell.Inline("标题"), new TestCell.Inline("王伟"), new TestCell.Inline("市教育局"), date, new TestCell.Inline(count)];
        var workbook = Workbook(
            ("建议", [[new TestCell.Shared("2025年建议办理台账")], Header(), Item("JY-1", "建议", new TestCell.Inline("2025-02-30"), "1"), Item("JY-2", "建议", new TestCell.Number(45000), "x")], "A1:G1"),
            ("提案", [Header(), Item("JY-1", "提案", new TestCell.Number(45000, 1), "0")], null));

        var result = WorkbookLedgerReader.ReadItems(workbook, "台账.xlsx", Strict);

        var lines = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("台账.xlsx[建议]:3: 交办日期: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("(2025-02-30)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("台账.xlsx[建议]:4: 面商人次: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("台账.xlsx[提案]:2: 编号: duplicate 编号: 台账.xlsx[建议]:3 has it too (JY-1)", lines[2]);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void ReadItems_SerialAfterAsOf_NamesTheDateNotTheSerial()
    {
        var workbook = Workbook(("建议", [
            [.. new[] { "编号", "类别", "标题", "领衔人", "主办单位", "交办日期" }.Select(h => (TestCell?)new TestCell.Shared(h))],
            [new TestCell.Inline("JY-1"), new TestCell.Inline("建议"), new TestCell.Inline("标题"), new TestCell.Inline("王伟"), new TestCell.Inline("市教育局"), new TestCell.Number(Serial(new NodaTime.LocalDate(2026, 3, 1)))],
        ], null));

        var error = Assert.Single(WorkbookLedgerReader.ReadItems(workbook, "a.xlsx", Strict).Errors);

        Assert.Equal(LedgerErrorKind.DateAfterAsOf, error.Kind);
        Assert.Equal("2026-03-01", error.Value);
    }

    [Fact]
    public void ReadItems_SummarySheetNamingSomeColumns_IsIgnored()
    {
        string[] header = ["编号", "类别", "标题", "领衔人", "主办单位", "交办日期"];
        var workbook = Workbook(
            ("汇总", [[new TestCell.Inline("主办单位"), new TestCell.Inline("类别"), new TestCell.Inline("件数")], [new TestCell.Inline("市教育局"), new TestCell.Inline("建议"), new TestCell.Number(1)]], null),
            ("建议", [
                [.. header.Select(h => (TestCell?)new TestCell.Shared(h))],
                [new TestCell.Inline("JY-1"), new TestCell.Inline("建议"), new TestCell.Inline("标题"), new TestCell.Inline("王伟"), new TestCell.Inline("市教育局"), new TestCell.Inline("2025-03-10")],
            ], null));

        var result = WorkbookLedgerReader.ReadItems(workbook, "a.xlsx", Strict);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Single(result.Rows);
    }

    [Fact]
    public void ReadItems_OnlyIncompleteHeaders_NamesTheMissingColumns()
    {
        var workbook = Workbook(("建议", [[new TestCell.Shared("台账")], [new TestCell.Inline("编号"), new TestCell.Inline("类别"), new TestCell.Inline("标题")]], null));

        var errors = WorkbookLedgerReader.ReadItems(workbook, "a.xlsx", Strict).Errors;

        Assert.Equal(["a.xlsx[建议]:2: 领衔人: missing required column 领衔人 (proposer) ()", "a.xlsx[建议]:2: 主办单位: missing required column 主办单位 (lead_unit) ()", "a.xlsx[建议]:2: 交办日期: missing required column 交办日期 (assigned_on) ()"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ReadItems_NoSheetWithAHeader_IsNoHeader()
    {
        var result = WorkbookLedgerReader.ReadItems(Workbook(("Sheet1", [[new TestCell.Inline("备注")]], null)), "a.xlsx", Strict);

        Assert.Equal(LedgerErrorKind.NoHeader, Assert.Single(result.Errors).Kind);
    }

    public static TheoryData<string, byte[], string> HostileFiles()
    {
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]];
        byte[] encrypted = [.. compound, .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[64]];
        return new TheoryData<string, byte[], string>
        {
            { "csv", Encoding.UTF8.GetBytes("编号,类别\nJY-1,建议\n"), "not a zip package" },
            { "empty", [], "an empty file" },
            { "xls", compound, "(.xls)" },
            { "encrypted", encrypted, "password-protected" },
            { "corrupt", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x41, 300)], "corrupt" },
            { "docx", Docx(), "not an Excel workbook" },
        };
    }

    private static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        SummaryDocument.Write(buffer, AnnualReportBuilder.Build([], [], AsOf));
        return buffer.ToArray();
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void ReadItems_NotAReadableWorkbook_OneClearError(string name, byte[] content, string reason)
    {
        var result = WorkbookLedgerReader.ReadItems(content, name + ".xlsx", Strict);

        var error = Assert.Single(result.Errors);
        Assert.Equal(LedgerErrorKind.BadWorkbook, error.Kind);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(name + ".xlsx:1: (workbook): ", error.ToString(), StringComparison.Ordinal);
    }

    // The reason is ours, whole: no .NET type name and no message of the zip or XML libraries.
    [Fact]
    public void ReadItems_DamagedZip_SaysSoInOurWords()
    {
        var result = WorkbookLedgerReader.ReadItems((byte[])[0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x41, 300)], "d.xlsx", Strict);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("d.xlsx", 1, "(workbook)"), (error.File, error.Line, error.Column));
        Assert.Equal("a corrupt workbook: the zip package is damaged (its list of parts cannot be read)", error.Reason);
    }

    [Fact]
    public void ReadItems_ZipBomb_RefusedBeforeInflating()
    {
        var workbook = Workbook(("建议", [[new TestCell.Inline("编号"), new TestCell.Inline("类别")]], null));
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = zip.CreateEntry("xl/media/bomb.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++)
            {
                bomb.Write(zeros);
            }
        }

        Assert.True(buffer.Length < 4_000_000, $"the bomb is {buffer.Length} bytes");
        var before = GC.GetTotalAllocatedBytes();
        var error = Assert.Single(WorkbookLedgerReader.ReadItems(buffer.ToArray(), "bomb.xlsx", Strict).Errors);

        Assert.Equal(LedgerErrorKind.BadWorkbook, error.Kind);
        Assert.Contains("zip bomb", error.Reason, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 64L * 1024 * 1024, "the reader inflated the bomb");
    }

    [Fact]
    public void ReadItems_MillionRowSheet_StopsWithAClearError()
    {
        var workbook = Workbook(("建议", [[new TestCell.Inline("编号"), new TestCell.Inline("类别")]], null));
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            using var writer = new StreamWriter(part.GetStream(FileMode.Create), new UTF8Encoding(false));
            writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            writer.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>类别</t></is></c></row>");
            for (var r = 2; r <= 1_000_000; r++)
            {
                writer.Write($"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>");
            }

            writer.Write("</sheetData></worksheet>");
        }

        var result = WorkbookLedgerReader.ReadItems(buffer.ToArray(), "big.xlsx", Strict);

        var error = Assert.Single(result.Errors);
        Assert.Equal(LedgerErrorKind.BadWorkbook, error.Kind);
        Assert.Contains("more than 200000 rows", error.Reason, StringComparison.Ordinal);
        Assert.Equal("big.xlsx[建议]", error.File);
    }

    [Fact]
    public void ReadItems_TenMegabyteCell_IsAnErrorOfThatCell()
    {
        string[] header = ["编号", "类别", "标题", "领衔人", "主办单位", "交办日期"];
        var workbook = Workbook(("建议", [
            [.. header.Select(h => (TestCell?)new TestCell.Shared(h))],
            [new TestCell.Inline("JY-1"), new TestCell.Inline("建议"), new TestCell.Inline(new string('长', 10 * 1024 * 1024)), new TestCell.Inline("王伟"), new TestCell.Inline("市教育局"), new TestCell.Inline("2025-03-10")],
        ], null));

        var result = WorkbookLedgerReader.ReadItems(workbook, "a.xlsx", Strict);

        var error = Assert.Single(result.Errors);
        Assert.Equal(LedgerErrorKind.BadWorkbook, error.Kind);
        Assert.Equal("标题", error.Column);
        Assert.Contains("beyond Excel's limit of 32767 (cell C2)", error.Reason, StringComparison.Ordinal);
        Assert.True(error.ToString().Length < 400);
    }

    [Fact]
    public void IsWorkbook_ByExtensionOrContent_Decides()
    {
        Assert.True(WorkbookLedgerReader.IsWorkbook("台账.XLSX", []));
        Assert.True(WorkbookLedgerReader.IsWorkbook("台账.xls", []));
        Assert.True(WorkbookLedgerReader.IsWorkbook("ledger", "PK\u0003\u0004"u8));
        Assert.False(WorkbookLedgerReader.IsWorkbook("items.csv", "编号,类别"u8));
    }

    [Theory]
    [InlineData(45000, false, "2023-03-15")]
    [InlineData(1, false, "1900-01-01")]
    [InlineData(61, false, "1900-03-01")]
    [InlineData(0, true, "0")]
    [InlineData(45000.75, false, "2023-03-15")]
    [InlineData(1, true, "1904-01-02")]
    public void SerialDate_ExcelSerials_AreTheirDays(double serial, bool date1904, string expected) =>
        Assert.Equal(expected, Internal.WorkbookSheets.SerialDate(serial, date1904, serial.ToString(CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy", true)]
    [InlineData("0.00", false)]
    [InlineData("#,##0\"件\"", false)]
    [InlineData("[Red]0", false)]
    public void IsDateFormat_FormatCodes_Recognised(string code, bool isDate) =>
        Assert.Equal(isDate, Internal.WorkbookSheets.IsDateFormat(code));
}
