using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// The row rules of the items ledger for one reading, with the check that a 编号 is given once in the whole ledger: whole
/// (<see cref="Read"/>) or in two steps (<see cref="Prepare"/> and <see cref="Finish"/>, the fold) for a reading ahead.
/// </summary>
internal sealed class ItemRowSteps : IRowSteps<HandledItem, PreparedItem>
{
    // The identifiers seen, without a string or an entry object each (see IdIndex); the files (tables) by number.
    private readonly IdIndex seen = new();
    private readonly List<string> files = [];

    /// <summary>Reads a row into its item, or null with its errors on the row.</summary>
    public HandledItem? Read(RowReader row) => ItemRows.Read(row, TakeId(row));

    /// <inheritdoc/>
    public PreparedItem? Prepare(RowReader row) =>
        ItemRows.TryPrepare(row, TakeId(row), out var submission, out var history)
            ? new PreparedItem(submission, history, row.Options.Deadlines, row.File, row.Header, row.Raw(ItemColumns.ExtendedTo))
            : null;

    /// <inheritdoc/>
    public HandledItem? Finish(PreparedItem prepared, int line, out LedgerError? error)
    {
        var item = ItemRows.Fold(prepared.Submission, prepared.History, prepared.Engine, out var violation, out var refusal);
        error = item is null ? ItemRows.FoldError(violation, refusal, prepared.File, line, prepared.Header.NameOf(ItemColumns.ExtendedTo), prepared.ExtendedToRaw) : null;
        return item;
    }

    /// <summary>The row's 编号 (null when empty), after the check that no earlier row has it.</summary>
    private string? TakeId(RowReader row)
    {
        var id = row.ValueSpan(ItemColumns.Id);
        if (id.IsEmpty)
        {
            return null;
        }

        if (files.Count == 0 || !string.Equals(files[^1], row.File, StringComparison.Ordinal))
        {
            files.Add(row.File);
        }

        if (!seen.TryAdd(id, files.Count - 1, row.Line, out var firstTable, out var firstLine))
        {
            var firstFile = files[firstTable];
            var where = string.Equals(firstFile, row.File, StringComparison.Ordinal)
                ? $"line {firstLine}"
                : $"{firstFile}:{firstLine}";
            row.Error(ItemColumns.Id, LedgerErrorKind.DuplicateId, $"duplicate 编号: {where} has it too");
        }

        return id.ToString();
    }
}

/// <summary>
/// An items row read and checked, before its fold: the submission and history, the engine that judges them, and what an
/// error of the fold names (the file, the header that names the 延期至 column, and that cell as written).
/// </summary>
internal sealed class PreparedItem(Submission submission, EquatableArray<HandlingEvent> history, DeadlineEngine engine, string file, LedgerHeader header, string extendedToRaw)
{
    public Submission Submission { get; } = submission;

    public EquatableArray<HandlingEvent> History { get; } = history;

    public DeadlineEngine Engine { get; } = engine;

    public string File { get; } = file;

    public LedgerHeader Header { get; } = header;

    public string ExtendedToRaw { get; } = extendedToRaw;
}
