using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using static LianLuo.Domain.Reporting.Text.ReportFormat;

namespace LianLuo.Domain.Office;

/// <summary>
/// Writes the annual liaison summary (年度人大政协联络工作总结) as a Word document (.docx) in the layout of 党政机关公文
/// (GB/T 9704-2012), with the words of <see cref="ChineseSummaryRenderer"/> and an appendix (附件) of tables.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// A4 (210 × 297 mm); margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; the title in 方正小标宋简体 二号
/// (22 pt), centred; the body in 仿宋_GB2312 三号 (16 pt), 22 lines of 28 characters (a line grid of 28.95 pt, characters
/// closed up by 0.25 pt so that 28 fill the 156 mm line); first-level headings (一、) in 黑体, second-level ones ((一)) in 楷体_GB2312; page numbers "— 1 —" at the foot
/// in 宋体 四号 (14 pt), one character in from the right on odd pages and from the left on even ones; the 附件 line, then
/// the date at the end, four characters in from the right, and the issuer centred over it. The appendix starts on a new page: the overall
/// figures, the figures by lead unit (件数, 按期答复, 逾期答复, 逾期未答复, each result category, rates) and by result category,
/// in Word tables whose header row repeats on every page. Fonts are named by their standard names and not embedded.
/// </remarks>
public static partial class SummaryDocument
{
    /// <summary>The font of the title: 方正小标宋简体.</summary>
    public const string TitleFont = "方正小标宋简体";

    /// <summary>The font of the body: 仿宋_GB2312.</summary>
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>The font of first-level headings: 黑体.</summary>
    public const string HeadingFont = "黑体";

    /// <summary>The font of second-level headings: 楷体_GB2312.</summary>
    public const string SubheadingFont = "楷体_GB2312";

    /// <summary>The font of page numbers: 宋体.</summary>
    public const string PageNumberFont = "宋体";

    // Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt; table text 五号 10.5 pt.
    private const string TitleSize = "44";
    private const string BodySize = "32";
    private const string PageNumberSize = "28";
    private const string TableSize = "21";

    // Lengths in twentieths of a point (twips): 1 mm = 56.7 twips.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 2098;
    private const int MarginBottom = 1984;
    private const int MarginLeft = 1587;
    private const int MarginRight = 1474;
    private const int FooterDistance = 1247;

    /// <summary>22 lines on the 225 mm of the type area: 12756 / 22 = 579.8, so 579 twips (28.95 pt).</summary>
    private const int LinePitch = 579;

    /// <summary>The spacing between body characters, in twentieths of a point: -0.25 pt (see <see cref="TextRun"/>).</summary>
    private const int CharacterSpacing = -5;

    private const int CharWidth = 320;

    /// <summary>Writes the summary document of a report to a stream (left open).</summary>
    /// <param name="stream">Where the .docx goes.</param>
    /// <param name="report">The report.</param>
    /// <param name="issuer">Who issues the summary (发文机关); <see cref="Issuer.CityGovernment"/> when null. Its level decides the words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    /// <remarks>The categories are named by the report's own labels (<see cref="AnnualReport.CategoryLabels"/>).</remarks>
    public static void Write(Stream stream, AnnualReport report, Issuer? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        issuer ??= Issuer.CityGovernment;
        var text = ChineseSummaryRenderer.Render(report, issuer.Name);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddSettings(main);
            var oddFooter = AddFooter(main, JustificationValues.Right, rightIndent: CharWidth, leftIndent: 0);
            var evenFooter = AddFooter(main, JustificationValues.Left, rightIndent: 0, leftIndent: CharWidth);
            var body = new Body();
            var year = report.SummaryYear ?? report.Year ?? report.AsOf.Year;
            WriteSummary(body, text, issuer, year);
            WriteAppendix(body, report, year);
            body.Append(Section(main.GetIdOfPart(oddFooter), main.GetIdOfPart(evenFooter)));
            main.Document = new Document(body);
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
        stream.Flush();
    }

