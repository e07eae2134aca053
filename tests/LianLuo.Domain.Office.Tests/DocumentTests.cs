using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using static LianLuo.Domain.Office.Tests.OfficeTestKit;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace LianLuo.Domain.Office.Tests;

/// <summary>Every document written is valid Open XML and holds what it reports.</summary>
public sealed partial class DocumentTests
{
    private static readonly Lazy<AnnualReport> Report = new(() => AnnualReportBuilder.Build(ReadCsvItems(SampleItems), ReadCsvActivities(SampleActivities), AsOf));

    private static readonly Lazy<EvaluationResult> Assessment = new(() =>
        new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default).Evaluate(ReadCsvItems(SampleItems), AsOf));

    private static byte[] Docx(AnnualReport report, Issuer? issuer = null)
    {
        using var buffer = new MemoryStream();
        SummaryDocument.Write(buffer, report, issuer);
        return buffer.ToArray();
    }

    private static byte[] AssessmentXlsx(EvaluationResult result)
    {
        using var buffer = new MemoryStream();
        AssessmentWorkbook.Write(buffer, result, AsOf);
        return buffer.ToArray();
    }

    private static void AssertValid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void SummaryDocument_SampleCity_PassesTheValidator()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(Report.Value)), false);
        AssertValid(document);
    }

    [Fact]
    public void SummaryDocument_EmptyReport_PassesTheValidator()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(AnnualReportBuilder.Build([], [], AsOf), Issuer.Parse("城关区人民政府"))), false);
        AssertValid(document);
        Assert.Contains("城关区人民政府", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex JsonNumber();

    [Fact]
    public void SummaryDocument_SampleCity_HoldsEveryFigureOfTheJsonReport()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(Report.Value)), false);
        var text = string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        var json = AnnualReportJson.Write(Report.Value);
        var figures = json.Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal) && !l.Contains("asOf", StringComparison.Ordinal))
            .SelectMany(l => JsonNumber().Matches(l[l.IndexOf(':', StringComparison.Ordinal)..]).Select(m => m.Value)).ToList();

        Assert.True(figures.Count > 30);
        foreach (var figure in figures)
        {
            Assert.Matches(new Regex($@"(?<![\d.]){Regex.Escape(figure)}(?![\d])"), text);
        }
    }

    [Fact]
    public void SummaryDocument_Layout_IsThatOfGbT9704()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(Report.Value)), false);
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(579, section.GetFirstChild<DocGrid>()!.LinePitch!.Value);
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());

        var fonts = main.Document.Body.Descendants<RunFonts>().Select(f => f.EastAsia!.Value).ToHashSet();
        Assert.Superset(fonts, new HashSet<string?> { "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312" });
        var title = main.Document.Body.Elements<Paragraph>().First();
        Assert.Equal("2025年度人大政协联络工作总结", title.InnerText);
        Assert.Equal("44", title.Descendants<FontSize>().First().Val!.Value);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);

        var footers = main.FooterParts.Select(f => (f.Footer!.InnerText, f.Footer.Descendants<Justification>().Single().Val!.Value)).ToList();
        Assert.Contains(("—  PAGE 1 —", JustificationValues.Right), footers);
        Assert.Contains(("—  PAGE 1 —", JustificationValues.Left), footers);

        var tables = main.Document.Body.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Equal(Report.Value.ByUnit.Count + 1, tables[1].Elements<TableRow>().Count());
        var last = main.Document.Body.Elements<Paragraph>().Where(p => p.InnerText.Length > 0).Select(p => p.InnerText).ToList();
        Assert.Contains("市政府", last);
        Assert.Contains("2026年1月15日", last);
    }

    [Fact]
    public void SummaryDocument_CategoryTable_NamesCategoriesByTheReportsLabels()
    {
        // The report's own labels, not a scheme's: the document takes no scheme.
        var report = Report.Value with { CategoryLabels = [new CategoryLabel("A", "办结"), new CategoryLabel("C", "暂缓")] };
        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(report)), false);
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Last();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Take(2).Select(c => c.InnerText).ToArray()).ToList();

        Assert.Equal(["类别", "含义"], rows[0]);
        Assert.Equal(["A类", "办结"], rows[1]);
        Assert.Equal(["B类", ""], rows[2]);
        Assert.Equal(["C类", "暂缓"], rows[3]);
        Assert.Contains("办结的（A类）", document.MainDocumentPart.Document.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentWorkbook_SampleCity_PassesTheValidator()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(AssessmentXlsx(Assessment.Value)), false);
        AssertValid(document);
    }

    [Fact]
    public void AssessmentWorkbook_SampleCity_HoldsEveryScoreAsANumber()
    {
        var result = Assessment.Value;
        using var document = SpreadsheetDocument.Open(new MemoryStream(AssessmentXlsx(result)), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<S.Sheet>().ToList();
        Assert.Equal(["考核排名", "扣分加分明细", "得分图"], sheets.Select(s => s.Name!.Value));
        var ranking = (WorksheetPart)workbook.GetPartById(sheets[0].Id!.Value!);
        var rows = ranking.Worksheet!.Descendants<S.Row>().ToList();
        var header = rows[1].Elements<S.Cell>().ToList();
        var scoreColumn = header.FindIndex(c => c.InnerText == "总分");
        var unitColumn = header.FindIndex(c => c.InnerText == "承办单位");
        Assert.True(scoreColumn > 0 && unitColumn > 0);
        var units = rows.Skip(3).ToList();
        Assert.Equal(result.Units.Count, units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var cells = units[i].Elements<S.Cell>().ToList();
            Assert.Equal(result.Units[i].Unit, cells[unitColumn].InnerText);
            var score = cells[scoreColumn];
            Assert.Null(score.DataType);
            Assert.Equal(result.Units[i].Score, decimal.Parse(score.CellValue!.Text, CultureInfo.InvariantCulture));
        }

        var frozen = ranking.Worksheet.Descendants<S.Pane>().Single();
        Assert.Equal(S.PaneStateValues.Frozen, frozen.State!.Value);
        var chart = ((WorksheetPart)workbook.GetPartById(sheets[2].Id!.Value!)).DrawingsPart!.ChartParts.Single();
        Assert.Single(chart.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>());

        var detail = (WorksheetPart)workbook.GetPartById(sheets[1].Id!.Value!);
        var expected = result.Units.Sum(u => u.DeductionRules.Count + u.BonusRules.Count);
        Assert.Equal(expected + 1, detail.Worksheet!.Descendants<S.Row>().Count());
    }

    [Fact]
    public void WorkbookLedgerWriter_SampleCity_PassesTheValidator()
    {
        using var buffer = new MemoryStream();
        WorkbookLedgerWriter.WriteItems(buffer, ReadCsvItems(SampleItems));
        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);
        AssertValid(document);
    }

    [Fact]
    public void WorkbookLedgerWriter_RoundTrip_GivesTheSameReport()
    {
        var items = ReadCsvItems(SampleItems);
        var activities = ReadCsvActivities(SampleActivities);
        using var itemsBook = new MemoryStream();
        using var activitiesBook = new MemoryStream();
        WorkbookLedgerWriter.WriteItems(itemsBook, items);
        WorkbookLedgerWriter.WriteActivities(activitiesBook, activities);

        var readItems = WorkbookLedgerReader.ReadItems(itemsBook.ToArray(), "items.xlsx", Strict);
        var readActivities = WorkbookLedgerReader.ReadActivities(activitiesBook.ToArray(), "activities.xlsx", Strict);

        Assert.True(readItems.IsValid, string.Join("\n", readItems.Errors.Take(5)));
        Assert.True(readActivities.IsValid, string.Join("\n", readActivities.Errors.Take(5)));
        Assert.Equal(activities, readActivities.Rows);
        Assert.Equal(AnnualReportBuilder.Build(items, activities, AsOf), AnnualReportBuilder.Build(readItems.Rows, readActivities.Rows, AsOf));

        // The same table as the CSV writer: written again as CSV, the workbook's rows give the CSV's bytes.
        using var csv = new MemoryStream();
        using var again = new MemoryStream();
        LedgerWriter.WriteItems(csv, items);
        LedgerWriter.WriteItems(again, readItems.Rows);
        Assert.Equal(csv.ToArray(), again.ToArray());
    }
}
