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

    private Task<LedgerReadResult<LiaisonActivity>>? pendingActivities;
    private IReadOnlyList<LiaisonActivity> activities = [];
    private LedgerReadResult<LiaisonActivity>? activityErrors;

    /// <summary>
    /// The activities (empty when not asked for). While the activities ledger is still being read (<see cref="ReadActivitiesConcurrently"/>),
    /// a list that waits for that reading when it is first used, so that a command may pass it along before enumerating the items
    /// (the report reads the activities after the items).
    /// </summary>
    public IReadOnlyList<LiaisonActivity> Activities
    {
        get => pendingActivities is null ? activities : new PendingList(this);
        set => activities = value;
    }

    /// <summary>The activities ledger read, whose errors are printed after the items' (waits for a concurrent reading to end).</summary>
    public LedgerReadResult<LiaisonActivity>? ActivityErrors
    {
        get
        {
            Settle();
            return activityErrors;
        }

        set => activityErrors = value;
    }

    /// <summary>
    /// Reads the activities ledger on another thread, while the items are read: <see cref="Activities"/> and <see cref="ActivityErrors"/>
    /// wait for it. An I/O error of that reading is thrown where they are first used.
    /// </summary>
    public void ReadActivitiesConcurrently(Func<LedgerReadResult<LiaisonActivity>> read) =>
        pendingActivities = Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Waits for the concurrent reading of the activities, if any, and takes its rows (rethrowing its I/O error as it was thrown).</summary>
    private void Settle()
    {
        if (pendingActivities is not { } pending)
        {
            return;
        }

        var result = pending.GetAwaiter().GetResult();
        pendingActivities = null;
        activities = result.Rows;
        activityErrors = result;
    }

    /// <summary>
    /// The optional facts the items ledger records (its header's 签收日期, 计划完成日期 and 未解决原因 columns): read
    /// before the pass, from the header. <see cref="RecordedFacts.All"/> for a document or without items.
    /// </summary>
    public RecordedFacts Recorded => stream?.Recorded ?? whole?.Recorded ?? RecordedFacts.All;

    /// <summary>Reads the items of a CSV ledger as they are consumed.</summary>
    public void ReadStream(StreamedLedger<HandledItem> items) => stream = items;

    /// <summary>Whether the items are a CSV ledger read as they are consumed (read ahead on a thread of their own, <see cref="LedgerReadOptions.ReadAhead"/>).</summary>
    public bool ReadsItemsStreamed => stream is not null;

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
        // A concurrent reading of the activities is not waited for here: when it refuses the command, what was computed is dropped below.
        var activitiesOk = pendingActivities is not null || activityErrors is not { IsUsable: false };
        try
        {
            using var items = new OnePass(Items().GetEnumerator());

            // When the activities already refuse the command, the items are only read for their errors.
            var computed = activitiesOk ? compute(items) : default;
            items.ReadToEnd();

            // A concurrent reading of the activities ends here at the latest (an I/O error of it is reported as any other).
            Settle();
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

    public void Dispose()
    {
        stream?.Dispose();
        if (pendingActivities is { } pending)
        {
            // Let a concurrent reading of the activities end (it closes its file), whatever its outcome.
            pendingActivities = null;
            ((IAsyncResult)pending).AsyncWaitHandle.WaitOne();
        }
    }

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

    /// <summary>The activities of a concurrent reading, waited for when first used.</summary>
    private sealed class PendingList(LedgerInput input) : IReadOnlyList<LiaisonActivity>
    {
        public int Count => Rows().Count;

        public LiaisonActivity this[int index] => Rows()[index];

        public IEnumerator<LiaisonActivity> GetEnumerator() => Rows().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private IReadOnlyList<LiaisonActivity> Rows()
        {
            input.Settle();
            return input.activities;
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