    /// <summary>Writes the summary document of a report to a file (created or overwritten).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, AnnualReport report, Issuer? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var buffer = new MemoryStream();
        Write(buffer, report, issuer);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>The title of the appendix: 附件 of the summary's year.</summary>
    internal static string AppendixTitle(int year) => $"{N(year)}年度建议提案办理情况统计表";

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex FirstLevel();

    [GeneratedRegex("^（[一二三四五六七八九十]+）")]
    private static partial Regex SecondLevel();

    private static void WriteSummary(Body body, string text, Issuer issuer, int year)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var end = lines.Length;

        // The renderer ends with the issuer's name and the date: they go to the signature block.
        var hasSignature = end >= 2 && lines[end - 2] == issuer.Name;
        if (hasSignature)
        {
            end -= 2;
        }

        body.Append(Paragraph(lines[0], TitleFont, TitleSize, JustificationValues.Center, firstLineChars: 0));
        body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            if (FirstLevel().IsMatch(line) && !line.Contains('。', StringComparison.Ordinal))
            {
                body.Append(Paragraph(line, HeadingFont, BodySize, JustificationValues.Both, firstLineChars: 200, keepNext: true));
            }
            else if (SecondLevel().IsMatch(line) && line.IndexOf('。', StringComparison.Ordinal) is var stop and > 0)
            {
                var paragraph = Paragraph(line[..(stop + 1)], SubheadingFont, BodySize, JustificationValues.Both, firstLineChars: 200);
                paragraph.Append(TextRun(line[(stop + 1)..], BodyFont, BodySize));
                body.Append(paragraph);
            }
            else
            {
                body.Append(Paragraph(line, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 200));
            }
        }

        // 附件说明: a blank line after the text, then 附件：title, two characters in.
        body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));
        body.Append(Paragraph($"附件：{AppendixTitle(year)}", BodyFont, BodySize, JustificationValues.Both, firstLineChars: 200));
        if (hasSignature)
        {
            // The signature block: two blank lines, then the issuer and the date, four characters in from the right.
            body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));
            body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));
            // The issuer is centred over the date (GB/T 9704-2012 7.3.5.1): its right indent adds half the difference of their widths.
            var centring = (int)Math.Round((Width(lines[^1]) - Width(lines[^2])) * 50);
            body.Append(Paragraph(lines[^2], BodyFont, BodySize, JustificationValues.Right, firstLineChars: 0, rightChars: 400 + Math.Max(0, centring), keepNext: true));
            body.Append(Paragraph(lines[^1], BodyFont, BodySize, JustificationValues.Right, firstLineChars: 0, rightChars: 400));
        }
    }

    private static void WriteAppendix(Body body, AnnualReport report, int year)
    {
        var first = Paragraph("附件", HeadingFont, BodySize, JustificationValues.Left, firstLineChars: 0);
        first.InsertAfter(new Run(new Break { Type = BreakValues.Page }), first.ParagraphProperties);
        body.Append(first);
        body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));
        body.Append(Paragraph(AppendixTitle(year), TitleFont, TitleSize, JustificationValues.Center, firstLineChars: 0));
        body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));

        var t = report.Timeliness;
        var s = report.Satisfaction;
        var c = report.Communication;
        var a = report.Activities;
        body.Append(Caption("表1　总体情况"));
        body.Append(Table(
            ["指标", "数值"],
            [
                ["建议（件）", N(report.Suggestions)],
                ["提案（件）", N(report.Proposals)],
                ["建议提案合计（件）", N(report.Total)],
                ["议案（件）", N(report.Motions)],
                ["承办单位（个）", N(report.Units)],
                ["议案承办单位（个）", N(report.MotionUnits)],
                ["已答复 / 按期答复 / 逾期答复（件）", $"{N(t.Replied)} / {N(t.OnTime)} / {N(t.Late)}"],
                ["逾期未答复 / 未到期（件）", $"{N(t.Overdue)} / {N(t.Pending)}"],
                ["按期答复率", P(t.OnTimeRate)],
                ["满意 / 基本满意 / 不满意 / 未反馈（件）", $"{N(s.Satisfied)} / {N(s.BasicallySatisfied)} / {N(s.Unsatisfied)} / {N(s.NoFeedback)}"],
                ["满意率", P(s.SatisfiedRate)],
                ["满意和基本满意率", P(s.SatisfiedOrBasicallyRate)],
                ["重新办理 / 按期重新答复（件）", $"{N(report.Rehandling.Rehandled)} / {N(report.Rehandling.OnTime)}"],
                ["领导督办重点建议提案（件）", N(report.KeySupervised)],
                ["面商 / 电话邮件 / 走访（人次）", $"{N(c.FaceToFace)} / {N(c.PhoneEmail)} / {N(c.Visits)}"],
                ["专题 / 对口 / 界别 / 提案办理协商（次）", $"{N(a.TopicConsultations)} / {N(a.CounterpartConsultations)} / {N(a.SectorConsultations)} / {N(a.ProposalConsultations)}"],
                ["政府领导参加协商活动（人次）", N(a.ConsultationLeaderAttendances)],
                ["通报情况（次）", N(a.Briefings)],
                ["列席政府常务会议（人次）", N(a.ExecutiveMeetingAttendances)],
                ["座谈会代表委员（人次）", N(a.SymposiumAttendances)],
                ["议案办理推进会（次）", N(a.MotionProgressMeetings)],
                ["专题研究建议提案办理（次）", N(a.StudyMeetings)],
            ],
            [3, 2]));

        var codes = report.Results.Select(r => r.Code).ToList();
        body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));
        body.Append(Caption("表2　各承办单位（主办）办理情况"));
        body.Append(Table(
            ["承办单位", "件数", "已答复", "按期答复", "逾期答复", "逾期未答复", .. codes.Select(code => code + "类"), "解决和列入计划率", "满意和基本满意率"],
            [.. report.ByUnit.Select(u => (string[])[
                u.Unit, N(u.Items), N(u.Replied), N(u.OnTime), N(u.Late), N(u.Overdue),
                .. codes.Select(code => N(u.Results.FirstOrDefault(r => r.Code == code)?.Count ?? 0)),
                P(u.SolvedOrPlannedRate), P(u.SatisfiedOrBasicallyRate)])],
            [18, .. Enumerable.Repeat(6, 5 + codes.Count), 10, 10]));

        body.Append(Paragraph(string.Empty, BodyFont, BodySize, JustificationValues.Both, firstLineChars: 0));
        body.Append(Caption("表3　办理结果分类情况"));
        body.Append(Table(
            ["类别", "含义", "建议", "提案", "议案", "合计", "占比"],
            [.. report.Results.Select(r => (string[])[
                r.Code + "类",
                report.LabelOf(r.Code) ?? string.Empty,
                N(CountFor(report, SubmissionKind.Suggestion, r.Code)),
                N(CountFor(report, SubmissionKind.Proposal, r.Code)),
                N(CountFor(report, SubmissionKind.Motion, r.Code)),
                N(r.Count),
                P(r.Percent)])],
            [2, 8, 2, 2, 2, 2, 2]));
    }

    /// <summary>The width of a text in characters of the body: digits and Latin letters count half.</summary>
    private static double Width(string text) => text.Sum(c => c < 0x2E80 ? 0.5 : 1.0);

    private static int CountFor(AnnualReport report, SubmissionKind kind, string code) =>
        report.ByKind.FirstOrDefault(k => k.Kind == kind)?.Results.FirstOrDefault(c => c.Code == code)?.Count ?? 0;

    private static Paragraph Caption(string text) => Paragraph(text, HeadingFont, TableSize, JustificationValues.Center, firstLineChars: 0, keepNext: true, onGrid: false);

    private static Table Table(string[] header, IReadOnlyList<string[]> rows, int[] weights)
    {
        var total = weights.Sum();
        var width = PageWidth - MarginLeft - MarginRight;
        var widths = weights.Select(w => width * w / total).ToArray();
        var border = new Func<OpenXmlElement[]>(() =>
        [
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        ]);
        var table = new Table(new TableProperties(
            new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(border()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(header, widths, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, isHeader: false));
        }

        return table;
    }

    private static TableRow Row(string[] cells, int[] widths, bool isHeader)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var i = 0; i < cells.Length; i++)
        {
            var alignment = isHeader ? JustificationValues.Center : i == 0 ? JustificationValues.Left : JustificationValues.Center;
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Paragraph(cells[i], isHeader ? HeadingFont : BodyFont, TableSize, alignment, firstLineChars: 0, onGrid: false)));
        }

        return row;
    }

    private static Paragraph Paragraph(string text, string font, string size, JustificationValues alignment, int firstLineChars, int rightChars = 0, bool keepNext = false, bool onGrid = true)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (!onGrid)
        {
            properties.Append(new SnapToGrid { Val = false });
        }

        properties.Append(onGrid
            ? new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }
            : new SpacingBetweenLines { Before = "40", After = "40", Line = "280", LineRule = LineSpacingRuleValues.Exact });
        if (firstLineChars > 0 || rightChars > 0)
        {
            var indentation = new Indentation();
            if (firstLineChars > 0)
            {
                indentation.FirstLineChars = firstLineChars;
                indentation.FirstLine = (CharWidth * firstLineChars / 100).ToString(CultureInfo.InvariantCulture);
            }

            if (rightChars > 0)
            {
                indentation.RightChars = rightChars;
                indentation.Right = (CharWidth * rightChars / 100).ToString(CultureInfo.InvariantCulture);
            }

            properties.Append(indentation);
        }

        properties.Append(new Justification { Val = alignment });
        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, font, size));
        }

        return paragraph;
    }

    private static Run TextRun(string text, string font, string size)
    {
        var properties = new RunProperties(Fonts(font));
        if (size == BodySize)
        {
            // 28 characters a line: 16 pt glyphs closed up by 0.25 pt (15.75 pt × 28 = 441 pt of the 442.25 pt type area),
            // so that every renderer fits 28, not only those that honour Word's character grid.
            properties.Append(new Spacing { Val = CharacterSpacing });
        }

        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(BodyFont),
                    new FontSize { Val = BodySize },
                    new FontSizeComplexScript { Val = BodySize },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(
            new DefaultTabStop { Val = CharWidth * 2 },
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
    }

    private static FooterPart AddFooter(MainDocumentPart main, JustificationValues alignment, int rightIndent, int leftIndent)
    {
        var part = main.AddNewPart<FooterPart>();
        var properties = new ParagraphProperties(
            new SnapToGrid { Val = false },
            new Indentation { Left = leftIndent.ToString(CultureInfo.InvariantCulture), Right = rightIndent.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = alignment });
        var paragraph = new Paragraph(
            properties,
            PageRun("— "),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            PageRun(" PAGE ", isCode: true),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            PageRun("1"),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.End }),
            PageRun(" —"));
        part.Footer = new Footer(paragraph);
        return part;
    }

    private static RunProperties PageRunProperties() =>
        new(Fonts(PageNumberFont), new FontSize { Val = PageNumberSize }, new FontSizeComplexScript { Val = PageNumberSize });

    private static Run PageRun(string text, bool isCode = false) => isCode
        ? new Run(PageRunProperties(), new FieldCode(text) { Space = SpaceProcessingModeValues.Preserve })
        : new Run(PageRunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run FieldRun(FieldChar fieldChar) => new(PageRunProperties(), fieldChar);

    private static SectionProperties Section(string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight, Header = 851, Footer = FooterDistance, Gutter = 0 },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });
}
