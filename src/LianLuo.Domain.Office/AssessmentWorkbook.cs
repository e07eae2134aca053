using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Office.Internal;
using NodaTime;
using NodaTime.Text;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using D = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace LianLuo.Domain.Office;

/// <summary>
/// Writes the assessment of the handling units (考核评价, an <see cref="EvaluationResult"/>) as an Excel workbook (.xlsx).
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Sheet 考核排名: a title row, then one row per unit in rank order (单位, 件数, each indicator with 分子, 分母, 比率
/// and 得分, 扣分, 加分, 总分, 名次, 等次) under a two-row Chinese header that stays frozen; rates are percentages, points
/// and scores show 2 decimals, every figure is a number cell; columns are as wide as their contents.</para>
/// <para>Sheet 扣分加分明细: every deduction and bonus of every unit (单位, 类型, 规则, 每件分值, 件数, 分值, 是否封顶,
/// 涉及事项). Sheet 得分图: a native clustered bar chart of the scores by unit, drawn from the ranking's cells, which Excel
/// and LibreOffice draw and the office can restyle.</para>
/// </remarks>
public static class AssessmentWorkbook
{
    /// <summary>The name of the ranking sheet.</summary>
    public const string RankingSheet = "考核排名";

    /// <summary>The name of the deductions and bonuses sheet.</summary>
    public const string DetailSheet = "扣分加分明细";

    /// <summary>The name of the chart sheet.</summary>
    public const string ChartSheet = "得分图";

    /// <summary>The rows above the units on the ranking sheet: the title and the two header rows.</summary>
    internal const int HeaderRows = 3;

    /// <summary>Writes the assessment workbook to a stream (left open).</summary>
    /// <param name="stream">Where the .xlsx goes.</param>
    /// <param name="result">The assessment.</param>
    /// <param name="asOf">The date of the scores, shown in the title.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, EvaluationResult result, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles.Create();
            var ranking = workbookPart.AddNewPart<WorksheetPart>();
            var (scoreColumn, lastRow) = WriteRanking(ranking, result, asOf);
            var detail = workbookPart.AddNewPart<WorksheetPart>();
            WriteDetail(detail, result);
            var chart = workbookPart.AddNewPart<WorksheetPart>();
            WriteChart(chart, result, scoreColumn, lastRow);
            workbookPart.Workbook.Append(
                new Sheets(
                    new Sheet { Id = workbookPart.GetIdOfPart(ranking), SheetId = 1, Name = RankingSheet },
                    new Sheet { Id = workbookPart.GetIdOfPart(detail), SheetId = 2, Name = DetailSheet },
                    new Sheet { Id = workbookPart.GetIdOfPart(chart), SheetId = 3, Name = ChartSheet }),
                new DefinedNames(new DefinedName($"'{RankingSheet}'!$1:${HeaderRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
        stream.Flush();
    }

    /// <summary>Writes the assessment workbook to a file (created or overwritten).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, EvaluationResult result, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var buffer = new MemoryStream();
        Write(buffer, result, asOf);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    private static (int ScoreColumn, int LastRow) WriteRanking(WorksheetPart part, EvaluationResult result, LocalDate asOf)
    {
        var indicators = result.Units.SelectMany(u => u.Indicators).Select(i => (i.Id, i.Name)).Distinct().ToList();
        var data = new SheetData();
        var title = $"{result.Scheme}（截至{LocalDatePattern.Iso.Format(asOf)}，参加排名单位{result.UnitsRanked.ToString(CultureInfo.InvariantCulture)}个）";
        data.Append(new Row(SheetCells.Text(0, 1, title, Styles.Title)) { RowIndex = 1, Height = 24, CustomHeight = true });

        var top = new Row { RowIndex = 2 };
        var sub = new Row { RowIndex = 3 };
        var merges = new List<string>();
        var widths = new List<double>();
        var column = 0;
        void Single(string name, double width)
        {
            top.Append(SheetCells.Text(column, 2, name, Styles.Header));
            sub.Append(SheetCells.Text(column, 3, string.Empty, Styles.Header));
            merges.Add($"{WorkbookSheets.CellName(column, 2)}:{WorkbookSheets.CellName(column, 3)}");
            widths.Add(width);
            column++;
        }

        Single("名次", 6);
        Single("承办单位", SheetCells.Width(result.Units.Select(u => u.Unit).Append("承办单位"), min: 12));
        Single("件数", 6);
        foreach (var (_, name) in indicators)
        {
            top.Append(SheetCells.Text(column, 2, name, Styles.Header));
            for (var k = 1; k < 4; k++)
            {
                top.Append(SheetCells.Text(column + k, 2, string.Empty, Styles.Header));
            }

            string[] parts = ["分子", "分母", "比率", "得分"];
            for (var k = 0; k < 4; k++)
            {
                sub.Append(SheetCells.Text(column + k, 3, parts[k], Styles.Header));
                widths.Add(k == 2 ? 9 : 8);
            }

            merges.Add($"{WorkbookSheets.CellName(column, 2)}:{WorkbookSheets.CellName(column + 3, 2)}");
            column += 4;
        }

        Single("扣分", 8);
        Single("加分", 8);
        var scoreColumn = column;
        Single("总分", 9);
        Single("等次", SheetCells.Width(result.Units.Select(u => u.Grade ?? "不参加排名").Append("等次"), min: 8));
        data.Append(top, sub);

        var rowIndex = HeaderRows;
        foreach (var unit in result.Units)
        {
            rowIndex++;
            var row = new Row { RowIndex = (uint)rowIndex };
            var c = 0;
            row.Append(unit.Rank is { } rank ? SheetCells.Number(c++, rowIndex, (decimal)rank, Styles.Integer) : SheetCells.Text(c++, rowIndex, "—"));
            row.Append(SheetCells.Text(c++, rowIndex, unit.Unit));
            row.Append(SheetCells.Number(c++, rowIndex, (decimal)unit.Items, Styles.Integer));
            foreach (var (id, _) in indicators)
            {
                var score = unit.Indicators.FirstOrDefault(i => i.Id == id);
                if (score is null || !score.Applicable)
                {
                    var why = score?.NotApplicableReason ?? "不适用";
                    row.Append(SheetCells.Text(c++, rowIndex, "—"), SheetCells.Text(c++, rowIndex, "—"), SheetCells.Text(c++, rowIndex, "—"), SheetCells.Text(c++, rowIndex, why));
                    continue;
                }

                row.Append(SheetCells.Number(c++, rowIndex, score.Numerator, score.Numerator == decimal.Truncate(score.Numerator) ? Styles.Integer : Styles.TwoDecimals));
                row.Append(SheetCells.Number(c++, rowIndex, (decimal)score.Denominator, Styles.Integer));
                row.Append(score.Rate is { } rate ? SheetCells.Number(c++, rowIndex, rate, Styles.Percent) : SheetCells.Text(c++, rowIndex, "—"));
                row.Append(score.Points is { } points ? SheetCells.Number(c++, rowIndex, points, Styles.TwoDecimals) : SheetCells.Text(c++, rowIndex, "—"));
            }

            row.Append(SheetCells.Number(c++, rowIndex, unit.Deductions, Styles.TwoDecimals));
            row.Append(SheetCells.Number(c++, rowIndex, unit.Bonus, Styles.TwoDecimals));
            row.Append(SheetCells.Number(c++, rowIndex, unit.Score, Styles.TwoDecimals));
            row.Append(SheetCells.Text(c, rowIndex, unit.Grade ?? "不参加排名"));
            data.Append(row);
        }

        var mergeCells = new MergeCells(merges.Select(m => new MergeCell { Reference = m }));
        part.Worksheet = new Worksheet(SheetCells.FitToWidth(), SheetCells.FrozenRows(HeaderRows), SheetCells.Columns(widths), data, mergeCells);
        part.Worksheet.Append(SheetCells.PrintSetup());
        return (scoreColumn, rowIndex);
    }

    private static void WriteDetail(WorksheetPart part, EvaluationResult result)
    {
        string[] header = ["承办单位", "类型", "规则", "每件分值", "件数", "分值", "是否封顶", "涉及事项"];
        var data = new SheetData();
        var head = new Row { RowIndex = 1 };
        for (var c = 0; c < header.Length; c++)
        {
            head.Append(SheetCells.Text(c, 1, header[c], Styles.Header));
        }

        data.Append(head);
        var rowIndex = 1;
        var texts = new List<string[]>();
        foreach (var unit in result.Units)
        {
            foreach (var (kind, rule) in unit.DeductionRules.Select(r => ("扣分", r)).Concat(unit.BonusRules.Select(r => ("加分", r))))
            {
                rowIndex++;
                // A list cut by the one-pass assessment (UnitAssessmentAccumulator.MaxListedItems) says how many it leaves out.
                var items = string.Join("、", rule.Items.Select(i => i.Value)) + (rule.OmittedItems > 0 ? $"等，另有{rule.OmittedItems.ToString(CultureInfo.InvariantCulture)}件未列出" : string.Empty);
                texts.Add([unit.Unit, kind, rule.Name, string.Empty, string.Empty, string.Empty, string.Empty, items]);
                data.Append(new Row(
                    SheetCells.Text(0, rowIndex, unit.Unit),
                    SheetCells.Text(1, rowIndex, kind),
                    SheetCells.Text(2, rowIndex, rule.Name),
                    SheetCells.Number(3, rowIndex, rule.PointsPerItem, Styles.TwoDecimals),
                    SheetCells.Number(4, rowIndex, (decimal)rule.ItemCount, Styles.Integer),
                    SheetCells.Number(5, rowIndex, rule.Points, Styles.TwoDecimals),
                    SheetCells.Text(6, rowIndex, rule.Capped ? "是" : "否"),
                    SheetCells.Text(7, rowIndex, items))
                { RowIndex = (uint)rowIndex });
            }
        }

        var widths = header.Select((h, c) => c is 3 or 4 or 5 ? 9 : SheetCells.Width(texts.Select(t => t[c]).Append(h), min: 8, max: c == 7 ? 80 : 40)).ToList();
        part.Worksheet = new Worksheet(SheetCells.FitToWidth(), SheetCells.FrozenRows(1, selected: false), SheetCells.Columns(widths), data);
        part.Worksheet.Append(SheetCells.PrintSetup());
    }

    private static void WriteChart(WorksheetPart part, EvaluationResult result, int scoreColumn, int lastRow)
    {
        var units = result.Units;
        part.Worksheet = new Worksheet(SheetCells.FitToWidth(), new SheetData());
        part.Worksheet.Append(SheetCells.PrintSetup());
        var drawing = part.AddNewPart<DrawingsPart>();
        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
        var chartPart = drawing.AddNewPart<ChartPart>();
        var first = HeaderRows + 1;
        var categories = $"'{RankingSheet}'!$B${first}:$B${Math.Max(first, lastRow)}";
        var values = $"'{RankingSheet}'!${ColumnLetters(scoreColumn)}${first}:${ColumnLetters(scoreColumn)}${Math.Max(first, lastRow)}";

        var stringCache = new C.StringCache(new C.PointCount { Val = (uint)units.Count });
        var numberCache = new C.NumberingCache(new C.FormatCode("0.00"), new C.PointCount { Val = (uint)units.Count });
        for (var i = 0; i < units.Count; i++)
        {
            stringCache.Append(new C.StringPoint(new C.NumericValue(units[i].Unit)) { Index = (uint)i });
            numberCache.Append(new C.NumericPoint(new C.NumericValue(units[i].Score.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        var series = new C.BarChartSeries(
            new C.Index { Val = 0 },
            new C.Order { Val = 0 },
            new C.SeriesText(new C.NumericValue("总分")),
            new C.ChartShapeProperties(new D.SolidFill(new D.RgbColorModelHex { Val = "4472C4" })),
            new C.InvertIfNegative { Val = false },
            new C.DataLabels(
                new C.NumberingFormat { FormatCode = "0.00", SourceLinked = false },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.CategoryAxisData(new C.StringReference(new C.Formula(categories), stringCache)),
            new C.Values(new C.NumberReference(new C.Formula(values), numberCache)));
        const uint CategoryAxisId = 500001;
        const uint ValueAxisId = 500002;
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false },
            series,
            new C.GapWidth { Val = 60 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });
        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Top },
            new C.MajorGridlines(),
            new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
        chartPart.ChartSpace = new C.ChartSpace(
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(
                    new C.ChartText(new C.RichText(
                        new D.BodyProperties(),
                        new D.ListStyle(),
                        new D.Paragraph(new D.Run(new D.RunProperties { Language = "zh-CN", FontSize = 1400, Bold = true }, new D.Text($"{result.Scheme}：各承办单位总分"))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(new C.Layout(), barChart, categoryAxis, valueAxis),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));

        // The chart fills columns A to N and as many rows as it has bars (about 1.3 rows a unit, at least 20).
        var rows = Math.Max(20, (int)Math.Ceiling(units.Count * 1.3) + 6);
        drawing.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId("0"), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId("14"), new Xdr.ColumnOffset("0"), new Xdr.RowId(rows.ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = 2, Name = "得分图" }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new D.Offset { X = 0, Y = 0 }, new D.Extents { Cx = 0, Cy = 0 }),
                new D.Graphic(new D.GraphicData(new C.ChartReference { Id = drawing.GetIdOfPart(chartPart) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = string.Empty },
            new Xdr.ClientData()));
    }

    private static string ColumnLetters(int column)
    {
        var name = WorkbookSheets.CellName(column, 1);
        return name[..^1];
    }
}
