using System.Globalization;
using System.Text;
using LianLuo.Domain.Ledger.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Ledger;

/// <summary>
/// Writes the items and activities ledgers back to CSV in the format of ledger.md §1: UTF-8 with a BOM (so that
/// Excel opens it), the Chinese headers in the order of <see cref="ItemColumns.All"/> (the optional-fact columns only when used) and
/// <see cref="ActivityColumns.All"/>, dates as yyyy-MM-dd, booleans as 是/否, CRLF line ends and RFC 4180 quoting.
/// A value that Excel would take for a formula (it starts with = + - or @) is written with a leading apostrophe,
/// which <see cref="LedgerReader"/> removes again, so reading a written ledger gives back the same model.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// An item is written as its ledger view: the current 交办 (date, 主办单位, 会办单位, 情况复杂), the latest extension,
/// the first round's reply and feedback, the second round's reply and feedback as the 重办 columns, the supervising
/// leaders joined with 、, and the person-times of communication (电话邮件人次 adds phone and e-mail; symposium
/// communications have no column). What the ledger has no column for is not written: return requests, signing,
/// co-handling opinions, follow-ups, closing, rounds after the second, a feedback recorded as not returned, the
/// dates of communications and of approvals. 非常满意 is written as 满意 (the ledger's scale has three levels). The lead
/// unit's 签收 and the first reply's planned completion and reason go to 签收日期, 计划完成日期 and 未解决原因, columns written
/// only when some item has such a value.
/// </remarks>
public static class LedgerWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes an items ledger to a stream (left open).</summary>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">
    /// An item cannot be written: it is not assigned, it is handled separately (分办, no 主办单位), a unit's name
    /// holds a separator of 会办单位 (、 ； ; ， ,), or its person-times of one column add up to more than 2147483647.
    /// </exception>
    public static void WriteItems(Stream stream, IEnumerable<HandledItem> items)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(items);
        var (columns, rows) = ItemTable(items);
        Write(stream, columns, rows);
    }

    /// <summary>
    /// The columns and the cells (as the CSV holds them, before the formula guard) of an items ledger: the table every
    /// ledger writer writes (CSV here, a workbook in the Office package).
    /// </summary>
    internal static (IReadOnlyList<LedgerColumn> Columns, IReadOnlyList<string[]> Rows) ItemTable(IEnumerable<HandledItem> items)
    {
        var rows = items.Select(ItemRow).ToList();

        // The optional-fact columns (签收日期, 计划完成日期, 未解决原因) are written only when some item records the fact: an
        // empty column would say that no item has it, where the histories merely record nothing about it (ledger.md §1.1).
        var required = ItemColumns.All.Count - ItemColumns.OptionalFacts.Count;
        var kept = Enumerable.Range(0, ItemColumns.All.Count).Where(i => i < required || rows.Any(r => r[i].Length > 0)).ToArray();
        return ([.. kept.Select(i => ItemColumns.All[i])], [.. rows.Select(r => kept.Select(i => r[i]).ToArray())]);
    }

    /// <summary>The columns and the cells of an activities ledger (see <see cref="ItemTable"/>).</summary>
    internal static (IReadOnlyList<LedgerColumn> Columns, IReadOnlyList<string[]> Rows) ActivityTable(IEnumerable<LiaisonActivity> activities) =>
        (ActivityColumns.All, [.. activities.Select(ActivityRow)]);

    /// <summary>Writes an items ledger file (created or overwritten).</summary>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">An item cannot be written (see <see cref="WriteItems(Stream, IEnumerable{HandledItem})"/>).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteItemsFile(string path, IEnumerable<HandledItem> items)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(items);
        using var buffer = new MemoryStream();
        WriteItems(buffer, items);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>Writes an activities ledger to a stream (left open). The activity's leader has no column and is not written.</summary>
    /// <exception cref="ArgumentNullException">An argument or an activity is null.</exception>
    public static void WriteActivities(Stream stream, IEnumerable<LiaisonActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(activities);
        var (columns, rows) = ActivityTable(activities);
        Write(stream, columns, rows);
    }

    /// <summary>Writes an activities ledger file (created or overwritten).</summary>
    /// <exception cref="ArgumentNullException">An argument or an activity is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteActivitiesFile(string path, IEnumerable<LiaisonActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(activities);
        using var buffer = new MemoryStream();
        WriteActivities(buffer, activities);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    private static void Write(Stream stream, IReadOnlyList<LedgerColumn> columns, IEnumerable<string[]> rows)
    {
        // Rows are built before anything is written, so that an item that cannot be written leaves the stream untouched.
        var text = new StringBuilder();
        AppendRecord(text, columns.Select(c => c.Chinese));
        foreach (var row in rows)
        {
            AppendRecord(text, row);
        }

        stream.Write([0xEF, 0xBB, 0xBF]);
        stream.Write(Utf8NoBom.GetBytes(text.ToString()));
        stream.Flush();
    }

    private static void AppendRecord(StringBuilder text, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            var value = LedgerValues.Guard(field);
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))))
            {
                text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(value);
            }
        }

        text.Append("\r\n");
    }

    /// <summary>
    /// Why an item's history cannot be held by a row of the items ledger (ledger.md §1.1, items-json.md §4), or null when it
    /// can. A row holds one 交办 to a 主办单位 with 会办单位, one reply and one 重办 round; it cannot hold 分办, a 重新交办
    /// after an approved return, more than two rounds, or a 重办 reply with a result of its own (a row keeps the first
    /// reply's). Details a row has no column for (the dates of contacts, 办结, 会办意见, 回头看, the returns of 会办
    /// units) are not held either, but they change no figure of the report.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static string? WhyNotHeld(HandledItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var state = item.State;
        if (state.Assignment is not { } assignment)
        {
            return "it is not assigned (交办日期 and 主办单位 are required)";
        }

        if (assignment.LeadUnit is null)
        {
            return "it is handled separately (分办) by " + string.Join("、", assignment.Assignments.Select(a => a.Unit.Name)) + "; a row has one 主办单位";
        }

        if (state.AssignmentCount > 1)
        {
            return "it was assigned again (重新交办) after an approved return; a row has one 交办日期";
        }

        if (state.Rounds.Count > 2)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it has {state.Rounds.Count} handling rounds; a row holds a reply and one 重办");
        }

        if (state.Rounds.Count == 2 && state.Rounds[1].Replies.Any(r => r.Category is not null))
        {
            return "its 重办 reply has a result of its own; a row keeps the first reply's 办理结果";
        }

        if (state.Rounds.Count == 2 && state.Rounds[0].Feedback?.Level != SatisfactionLevel.Unsatisfied)
        {
            return "its second round does not follow a 不满意 反馈; a row's 重办 columns need one";
        }

        foreach (var unit in assignment.Assignments.Select(a => a.Unit.Name))
        {
            if (unit.AsSpan().IndexOfAny(LedgerValues.UnitSeparators) >= 0)
            {
                return $"the unit name \"{unit}\" holds a separator of 会办单位 (、 ； ; ， ,)";
            }
        }

        if (state.Extensions.Count > 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it has {state.Extensions.Count} extensions (延期); a row holds one 延期至");
        }

        return null;
    }

    private static string[] ItemRow(HandledItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var state = item.State;
        var assignment = state.Assignment
            ?? throw new ArgumentException($"Item {item.Id} cannot be written to the items ledger: it is not assigned (交办日期 and 主办单位 are required).", nameof(item));
        var lead = assignment.LeadUnit
            ?? throw new ArgumentException($"Item {item.Id} cannot be written to the items ledger: it is handled separately (分办) and has no 主办单位.", nameof(item));
        var coUnits = assignment.Assignments.Where(a => a.Role == AssignmentRole.CoHandling).Select(a => a.Unit.Name).ToList();
        foreach (var unit in coUnits.Prepend(lead.Name))
        {
            if (unit.AsSpan().IndexOfAny(LedgerValues.UnitSeparators) >= 0)
            {
                throw new ArgumentException($"Item {item.Id} cannot be written to the items ledger: the unit name \"{unit}\" holds a separator of 会办单位 (、 ； ; ， ,).", nameof(item));
            }
        }

        var first = state.Rounds[0];
        var second = state.Rounds.Count > 1 ? state.Rounds[1] : null;
        var firstLevel = first.Feedback?.Level;
        var submission = item.Submission;
        return
        [
            submission.Id.Value,
            DisplayNames.Chinese(submission.Kind),
            submission.Title,
            submission.LeadProposer.Name,
            lead.Name,
            string.Join(LedgerValues.UnitSeparator, coUnits),
            LedgerValues.FormatDate(assignment.Date),
            LedgerValues.FormatBoolean(state.IsComplex),
            state.Extension is { } extension ? LedgerValues.FormatDate(extension.ExtendedTo) : string.Empty,
            LedgerValues.FormatBoolean(submission.IsKey),
            string.Join(LedgerValues.UnitSeparator, state.Supervisions.Select(s => s.Leader).Distinct(StringComparer.Ordinal)),
            Date(first.RepliedOn),
            first.Category?.Code ?? string.Empty,
            firstLevel is null ? string.Empty : LedgerValues.FormatDate(first.Feedback!.Date),
            firstLevel is { } level ? LedgerValues.FormatSatisfaction(level) : string.Empty,
            Date(second?.RepliedOn),
            second?.Satisfaction is { } relevel ? LedgerValues.FormatSatisfaction(relevel) : string.Empty,
            PersonTimes(item, "面商人次", state.PersonTimes(CommunicationMode.FaceToFace)),
            PersonTimes(item, "电话邮件人次", state.PersonTimes(CommunicationMode.Phone) + state.PersonTimes(CommunicationMode.Email)),
            PersonTimes(item, "走访人次", state.PersonTimes(CommunicationMode.Visit)),
            state.Receipts.FirstOrDefault(r => r.Unit == lead) is { } receipt ? LedgerValues.FormatDate(receipt.Date) : string.Empty,
            Date(first.Replies.IsEmpty ? null : first.Replies[0].PlannedCompletion),
            (first.Replies.IsEmpty ? null : first.Replies[0].Reason) ?? string.Empty,
        ];
    }

    private static string[] ActivityRow(LiaisonActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return
        [
            LedgerValues.FormatDate(activity.Date),
            DisplayNames.Chinese(activity.Type),
            activity.Topic ?? string.Empty,
            Count(activity.LeaderAttendances),
            Count(activity.MemberAttendances),
        ];
    }

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? LedgerValues.FormatDate(d) : string.Empty;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A person-times cell; a sum beyond what a ledger cell holds (a whole number up to 2147483647) cannot be written.</summary>
    private static string PersonTimes(HandledItem item, string column, long value) => value <= int.MaxValue
        ? value.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {item.Id} cannot be written to the items ledger: its {column} add up to {value}, more than a ledger cell holds (2147483647)."), nameof(item));
}
