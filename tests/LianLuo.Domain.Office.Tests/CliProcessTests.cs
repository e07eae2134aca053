using DocumentFormat.OpenXml.Packaging;
using LianLuo.TestSupport;
using static LianLuo.Domain.Office.Tests.OfficeTestKit;

namespace LianLuo.Domain.Office.Tests;

/// <summary>Runs <c>lianluo</c> as a real process on workbooks, as offices do.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lianluo-office-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Report_WorkbookLedgers_PrintsTheJsonOfTheCsv()
    {
        var items = Path.Combine(directory, "台账.xlsx");
        var activities = Path.Combine(directory, "活动.xlsx");
        File.WriteAllBytes(items, WorkbookLedgerReaderTests.OfficeItemsWorkbook(ReadCsvItems(SampleItems)));
        WorkbookLedgerWriter.WriteActivitiesFile(activities, ReadCsvActivities(SampleActivities));

        var fromCsv = Run("report", "--items", SampleItems, "--activities", SampleActivities, "--as-of", "2026-01-15", "--format", "json");
        var fromXlsx = Run("report", "--items", items, "--activities", activities, "--as-of", "2026-01-15", "--format", "json");

        Assert.Equal(0, fromXlsx.Exit);
        Assert.Equal(fromCsv.Stdout, fromXlsx.Stdout);
    }

    [Fact]
    public void Validate_WorkbookWithErrors_ExitsTwoWithSheetAndRow()
    {
        var items = Path.Combine(directory, "台账.xlsx");
        File.WriteAllBytes(items, Workbook(("提案", [
            [.. new[] { "编号", "类别", "标题", "领衔人", "主办单位", "交办日期" }.Select(h => (TestCell?)new TestCell.Shared(h))],
            [new TestCell.Inline("TA-1"), new TestCell.Inline("提案"), new TestCell.Inline("标题"), new TestCell.Inline("李娜"), new TestCell.Inline("市教育局"), new TestCell.Inline("2025/13/01")],
        ], null)));

        var (exit, _, stderr) = Run("validate", "--items", items, "--as-of", "2026-01-15");

        Assert.Equal(2, exit);
        Assert.StartsWith($"{items}[提案]:2: 交办日期: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OldXls_ExitsTwoNamingIt()
    {
        var items = Path.Combine(directory, "台账.xls");
        File.WriteAllBytes(items, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]]);

        var (exit, _, stderr) = Run("validate", "--items", items);

        Assert.Equal(2, exit);
        Assert.Contains("(.xls)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAndScore_OfficeFormats_WriteTheDocuments()
    {
        var docx = Path.Combine(directory, "总结.docx");
        var xlsx = Path.Combine(directory, "考核.xlsx");

        var report = Run("report", "--as-of", "2026-01-15", "--format", "docx", "--output", docx, "--issuer", "城关区人民政府");
        var score = Run("score", "--as-of", "2026-01-15", "--format", "xlsx", "--output", xlsx);

        Assert.Equal((0, $"wrote {docx}: the annual summary (Word, GB/T 9704-2012 layout)\n"), (report.Exit, report.Stdout));
        Assert.Equal(0, score.Exit);
        using (var document = WordprocessingDocument.Open(docx, false))
        {
            Assert.Contains("城关区人民政府", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        using var workbook = SpreadsheetDocument.Open(xlsx, false);
        Assert.Equal(3, workbook.WorkbookPart!.WorksheetParts.Count());
    }

    [Theory]
    [InlineData("report", "docx")]
    [InlineData("score", "xlsx")]
    public void OfficeFormat_WithoutOutput_ExitsTwo(string command, string format)
    {
        var (exit, stdout, stderr) = Run(command, "--format", format);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains($"--format {format} needs --output FILE", stderr, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Repository.RunLianLuo(TimeSpan.FromMinutes(2), args);
}
