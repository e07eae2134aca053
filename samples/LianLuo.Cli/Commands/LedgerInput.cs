using System.Collections;
using System.Diagnostics.CodeAnalysis;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;

namespace LianLuo.Cli.Commands;

/// <summary>
/// The ledgers of a command, for one pass over the items: the activities are read whole (a few hundred rows), the items
/// are read as the command consumes them (<see cref="Run{T}"/>), so that a ledger of a million rows is never held. The
/// errors are printed after the pass, in file order, and a strict reading refuses what was computed when a ledger has
/// errors. Not thread-safe; one pass.
/// </summary>
internal sealed class LedgerInput(string command, string? itemsFile, bool lenient, bool showProgress, TextWriter stderr) : IDisposable
{
    private StreamedLedger<HandledItem>? stream;
    private LedgerReadResult<HandledItem>? whole;
    private ItemDocumentReadOptions? document;
    private readonly List<ItemDocumentError> documentErrors = [];
    private int documentItems;
    private bool ran;

    /// <summary>The activities (empty when not asked for).</summary>
    public IReadOnlyList<LiaisonActivity> Activities { get; set; } = [];

    /// <summary>The activities ledger read, whose errors are printed after the items'.</summary>
    public LedgerReadResult<LiaisonActivity>? ActivityErrors { get; set; }

    /// <summary>
    /// The optional facts the items ledger records (its header's 签收日期, 计划完成日期 and 未解决原因 columns): read
    /// before the pass, from the header. <see cref="RecordedFacts.All"/> for a document or without items.
    /// </summary>
    public RecordedFacts Recorded => stream?.Recorded ?? whole?.Recorded ?? RecordedFacts.All;

    /// <summary>Reads the items of a CSV ledger as they are consumed.</summary>
    public void ReadStream(StreamedLedger<HandledItem> items) => stream = items;

    /// <summary>Takes the items of a ledger read whole (a workbook).</summary>
    public void ReadResult(LedgerReadResult<HandledItem> result)
    {
        ClearProgress();
        whole = result;
    }

    /// <summary>Reads the items of an item-history document as they are consumed.</summary>
    public void ReadDocument(ItemDocumentReadOptions options) => document = options;

    /// <summary>
    /// Gives the items to <paramref name="compute"/> (enumerate them once), reads what it left, and prints every error.
    /// False, after printing why, when a file cannot be read or a ledger has errors and the reading is strict: the result
    /// is then discarded.
    /// </summary>
    public bool Run<T>(Func<IEnumerable<HandledItem>, T> compute, [MaybeNullWhen(false)] out T result)
    {
        if (ran)
        {
            throw new InvalidOperationException("The items of a ledger input are read once.");
        }

        ran = true;
        result = default;
        var activitiesOk = ActivityErrors is not { IsUsable: false };
        try
        {
            using var items = new OnePass(Items().GetEnumerator());

            // When the activities already refuse the command, the items are only read for their errors.
            var computed = activitiesOk ? compute(items) : default;
            items.ReadToEnd();
            result = computed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ClearProgress();
            stderr.WriteLine($"lianluo {command}: cannot read a ledger: {ex.Message}");
            result = default;
            return false;
        }

        ClearProgress();
        var ok = true;
        if (stream is not null)
        {
            ok &= LedgerInputs.Report(command, stream.Errors, stream.Reported.Count, stream.RowsRead, lenient, itemsFile!, stderr);
        }
        else if (whole is not null)
        {
            ok &= LedgerInputs.Report(command, whole.Errors, whole.Reported.Count, whole.RowsRead, lenient, itemsFile!, stderr);
        }
        else if (document is not null)
        {
            ok &= LedgerInputs.ReportDocument(command, documentErrors, documentItems, lenient, itemsFile!, stderr);
        }

        if (ActivityErrors is { } activities)
        {
            ok &= LedgerInputs.Report(command, activities.Errors, activities.Reported.Count, activities.RowsRead, lenient, activities.File, stderr);
        }

        if (!ok)
        {
            result = default;
        }

        return ok;
    }

    /// <summary>Blanks the progress line, when one is shown.</summary>
    public void ClearProgress()
    {
        if (showProgress)
        {
            TerminalProgress.Clear(stderr);
        }
    }

    public void Dispose() => stream?.Dispose();

    private IEnumerable<HandledItem> Items()
    {
        if (stream is not null)
        {
            return stream;
        }

        if (whole is not null)
        {
            return whole.Rows;
        }

        return document is not null ? DocumentItems(document) : [];
    }

    private IEnumerable<HandledItem> DocumentItems(ItemDocumentReadOptions options)
    {
        using var file = new FileStream(itemsFile!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        foreach (var entry in ItemDocumentReader.ReadEntries(file, options))
        {
            if (entry.Item is { } item)
            {
                documentItems++;
                yield return item;
            }
            else if (entry.Error is { } error)
            {
                documentErrors.Add(error);
            }
        }
    }

    /// <summary>The items for one enumeration by the command; what it leaves is read afterwards (for the errors).</summary>
    private sealed class OnePass(IEnumerator<HandledItem> items) : IEnumerable<HandledItem>, IDisposable
    {
        private bool given;

        public IEnumerator<HandledItem> GetEnumerator()
        {
            if (given)
            {
                throw new InvalidOperationException("The items of a ledger input are read once.");
            }

            given = true;
            return Rest();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public void ReadToEnd()
        {
            while (items.MoveNext())
            {
            }
        }

        public void Dispose() => items.Dispose();

        private IEnumerator<HandledItem> Rest()
        {
            while (items.MoveNext())
            {
                yield return items.Current;
            }
        }
    }
}
