using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Office.Internal;

namespace LianLuo.Domain.Office;

/// <summary>
/// Reads the items ledger (办理台账) and the activities ledger (活动台账) of ledger.md §1 from an Excel workbook (.xlsx),
/// through the same row rules as <see cref="LedgerReader"/> reads a CSV file: the same rows, the same errors.
/// Stateless and thread-safe; bad input never throws.
/// </summary>
/// <remarks>
/// <para>Workbooks as offices make them: title rows above the header (a merged cell such as "2025年建议提案办理台账")
/// are skipped, the header being the first row of a sheet that names at least two columns of the ledger; every sheet with
/// a header naming every required column is read, in workbook order, as part of one ledger (建议 and 提案 on separate
/// sheets); other sheets (notes, summaries, charts) are ignored, unless no sheet has a complete header: then the sheets
/// whose header names some columns are read, and their errors name the missing columns; empty rows are ignored. Dates may be Excel date serials (numbers, formatted as dates
/// or not, in a date column), or text in any form of ledger.md §1.3; numbers may be stored as text; a formula cell is
/// read by its cached value; TRUE and FALSE read as 是 and 否.</para>
/// <para>Errors are those of the CSV reader, with the file named <c>FILE[SHEET]</c> and the line being the sheet's row
/// number, so that each prints as <c>FILE[SHEET]:ROW: COLUMN: reason (value)</c>; every error of the workbook is
/// reported at once. A workbook that is not a zip package, an old .xls, a password-protected or corrupt workbook, a zip
/// bomb, more than <see cref="MaxRows"/> rows or a cell beyond Excel's 32767 characters is a
/// <see cref="LedgerErrorKind.BadWorkbook"/> error naming what it is, read with bounded memory.</para>
/// </remarks>
public static class WorkbookLedgerReader
{
    /// <summary>The largest workbook file read, in bytes (64 MiB).</summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>The most non-empty rows read from a workbook (all sheets together): 200000.</summary>
    public const int MaxRows = 200_000;

    /// <summary>Reads an items ledger from the bytes of a workbook.</summary>
    /// <param name="content">The workbook's bytes.</param>
    /// <param name="file">The file name to put in errors.</param>
    /// <param name="options">The as-of date and strictness.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="options"/> is null.</exception>
    public static LedgerReadResult<HandledItem> ReadItems(ReadOnlyMemory<byte> content, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return ItemsOf(content, file, options);
    }

    private static LedgerReadResult<HandledItem> ItemsOf(ReadOnlyMemory<byte>? content, string file, LedgerReadOptions options)
    {
        var (sheets, errors) = WorkbookSheets.Read(content, file, ItemColumns.All, MaxRows);
        return LedgerReader.ReadItemSheets(file, sheets, errors, options);
    }

    /// <summary>Reads an items ledger from a workbook in a stream (read to its end, at most <see cref="MaxFileBytes"/>; not closed).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LedgerReadResult<HandledItem> ReadItems(Stream stream, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return ItemsOf(ReadAll(stream), file, options);
    }

    /// <summary>Reads an items ledger workbook file; its path is the file name in errors.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LedgerReadResult<HandledItem> ReadItemsFile(string path, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return ReadItems(stream, path, options);
    }

    /// <summary>Reads an activities ledger from the bytes of a workbook.</summary>
    /// <param name="content">The workbook's bytes.</param>
    /// <param name="file">The file name to put in errors.</param>
    /// <param name="options">The as-of date and strictness.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="options"/> is null.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivities(ReadOnlyMemory<byte> content, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return ActivitiesOf(content, file, options);
    }

    private static LedgerReadResult<LiaisonActivity> ActivitiesOf(ReadOnlyMemory<byte>? content, string file, LedgerReadOptions options)
    {
        var (sheets, errors) = WorkbookSheets.Read(content, file, ActivityColumns.All, MaxRows);
        return LedgerReader.ReadActivitySheets(file, sheets, errors, options);
    }

    /// <summary>Reads an activities ledger from a workbook in a stream (read to its end, at most <see cref="MaxFileBytes"/>; not closed).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivities(Stream stream, string file, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return ActivitiesOf(ReadAll(stream), file, options);
    }

    /// <summary>Reads an activities ledger workbook file; its path is the file name in errors.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LedgerReadResult<LiaisonActivity> ReadActivitiesFile(string path, LedgerReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return ReadActivities(stream, path, options);
    }

    /// <summary>
    /// Whether a file is to be read as a workbook rather than as CSV: its name ends in .xlsx, .xlsm or .xls, or its first
    /// bytes are those of a zip package or of an OLE compound file (an .xls, or a password-protected workbook).
    /// </summary>
    /// <param name="path">The file's path or name.</param>
    /// <param name="head">The first bytes of the file (8 are enough; fewer or none to decide by the name alone).</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static bool IsWorkbook(string path, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xls", StringComparison.OrdinalIgnoreCase)
            || WorkbookSheets.IsZip(head)
            || WorkbookSheets.IsCompoundFile(head);
    }

    /// <summary>The stream's bytes, or null when it holds more than <see cref="MaxFileBytes"/> (the rest is not read).</summary>
    private static byte[]? ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > MaxFileBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
