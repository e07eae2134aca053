using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Ledger.Internal;

namespace LianLuo.Domain.Office.Internal;

/// <summary>The cell styles every workbook written here has (indexes into cellXfs).</summary>
internal static class Styles
{
    internal const uint Default = 0;
    internal const uint Header = 1;
    internal const uint Date = 2;
    internal const uint Integer = 3;
    internal const uint Percent = 4;
    internal const uint TwoDecimals = 5;
    internal const uint Title = 6;
    internal const uint Text = 7;

    internal static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true },
            new CellFormat { NumberFormatId = 1, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true },
            new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true })
        { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}

/// <summary>Small helpers to build cells and sheets.</summary>
internal static class SheetCells
{
    internal static Cell Text(int column, int row, string text, uint style = Styles.Text) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = WorkbookSheets.CellName(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    internal static Cell Number(int column, int row, decimal value, uint style) => new(new CellValue(value.ToString(CultureInfo.InvariantCulture)))
    {
        CellReference = WorkbookSheets.CellName(column, row),
        StyleIndex = style,
    };

    internal static Cell Number(int column, int row, double value, uint style) => new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture)))
    {
        CellReference = WorkbookSheets.CellName(column, row),
        StyleIndex = style,
    };

    /// <summary>The column widths, in characters, of texts: CJK characters count two.</summary>
    internal static double Width(IEnumerable<string> texts, double min = 6, double max = 60) =>
        Math.Clamp(texts.Select(t => t.Sum(c => c > 0x2E80 ? 2.1 : 1.1)).DefaultIfEmpty(0).Max() + 2, min, max);

    internal static SheetViews FrozenRows(int rows, bool selected = true) => new(new SheetView(
        new Pane { VerticalSplit = rows, TopLeftCell = WorkbookSheets.CellName(0, rows + 1), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = WorkbookSheets.CellName(0, rows + 1), SequenceOfReferences = new ListValue<StringValue> { InnerText = WorkbookSheets.CellName(0, rows + 1) } })
    {
        WorkbookViewId = 0,
        TabSelected = selected,
    });

    /// <summary>Prints landscape on A4, as wide as one page.</summary>
    internal static SheetProperties FitToWidth() => new(new PageSetupProperties { FitToPage = true });

    internal static OpenXmlElement[] PrintSetup() =>
    [
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
    ];

    internal static Columns Columns(IReadOnlyList<double> widths) =>
        new(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Round(w, 1), CustomWidth = true }));
}

/// <summary>Writes a ledger table as a one-sheet workbook.</summary>
internal static class LedgerWorkbook
{
    private static readonly HashSet<LedgerColumn> Counts =
        [ItemColumns.FaceToFace, ItemColumns.PhoneEmail, ItemColumns.Visits, ActivityColumns.LeaderAttendances, ActivityColumns.MemberAttendances];

    private static readonly HashSet<LedgerColumn> Dates =
        [ItemColumns.AssignedOn, ItemColumns.ExtendedTo, ItemColumns.RepliedOn, ItemColumns.FeedbackOn, ItemColumns.RerepliedOn, ItemColumns.ReceivedOn, ItemColumns.PlannedCompletion, ActivityColumns.Date];

    internal static void Write(Stream stream, string sheetName, IReadOnlyList<LedgerColumn> columns, IReadOnlyList<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles.Create();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var header = new Row { RowIndex = 1 };
            for (var c = 0; c < columns.Count; c++)
            {
                header.Append(SheetCells.Text(c, 1, columns[c].Chinese, Styles.Header));
            }

            data.Append(header);
            for (var r = 0; r < rows.Count; r++)
            {
                var index = r + 2;
                var row = new Row { RowIndex = (uint)index };
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = rows[r][c];
                    if (value.Length == 0)
                    {
                        continue;
                    }

                    row.Append(
                        Dates.Contains(columns[c]) && LedgerValues.TryParseDate(value, out var date, out _)
                            ? SheetCells.Number(c, index, (double)(date.ToDateTimeUnspecified() - new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified)).Days, Styles.Date)
                            : Counts.Contains(columns[c]) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                                ? SheetCells.Number(c, index, (decimal)count, Styles.Integer)
                                : SheetCells.Text(c, index, LedgerValues.Guard(value)));
                }

                data.Append(row);
            }

            var widths = columns.Select((column, c) => SheetCells.Width(rows.Take(200).Select(r => r[c]).Append(column.Chinese), max: 40)).ToList();
            sheetPart.Worksheet = new Worksheet(SheetCells.FrozenRows(1), SheetCells.Columns(widths), data);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
        stream.Flush();
    }
}
