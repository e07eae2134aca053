using System.Globalization;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
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
    /// The ledgers read whole: items and activities (empty when not asked for), and which optional facts the items ledger
    /// records (its 签收日期, 计划完成日期 and 未解决原因 columns). For commands that need every item at hand (convert).
    /// </summary>
    internal sealed record Loaded(IReadOnlyList<HandledItem> Items, IReadOnlyList<LiaisonActivity> Activities, RecordedFacts Recorded);

    /// <summary>
    /// Reads the ledgers whole. Returns null after printing the errors when a ledger has errors and the reading is strict,
    /// or when a file cannot be read; in lenient mode prints the rows left out and goes on.
    /// </summary>
    internal static Loaded? Load(string command, string? itemsFile, string? activitiesFile, bool readActivities, LocalDate asOf, bool lenient, DeadlineEngine engine, TextWriter stderr)
    {
        using var input = Open(command, itemsFile, activitiesFile, readActivities, asOf, lenient, engine, stderr);
        if (input is null)
        {
            return null;
        }

        RecordedFacts recorded;
        try
        {
            recorded = input.Recorded;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"lianluo {command}: cannot read a ledger: {ex.Message}");
            return null;
        }

        return input.Run(items => items.ToList(), out var list) ? new Loaded(list, input.Activities, recorded) : null;
    }

    /// <summary>
    /// Opens the ledgers of a command for one pass over the items (see <see cref="LedgerInput"/>): the activities are read
    /// now, the items as the command consumes them. Returns null after printing why when a file cannot be read.
    /// </summary>
    /// <remarks>The reader judges every row's rules on <paramref name="engine"/>, the one deadline engine of the command, as the report and the assessment do.</remarks>
    internal static LedgerInput? Open(string command, string? itemsFile, string? activitiesFile, bool readActivities, LocalDate asOf, bool lenient, DeadlineEngine engine, TextWriter stderr)
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
        var input = new LedgerInput(command, itemsFile, lenient, showProgress, stderr);
        try
        {
            if (itemsFile is not null && IsDocument(itemsFile))
            {
                // The item-history document (items-json.md): its activities serve when it has them and no --activities is
                // given. The writer puts them after the items, so they are read first in a pass that skips the items.
                var documentOptions = new ItemDocumentReadOptions { Deadlines = engine, FileName = itemsFile, AsOf = asOf };
                if (readActivities && activitiesFile is null)
                {
                    using var stream = File.OpenRead(itemsFile);
                    if (ItemDocumentReader.ReadActivities(stream, documentOptions) is { } own)
                    {
                        input.Activities = own;
                    }
                }

                input.ReadDocument(documentOptions);
            }
            else if (itemsFile is not null && IsWorkbook(itemsFile))
            {
                // A workbook is read whole (the Office reader has no streaming form; workbooks are small in practice).
                input.ReadResult(WorkbookLedgerReader.ReadItemsFile(itemsFile, options));
            }
            else if (itemsFile is not null)
            {
                // Read ahead on a thread of its own, each history folded on this one as the command takes the items.
                input.ReadStream(LedgerReader.StreamItemsFile(itemsFile, options with { ReadAhead = true }));
            }

            if (readActivities && activitiesFile is not null && input.ReadsItemsStreamed)
            {
                // Read beside the items (on another thread, without a progress line of its own). Whether it is a workbook is
                // decided now: that opens the file, so a file that cannot be opened is reported at once, as before.
                var workbook = IsWorkbook(activitiesFile);
                var quiet = options with { Progress = null };
                input.ReadActivitiesConcurrently(() => workbook
                    ? WorkbookLedgerReader.ReadActivitiesFile(activitiesFile, quiet)
                    : LedgerReader.ReadActivitiesFile(activitiesFile, quiet));
            }
            else if (readActivities && activitiesFile is not null)
            {
                var result = ReadActivitiesFile(activitiesFile, options);
                input.ClearProgress();
                input.Activities = result.Rows;
                input.ActivityErrors = result;
            }

            return input;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            input.ClearProgress();
            input.Dispose();
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
    internal static bool IsWorkbook(string path)
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
    internal static bool ReportDocument(string command, IReadOnlyList<ItemDocumentError> errors, int itemsRead, bool lenient, string file, TextWriter stderr)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine(error.ToString());
        }

        if (errors.Count == 0)
        {
            return true;
        }

        var whole = errors.Any(e => e.Kind is ItemDocumentErrorKind.Json or ItemDocumentErrorKind.Limit or ItemDocumentErrorKind.Version);
        if (lenient && !whole)
        {
            var left = errors.Select(e => e.Item).Where(i => i is not null).Distinct().Count();
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lianluo {command}: --lenient: {left} items of {file} left out (listed above); the report covers the other {itemsRead}."));
            return true;
        }

        stderr.WriteLine($"lianluo {command}: {file} has errors; no report is made from a document with errors{(whole ? string.Empty : " (use --lenient to report on the valid items)")}.");
        return false;
    }

    internal static bool Report(string command, EquatableArray<LedgerError> errors, int rowsLeftOut, int rowsRead, bool lenient, string file, TextWriter stderr)
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
