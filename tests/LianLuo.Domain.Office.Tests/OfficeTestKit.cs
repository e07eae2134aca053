using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Office.Internal;
using LianLuo.TestSupport;
using NodaTime;

namespace LianLuo.Domain.Office.Tests;

/// <summary>A cell of a test workbook: how it is stored.</summary>
internal abstract record TestCell
{
    /// <summary>Text in the shared string table.</summary>
    public sealed record Shared(string Text) : TestCell;

    /// <summary>An inline string.</summary>
    public sealed record Inline(string Text) : TestCell;

    /// <summary>A number, with a cell style (0 none, 1 a built-in date format, 2 a custom 年月日 format).</summary>
    public sealed record Number(double Value, uint Style = 0) : TestCell;

    /// <summary>A formula with its cached value (a number, or a string when <paramref name="IsText"/>).</summary>
    public sealed record Formula(string Expression, string Cached, bool IsText) : TestCell;
}

/// <summary>Builds workbooks with the Open XML SDK, and the sample city's ledgers.</summary>
internal static class OfficeTestKit
{
    public static readonly LocalDate AsOf = new(2026, 1, 15);

    public static readonly LedgerReadOptions Strict = new(AsOf);

    public static string RepositoryRoot() => Repository.Root;

    public static string SampleItems => Path.Combine(RepositoryRoot(), "samples", "data", "items.csv");

    public static string SampleActivities => Path.Combine(RepositoryRoot(), "samples", "data", "activities.csv");

    public static double Serial(LocalDate date) => (date.ToDateTimeUnspecified() - new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified)).TotalDays;

    /// <summary>A workbook of sheets, each a list of rows (a null row is left out: a gap; a null cell is no cell).</summary>
    public static byte[] Workbook(params (string Name, IReadOnlyList<IReadOnlyList<TestCell?>?> Rows, string? Merge)[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 170, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 170, ApplyNumberFormat = true })
                { Count = 3 });
            var shared = new List<string>();
            var sheetList = new Sheets();
            uint sheetId = 0;
            foreach (var (name, rows, merge) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    if (rows[r] is not { } cells)
                    {
                        continue;
                    }

                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < cells.Count; c++)
                    {
                        var reference = WorkbookSheets.CellName(c, r + 1);
                        switch (cells[c])
                        {
                            case TestCell.Shared s:
                                shared.Add(s.Text);
                                row.Append(new Cell(new CellValue((shared.Count - 1).ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString });
                                break;
                            case TestCell.Inline i:
                                row.Append(new Cell(new InlineString(new Text(i.Text))) { CellReference = reference, DataType = CellValues.InlineString });
                                break;
                            case TestCell.Number n:
                                row.Append(new Cell(new CellValue(n.Value.ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = n.Style });
                                break;
                            case TestCell.Formula f:
                                row.Append(new Cell(new CellFormula(f.Expression), new CellValue(f.Cached)) { CellReference = reference, DataType = f.IsText ? CellValues.String : null });
                                break;
                        }
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                if (merge is not null)
                {
                    part.Worksheet.Append(new MergeCells(new MergeCell { Reference = merge }));
                }

                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = ++sheetId, Name = name });
            }

            var sst = workbookPart.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbookPart.Workbook.Append(sheetList);
        }

        return buffer.ToArray();
    }

    public static IReadOnlyList<HandledItem> ReadCsvItems(string path)
    {
        var result = LedgerReader.ReadItemsFile(path, Strict);
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Take(5)));
        return result.Rows;
    }

    public static IReadOnlyList<LiaisonActivity> ReadCsvActivities(string path)
    {
        var result = LedgerReader.ReadActivitiesFile(path, Strict);
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Take(5)));
        return result.Rows;
    }
}
