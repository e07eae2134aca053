using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Ledger.Internal;

namespace LianLuo.Domain.Office.Internal;

/// <summary>
/// Turns the sheets of a workbook into the records the ledger's row rules read: for each sheet with a header row, the
/// header and the rows under it, each cell as the text a CSV file would hold (dates as yyyy-MM-dd, numbers in invariant
/// form). Problems of the workbook itself are <see cref="LedgerErrorKind.BadWorkbook"/> errors.
/// </summary>
internal static class WorkbookSheets
{
    /// <summary>Excel's limit on the characters of a cell.</summary>
    internal const int MaxCellLength = 32767;

    /// <summary>The most uncompressed bytes of all the parts of a workbook together (256 MiB).</summary>
    internal const long MaxUncompressedBytes = 256L * 1024 * 1024;

    /// <summary>The most characters of one XML part (the SDK stops reading beyond it).</summary>
    internal const long MaxCharactersInPart = 200L * 1024 * 1024;

    /// <summary>The rows of a sheet searched for the header.</summary>
    private const int HeaderSearchRows = 30;

    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    internal static bool IsZip(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;

    internal static bool IsCompoundFile(ReadOnlySpan<byte> head) => head.Length >= 8 && head[..8].SequenceEqual(CompoundFileMagic);

    internal static (IReadOnlyList<LedgerSheet> Sheets, IReadOnlyList<LedgerError> Errors) Read(ReadOnlyMemory<byte>? content, string file, IReadOnlyList<LedgerColumn> columns, int maxRows)
    {
        if (content is not { } bytes)
        {
            return Fail(file, "(workbook)", string.Create(CultureInfo.InvariantCulture, $"the workbook is larger than {WorkbookLedgerReader.MaxFileBytes / (1024 * 1024)} MiB: too large to be a ledger"));
        }

        var head = bytes.Span;
        if (IsCompoundFile(head))
        {
            return Fail(file, "(workbook)", IsEncrypted(head)
                ? "a password-protected (encrypted) workbook: remove the password in Excel (文件 > 信息 > 保护工作簿) and save it again as .xlsx"
                : "an old-format Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx)");
        }

        if (!IsZip(head))
        {
            return Fail(file, "(workbook)", head.IsEmpty
                ? "an empty file, not an Excel workbook (.xlsx)"
                : "not an Excel workbook (.xlsx): the file is not a zip package (a CSV ledger must be named .csv)");
        }

        if (CheckPackage(bytes) is { } packageProblem)
        {
            return Fail(file, "(workbook)", packageProblem);
        }

        try
        {
            using var stream = ReadOnlyStream(bytes);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return ReadDocument(document, file, columns, maxRows);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return Fail(file, "(workbook)", $"a corrupt workbook that cannot be read as .xlsx: {WhatIsCorrupt(ex)}");
        }
    }

    /// <summary>What a failed read says about the workbook, in our words (never the framework's type names or messages).</summary>
    private static string WhatIsCorrupt(Exception ex) => ex switch
    {
        XmlException xml => string.Create(CultureInfo.InvariantCulture, $"a part of it holds malformed XML (at line {xml.LineNumber}, position {xml.LinePosition} of that part)"),
        OpenXmlPackageException => "its parts and their relationships are not those of an Office package",
        InvalidDataException => "a part of the zip package is damaged and cannot be inflated",
        FormatException => "a value in it is not written the way its type requires",
        IOException => "a part of it cannot be read",
        _ => "its content does not follow the .xlsx format",
    };

    private static (IReadOnlyList<LedgerSheet>, IReadOnlyList<LedgerError>) Fail(string file, string column, string reason) =>
        ([], [new LedgerError(file, 1, column, string.Empty, reason, LedgerErrorKind.BadWorkbook)]);

    /// <summary>The zip bomb check: the sizes the zip declares, before any part is inflated.</summary>
    private static string? CheckPackage(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var stream = ReadOnlyStream(bytes);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                hasWorkbook |= entry.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase);
                if (entry.Length > MaxCharactersInPart || total > MaxUncompressedBytes)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"the workbook inflates to more than {MaxUncompressedBytes / (1024 * 1024)} MiB ({entry.FullName}: {entry.Length} bytes from {entry.CompressedLength}): a zip bomb, or far too large to be a ledger");
                }
            }

            return hasWorkbook ? null : "a zip package that is not an Excel workbook (it has no xl/workbook.xml): a .docx, or another zip file?";
        }
        catch (InvalidDataException)
        {
            return "a corrupt workbook: the zip package is damaged (its list of parts cannot be read)";
        }
    }

    /// <summary>A read-only stream over the bytes, without copying them when they are an array.</summary>
    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <summary>Whether an OLE compound file holds an EncryptedPackage stream (a workbook saved with a password).</summary>
    private static bool IsEncrypted(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> name = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;
        return bytes.IndexOf(name) >= 0;
    }

    private static (IReadOnlyList<LedgerSheet>, IReadOnlyList<LedgerError>) ReadDocument(SpreadsheetDocument document, string file, IReadOnlyList<LedgerColumn> columns, int maxRows)
    {
        var workbookPart = document.WorkbookPart;
        if (workbookPart?.Workbook is not { } workbook)
        {
            return Fail(file, "(workbook)", "a corrupt workbook: it has no workbook part");
        }

        var date1904 = workbook.WorkbookProperties?.Date1904?.Value == true;
        var strings = SharedStrings(workbookPart);
        var dateStyles = DateStyles(workbookPart);
        var sheets = new List<LedgerSheet>();
        var errors = new List<LedgerError>();
        var rowsRead = 0;
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? "?";
            var label = $"{file}[{name}]";
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue; // a chart sheet or a dangling reference: no rows
            }

            var rows = new List<SheetRow>();
            using (var reader = OpenXmlReader.Create(part))
            {
                uint previous = 0;
                while (reader.Read())
                {
                    if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                    {
                        continue;
                    }

                    var row = (Row)reader.LoadCurrentElement()!;
                    var index = row.RowIndex?.Value ?? previous + 1;
                    previous = index;
                    var cells = Cells(row, strings, dateStyles, date1904);
                    if (cells.Count == 0 || cells.All(c => c.Text.Length == 0 && c.Problem is null))
                    {
                        continue;
                    }

                    if (++rowsRead > maxRows)
                    {
                        return Fail(label, "(sheet)", string.Create(CultureInfo.InvariantCulture, $"the workbook has more than {maxRows} rows with values: too large to be a ledger (reading stopped at row {index})"));
                    }

                    rows.Add(new SheetRow((int)Math.Min(index, int.MaxValue), cells));
                }
            }

            if (ToSheet(label, rows, columns) is { } ledgerSheet)
            {
                sheets.Add(ledgerSheet);
            }
        }

        // A sheet whose header names every required column is part of the ledger; one naming only some (a summary sheet
        // with 主办单位 and 类别, say) is left out, unless no sheet is complete: then each is read, so that its errors
        // say which columns are missing.
        var complete = sheets.Where(s => HasEveryRequiredColumn(s, columns)).ToList();
        if (complete.Count > 0)
        {
            sheets = complete;
        }

        if (sheets.Count == 0)
        {
            errors.Add(new LedgerError(
                file,
                1,
                "(header)",
                string.Empty,
                $"no sheet has a header row naming the columns of the ledger ({string.Join(", ", columns.Where(c => c.IsRequired).Select(c => c.Chinese))})",
                LedgerErrorKind.NoHeader));
        }

        return (sheets, errors);
    }

    /// <summary>The sheet cut at its header row (the first of the first rows that names two columns of the ledger), or null when it has none.</summary>
    private static LedgerSheet? ToSheet(string label, List<SheetRow> rows, IReadOnlyList<LedgerColumn> columns)
    {
        var headerAt = -1;
        for (var i = 0; i < rows.Count && i < HeaderSearchRows && headerAt < 0; i++)
        {
            var named = rows[i].Cells.Count(c => columns.Any(column => column.Matches(c.Text.Trim())));
            headerAt = named >= 2 ? i : -1;
        }

        if (headerAt < 0)
        {
            return null;
        }

        var header = rows[headerAt];
        var width = header.Cells.Where(c => c.Text.Trim().Length > 0).Max(c => c.Column) + 1;
        var dateColumns = new HashSet<int>();
        foreach (var cell in header.Cells)
        {
            if (columns.FirstOrDefault(c => c.Matches(cell.Text.Trim())) is { } column && IsDateColumn(column))
            {
                dateColumns.Add(cell.Column);
            }
        }

        var records = new List<CsvRecord>(rows.Count - headerAt);
        for (var i = headerAt; i < rows.Count; i++)
        {
            var fields = new string[width];
            Array.Fill(fields, string.Empty);
            CsvFailure? failure = null;
            foreach (var cell in rows[i].Cells)
            {
                if (cell.Column >= width)
                {
                    continue; // beyond the header: an unnamed column, ignored like an unknown one
                }

                if (cell.Problem is { } problem)
                {
                    failure ??= new CsvFailure($"{problem} (cell {CellName(cell.Column, rows[i].Index)})", cell.Column, Shorten(cell.Text), LedgerErrorKind.BadWorkbook);
                    continue;
                }

                fields[cell.Column] = cell.Serial is { } serial && (dateColumns.Contains(cell.Column) || cell.IsDateStyled)
                    ? SerialDate(serial, cell.Date1904, cell.Text)
                    : cell.Text;
            }

            records.Add(new CsvRecord(rows[i].Index, fields, failure));
        }

        return new LedgerSheet(label, records, IsLossy: false);
    }

    private static bool HasEveryRequiredColumn(LedgerSheet sheet, IReadOnlyList<LedgerColumn> columns) =>
        columns.Where(c => c.IsRequired).All(c => sheet.Records[0].Fields.Any(f => c.Matches(f.Trim())));

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];

    private static bool IsDateColumn(LedgerColumn column) =>
        column == ItemColumns.AssignedOn || column == ItemColumns.ExtendedTo || column == ItemColumns.RepliedOn
        || column == ItemColumns.FeedbackOn || column == ItemColumns.RerepliedOn || column == ItemColumns.ReceivedOn
        || column == ItemColumns.PlannedCompletion || column == ActivityColumns.Date;

    /// <summary>An Excel date serial as yyyy-MM-dd (the time of day dropped), or the number as it is when it is no date.</summary>
    internal static string SerialDate(double serial, bool date1904, string asText)
    {
        if (double.IsNaN(serial) || serial < 1 || serial >= 2958466)
        {
            return asText;
        }

        var days = (int)Math.Floor(serial);
        DateTime date;
        if (date1904)
        {
            date = new DateTime(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days);
        }
        else if (days == 60)
        {
            return asText; // 1900-02-29: a day that never was (Lotus's leap-year bug, kept by Excel)
        }
        else
        {
            date = new DateTime(1899, 12, days < 60 ? 31 : 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days);
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    internal static string CellName(int column, int row)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    private static List<SheetCell> Cells(Row row, List<string> strings, HashSet<uint> dateStyles, bool date1904)
    {
        var cells = new List<SheetCell>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && ColumnOf(reference) is { } c ? c : next;
            next = column + 1;
            var raw = cell.CellValue?.Text ?? string.Empty;
            var type = cell.DataType?.Value;
            string text;
            double? serial = null;
            string? problem = null;
            if (type == CellValues.SharedString)
            {
                text = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : string.Empty;
                problem = i >= strings.Count ? "a shared string that the workbook does not have (a corrupt cell)" : null;
            }
            else if (type == CellValues.InlineString)
            {
                text = InlineText(cell.InlineString);
            }
            else if (type == CellValues.Boolean)
            {
                text = raw == "1" ? "是" : raw == "0" ? "否" : raw;
            }
            else if (type == CellValues.Error)
            {
                text = raw;
                problem = $"an Excel error value {raw} (a formula that failed)";
            }
            else if (type == CellValues.String || type == CellValues.Date)
            {
                text = raw; // a formula's text result, or an ISO 8601 date cell (its text is read by the date rules)
                if (type == CellValues.Date && raw.Length >= 10 && raw[4] == '-')
                {
                    text = raw[..10];
                }
            }
            else
            {
                // A number: a count, or a date serial when the column holds dates or the cell is formatted as a date.
                text = raw;
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    serial = number;
                    text = Math.Abs(number) < 1e15 && number == Math.Floor(number)
                        ? ((long)number).ToString(CultureInfo.InvariantCulture)
                        : number.ToString("R", CultureInfo.InvariantCulture);
                }
            }

            if (text.Length > MaxCellLength)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"a cell of {text.Length} characters, beyond Excel's limit of {MaxCellLength}");
            }

            var styled = cell.StyleIndex?.Value is { } style && dateStyles.Contains(style);
            cells.Add(new SheetCell(column, text, serial, styled, date1904, problem));
        }

        return cells;
    }

    private static string InlineText(InlineString? inline) =>
        inline is null ? string.Empty : inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text));

    private static int? ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (ch - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is > 0 and <= 3 ? column - 1 : null;
    }

    private static List<string> SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;

                // The text and the runs' texts; phonetic guides (rPh) are not part of the value.
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }

        return strings;
    }

    /// <summary>The cell formats (cellXfs indexes) whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbookPart)
    {
        var result = new HashSet<uint>();
        if (workbookPart.WorkbookStylesPart?.Stylesheet is not { } stylesheet)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (IsBuiltInDate(id) || (custom.TryGetValue(id, out var code) && IsDateFormat(code)))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>Whether a custom number format shows a date: it has y, m or d (or 年月日) outside quotes and brackets.</summary>
    internal static bool IsDateFormat(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            if (ch == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && ch == '[')
            {
                inBrackets = true;
            }
            else if (inBrackets && ch == ']')
            {
                inBrackets = false;
            }
            else if (!inQuotes && !inBrackets && ch == '\\')
            {
                i++;
            }
            else if (!inQuotes && !inBrackets && (char.ToLowerInvariant(ch) is 'y' or 'd' or 'm' || ch is '年' or '日'))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record SheetCell(int Column, string Text, double? Serial, bool IsDateStyled, bool Date1904, string? Problem);

    private sealed record SheetRow(int Index, List<SheetCell> Cells);
}
