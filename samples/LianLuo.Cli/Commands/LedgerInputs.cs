using System.Globalization;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Model;
using LianLuo.Domain.Office;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Cli.Commands;

/// <summary>
/// Loads the items and activities ledgers of a command (or the bundled sample city when no file is named),
/// strictly or leniently, and prints every error as <c>FILE:LINE: COLUMN: reason (value)</c>.
/// </summary>
internal static class LedgerInputs
{
    /// <summary>The folder of the bundled sample ledgers, next to the program.</summary>
    internal static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>
    /// The ledgers read: items and activities (empty when not asked for), and which optional facts the items ledger
    /// records (its 签收日期, 计划完成日期 and 未解决原因 columns).
    /// </summary>
    internal sealed record Loaded(IReadOnlyList<HandledItem> Items, IReadOnlyList<LiaisonActivity> Activities, RecordedFacts Recorded);

    /// <summary>
    /// Reads the ledgers. Returns null after printing the errors when a ledger has errors and the reading is strict,
    /// or when a file cannot be read; in lenient mode prints the rows left out and goes on.
    /// </summary>
    /// <remarks>The reader judges every row's rules on <paramref name="engine"/>, the one deadline engine of the command, as the report and the assessment do.</remarks>
    internal static Loaded? Load(string command, string? itemsFile, string? activitiesFile, bool readActivities, LocalDate asOf, bool lenient, DeadlineEngine engine, TextWriter stderr)
    {
        if (itemsFile is null && (activitiesFile is null || !readActivities))
        {
            itemsFile = Path.Combine(SampleFolder, "items.csv");
            activitiesFile = readActivities ? Path.Combine(SampleFolder, "activities.csv") : null;
        }

        foreach (var file in new[] { itemsFile, readActivities ? activitiesFile : null })
        {
            if (file is not null && Directory.Exists(file))
            {
                stderr.WriteLine($"lianluo {command}: cannot read a ledger: {file} is a directory, not a file");
                return null;
            }
        }

        var showProgress = TerminalProgress.IsShown(stderr);
        var options = new LedgerReadOptions(asOf) { Lenient = lenient, Deadlines = engine, Progress = showProgress ? new TerminalProgress(stderr) : null };
        try
        {
            IReadOnlyList<HandledItem> items = [];
            IReadOnlyList<LiaisonActivity> activities = [];
            var recorded = RecordedFacts.All;
            var ok = true;
            var fromDocument = false;
            if (itemsFile is not null && IsDocument(itemsFile))
            {
                // The item-history document (items-json.md): its activities serve when it has them and no --activities is given.
                var document = ItemDocumentReader.ReadFile(itemsFile, new ItemDocumentReadOptions { Deadlines = engine, FileName = itemsFile, AsOf = asOf });
                ClearProgress();
                ok &= ReportDocument(command, document, lenient, itemsFile, stderr);
                items = document.Items;
                if (readActivities && activitiesFile is null && document.Activities is { } own)
                {
                    activities = own;
                }

                fromDocument = true;
            }

            if (itemsFile is not null && !fromDocument)
            {
                var result = ReadItemsFile(itemsFile, options);
                ClearProgress();
                ok &= Report(command, result.Errors, result.Reported.Count, result.RowsRead, lenient, itemsFile, stderr);
                items = result.Rows;
                recorded = result.Recorded;
            }

            if (readActivities && activitiesFile is not null)
            {
                var result = ReadActivitiesFile(activitiesFile, options);
                ClearProgress();
                ok &= Report(command, result.Errors, result.Reported.Count, result.RowsRead, lenient, activitiesFile, stderr);
                activities = result.Rows;
            }

            return ok ? new Loaded(items, activities, recorded) : null;

            void ClearProgress()
            {
                if (showProgress)
                {
                    TerminalProgress.Clear(stderr);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (showProgress)
            {
                TerminalProgress.Clear(stderr);
            }

            stderr.WriteLine($"lianluo {command}: cannot read a ledger: {ex.Message}");
            return null;
        }
    }

    /// <summary>Reads an items ledger file: a workbook (.xlsx, or a zip or OLE file whatever its name) or a CSV file.</summary>
    internal static LedgerReadResult<HandledItem> ReadItemsFile(string path, LedgerReadOptions options) =>
        IsWorkbook(path) ? WorkbookLedgerReader.ReadItemsFile(path, options) : LedgerReader.ReadItemsFile(path, options);

    /// <summary>Reads an activities ledger file: a workbook or a CSV file.</summary>
    internal static LedgerReadResult<LiaisonActivity> ReadActivitiesFile(string path, LedgerReadOptions options) =>
        IsWorkbook(path) ? WorkbookLedgerReader.ReadActivitiesFile(path, options) : LedgerReader.ReadActivitiesFile(path, options);

    /// <summary>Whether a file is a workbook, by its extension or its first bytes.</summary>
    private static bool IsWorkbook(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return WorkbookLedgerReader.IsWorkbook(path, head[..read]);
    }

    /// <summary>
    /// Whether a file is an item-history document (JSON) rather than a CSV ledger: by its extension (.json), else by its
    /// content (the first character after a BOM and white space is <c>{</c>, which no ledger header starts with).
    /// </summary>
    internal static bool IsDocument(string file)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !File.Exists(file))
        {
            return false;
        }

        using var stream = File.OpenRead(file);
        Span<byte> head = stackalloc byte[512];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = head[..read];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        text = text.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == (byte)'{';
    }

    /// <summary>Prints a document's errors as <c>FILE:LINE: JSON-PATH: reason (value)</c>; as for ledgers, --lenient leaves out the items with errors, unless the document cannot be read whole (malformed JSON, a limit, an unknown version).</summary>
    internal static bool ReportDocument(string command, ItemDocumentReadResult document, bool lenient, string file, TextWriter stderr)
    {
        foreach (var error in document.Errors)
        {
            stderr.WriteLine(error.ToString());
        }

        if (document.IsValid)
        {
            return true;
        }

        var whole = document.Errors.Any(e => e.Kind is ItemDocumentErrorKind.Json or ItemDocumentErrorKind.Limit or ItemDocumentErrorKind.Version);
        if (lenient && !whole)
        {
            var left = document.Errors.Select(e => e.Item).Where(i => i is not null).Distinct().Count();
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lianluo {command}: --lenient: {left} items of {file} left out (listed above); the report covers the other {document.Items.Count}."));
            return true;
        }

        stderr.WriteLine($"lianluo {command}: {file} has errors; no report is made from a document with errors{(whole ? string.Empty : " (use --lenient to report on the valid items)")}.");
        return false;
    }

    private static bool Report(string command, EquatableArray<LedgerError> errors, int rowsLeftOut, int rowsRead, bool lenient, string file, TextWriter stderr)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine(error.ToString());
        }

        if (errors.Count == 0)
        {
            return true;
        }

        if (lenient)
        {
            stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"lianluo {command}: --lenient: {rowsLeftOut} of {rowsRead} rows of {file} left out (listed above); the report covers the other {rowsRead - rowsLeftOut}."));
            return true;
        }

        stderr.WriteLine($"lianluo {command}: {file} has errors; no report is made from a ledger with errors (use --lenient to report on the valid rows).");
        return false;
    }
}
