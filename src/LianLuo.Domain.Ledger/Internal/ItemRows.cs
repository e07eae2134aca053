using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>Turns a data row of the items ledger into a <see cref="HandledItem"/> with its event history, or into errors.</summary>
internal static class ItemRows
{
    /// <summary>The earliest year of a 交办日期 (the domain's first session year).</summary>
    internal const int FirstYear = 1949;

    internal static HandledItem? Read(RowReader row) => Read(row, null);

    /// <summary>Reads a row whose 编号 was already taken from it (<paramref name="givenId"/>, null when empty or not read).</summary>
    internal static HandledItem? Read(RowReader row, string? givenId)
    {
        if (!TryPrepare(row, givenId, out var submission, out var history))
        {
            return null;
        }

        var item = Fold(submission, history, row.Options.Deadlines, out var violation, out var refusal);
        if (item is null)
        {
            row.Errors.Add(FoldError(violation, refusal, row.File, row.Line, row.ColumnName(ItemColumns.ExtendedTo), row.Raw(ItemColumns.ExtendedTo)));
        }

        return item;
    }

    /// <summary>
    /// The first step of reading a row, everything but the fold: its cells checked (each error on the row) and, when it
    /// has none, its submission and event history built. The second step, <see cref="Fold"/>, may run on another thread.
    /// </summary>
    internal static bool TryPrepare(RowReader row, string? givenId, [NotNullWhen(true)] out Submission? submission, out EquatableArray<HandlingEvent> history)
    {
        submission = null;
        history = default;
        var id = givenId ?? row.RequiredText(ItemColumns.Id);
        var kind = Kind(row);
        var title = row.RequiredText(ItemColumns.Title);
        // The proposer and the lead unit are looked up among the reading's shared values by their cells' text, without a string.
        row.Required(ItemColumns.Proposer, out var proposer);
        var hasLead = row.Required(ItemColumns.LeadUnit, out var leadUnit);
        var coUnits = CoUnits(row, hasLead, leadUnit);
        var assignedOn = AssignedOn(row);
        var isComplex = row.Boolean(ItemColumns.Complex);
        var extendedTo = row.Date(ItemColumns.ExtendedTo, isEvent: false);
        var isKey = row.Boolean(ItemColumns.Key);
        var supervisor = row.OptionalText(ItemColumns.Supervisor);
        var repliedOn = row.Date(ItemColumns.RepliedOn, isEvent: true);
        var result = Result(row);
        var feedbackOn = row.Date(ItemColumns.FeedbackOn, isEvent: true);
        var satisfaction = row.Satisfaction(ItemColumns.Satisfaction);
        var rerepliedOn = row.Date(ItemColumns.RerepliedOn, isEvent: true);
        var resatisfaction = row.Satisfaction(ItemColumns.Resatisfaction);
        var faceToFace = row.Count(ItemColumns.FaceToFace);
        var phoneEmail = row.Count(ItemColumns.PhoneEmail);
        var visits = row.Count(ItemColumns.Visits);
        var receivedOn = row.Date(ItemColumns.ReceivedOn, isEvent: true);
        var plannedCompletion = row.Date(ItemColumns.PlannedCompletion, isEvent: false);
        var reason = row.OptionalText(ItemColumns.Reason);

        CheckPresence(row, kind);
        CheckOrder(row, assignedOn, repliedOn, feedbackOn, rerepliedOn);
        CheckReceipt(row, assignedOn, receivedOn, repliedOn);
        CheckRehandling(row, satisfaction);
        if (row.Errors.Count > 0)
        {
            return false;
        }

        try
        {
            var models = row.Models;
            submission = new Submission(
                new ItemId(id!),
                kind!.Value,
                title!,
                assignedOn!.Value.Year,
                kind == SubmissionKind.Proposal ? models.Member(proposer) : models.Deputy(proposer),
                isKey: isKey!.Value);
            var lead = models.Unit(leadUnit);

            // An array of the known length, handed over without a copy; units and their assignments shared across rows.
            var assignments = new Assignment[1 + coUnits!.Length];
            assignments[0] = lead.Lead;
            for (var i = 0; i < coUnits.Length; i++)
            {
                assignments[i + 1] = models.Unit(coUnits[i]).CoHandling;
            }

            history = History(
                assignedOn.Value,
                ImmutableCollectionsMarshal.AsImmutableArray(assignments),
                isComplex!.Value,
                supervisor,
                extendedTo,
                faceToFace!.Value,
                phoneEmail!.Value,
                visits!.Value,
                repliedOn,
                result,
                feedbackOn,
                satisfaction,
                rerepliedOn,
                resatisfaction,
                receivedOn is { } signed ? new Received(signed, lead.Unit) : null,
                plannedCompletion,
                reason);
            return true;
        }
        catch (ArgumentException ex)
        {
            // The checks above leave no value the model refuses; should one slip through, it is this row's error, not an exception.
            submission = null;
            row.Error("(row)", string.Empty, LedgerErrorKind.LifecycleViolation, Refused(ex));
            return false;
        }
    }

    /// <summary>
    /// The second step of reading a row: its history folded into the item. The rules of the handling model judge the row,
    /// on the same deadline engine as the report (one home for each rule): an extension must end after the deadline it
    /// extends and within the limit, and so on. Null, with the rule broken (or the model's refusal), when it is refused.
    /// </summary>
    internal static HandledItem? Fold(Submission submission, EquatableArray<HandlingEvent> history, DeadlineEngine engine, out LifecycleViolation? violation, out string? refusal)
    {
        refusal = null;
        try
        {
            return HandledItem.TryCreate(submission, history, engine, out var item, out violation) ? item : null;
        }
        catch (ArgumentException ex)
        {
            violation = null;
            refusal = Refused(ex);
            return null;
        }
    }

    /// <summary>
    /// The error of a row whose fold was refused (<see cref="Fold"/>): a violation of the handling model on the column it
    /// concerns where it has one (延期至, named <paramref name="extendedToName"/> in the header and written
    /// <paramref name="extendedToRaw"/>), else on the row.
    /// </summary>
    internal static LedgerError FoldError(LifecycleViolation? violation, string? refusal, string file, int line, string extendedToName, string extendedToRaw)
    {
        if (violation is null)
        {
            return new LedgerError(file, line, "(row)", string.Empty, refusal ?? string.Empty, LedgerErrorKind.LifecycleViolation);
        }

        return violation.Rule switch
        {
            LifecycleRule.ExtensionNotAfterDeadline or LifecycleRule.ExtensionNotAfterDate =>
                new LedgerError(file, line, extendedToName, extendedToRaw, $"延期至 breaks rule {violation.Rule}: {violation.Reason}", LedgerErrorKind.ExtensionNotAfterRegularDeadline),
            LifecycleRule.ExtensionBeyondLimit or LifecycleRule.ExtensionAfterDeadline =>
                new LedgerError(file, line, extendedToName, extendedToRaw, $"延期至 breaks rule {violation.Rule}: {violation.Reason}", LedgerErrorKind.ExtensionTooLate),
            _ => new LedgerError(file, line, "(row)", violation.Rule.ToString(), violation.Message, LedgerErrorKind.LifecycleViolation),
        };
    }

    private static string Refused(ArgumentException ex) => "the handling model refused the row: " + WordsOf(ex);

    /// <summary>
    /// The event history of a ledger row. The ledger has no dates for the approval of an extension or for the
    /// communications, so they are recorded on 交办日期 (communications as 办中协商, one event per mode with its
    /// person-times); the satisfaction with a re-handled reply is recorded on 重办答复日期.
    /// </summary>
    internal static EquatableArray<HandlingEvent> History(
        LocalDate assignedOn,
        IEnumerable<Assignment> assignments,
        bool isComplex,
        string? supervisor,
        LocalDate? extendedTo,
        int faceToFace,
        int phoneEmail,
        int visits,
        LocalDate? repliedOn,
        ResultCategory? result,
        LocalDate? feedbackOn,
        SatisfactionLevel? satisfaction,
        LocalDate? rerepliedOn,
        SatisfactionLevel? resatisfaction,
        Received? receipt = null,
        LocalDate? plannedCompletion = null,
        string? reason = null)
    {
        // The events into an array of their exact number, wrapped without a copy (no list grown and copied per row).
        var feedback = repliedOn is not null && feedbackOn is not null && satisfaction is not null;
        var rehandled = feedback && rerepliedOn is not null;
        var count = 1
            + (supervisor is not null ? 1 : 0)
            + (extendedTo is not null ? 1 : 0)
            + (faceToFace > 0 ? 1 : 0)
            + (phoneEmail > 0 ? 1 : 0)
            + (visits > 0 ? 1 : 0)
            + (receipt is not null ? 1 : 0)
            + (repliedOn is not null ? 1 : 0)
            + (feedback ? 1 : 0)
            + (rehandled ? 2 + (resatisfaction is not null ? 1 : 0) : 0);
        var history = new HandlingEvent[count];
        var n = 0;
        history[n++] = new Assigned(assignedOn, assignments, isComplex);
        if (supervisor is not null)
        {
            history[n++] = new Supervised(assignedOn, supervisor);
        }

        if (extendedTo is { } extension)
        {
            history[n++] = new Extended(assignedOn, extension);
        }

        AddCommunication(history, ref n, assignedOn, CommunicationMode.FaceToFace, faceToFace);
        AddCommunication(history, ref n, assignedOn, CommunicationMode.Phone, phoneEmail);
        AddCommunication(history, ref n, assignedOn, CommunicationMode.Visit, visits);
        if (receipt is not null)
        {
            history[n++] = receipt;
        }

        if (repliedOn is { } replied)
        {
            history[n++] = new Replied(replied, result, PlannedCompletion: plannedCompletion, Reason: reason);
            if (feedback)
            {
                var given = feedbackOn!.Value;
                history[n++] = new FeedbackReceived(given, satisfaction!.Value);
                if (rerepliedOn is { } rereplied)
                {
                    history[n++] = new RehandlingStarted(given);

                    // items-json.md §4: the re-handled reply carries no result of its own; the first reply's stays the standing result.
                    history[n++] = new Replied(rereplied, null);
                    if (resatisfaction is { } relevel)
                    {
                        history[n++] = new FeedbackReceived(rereplied, relevel);
                    }
                }
            }
        }

        return new EquatableArray<HandlingEvent>(ImmutableCollectionsMarshal.AsImmutableArray(history));
    }

    private static void AddCommunication(HandlingEvent[] history, ref int n, LocalDate date, CommunicationMode mode, int personTimes)
    {
        if (personTimes > 0)
        {
            history[n++] = new Communicated(date, CommunicationStage.DuringHandling, mode, personTimes);
        }
    }

    private static SubmissionKind? Kind(RowReader row)
    {
        var text = row.ValueSpan(ItemColumns.Kind);
        if (text.IsEmpty)
        {
            row.Error(ItemColumns.Kind, LedgerErrorKind.MissingValue, $"missing required value of {ItemColumns.Kind}");
            return null;
        }

        if (LedgerValues.TryParseKind(text, out var kind))
        {
            return kind;
        }

        row.Error(ItemColumns.Kind, LedgerErrorKind.UnknownKind, "unknown 类别 (expected 建议, 提案 or 议案)");
        return null;
    }

    private static ResultCategory? Result(RowReader row)
    {
        var text = row.ValueSpan(ItemColumns.Result);
        if (text.IsEmpty)
        {
            return null;
        }

        if (LedgerValues.TryParseResult(text, out var category))
        {
            return category;
        }

        row.Error(ItemColumns.Result, LedgerErrorKind.UnknownResult, "unknown 办理结果 (expected A, B or C, optionally followed by 类)");
        return null;
    }

    private static LocalDate? AssignedOn(RowReader row)
    {
        var date = row.Date(ItemColumns.AssignedOn, isEvent: true);
        if (date is { Year: < FirstYear })
        {
            row.Error(ItemColumns.AssignedOn, LedgerErrorKind.BadDate, $"交办日期 must be in {FirstYear} or later");
            return null;
        }

        return date;
    }

    private static string[]? CoUnits(RowReader row, bool hasLead, ReadOnlySpan<char> leadUnit)
    {
        var units = row.Units(ItemColumns.CoUnits);
        if (units.Length == 0)
        {
            return units;
        }

        // A unit repeats the lead or an earlier unit (ordinal): a few units per cell, so a scan rather than a set.
        string[]? result = units;
        for (var i = 0; i < units.Length; i++)
        {
            var unit = units[i];
            var isLead = hasLead && unit.AsSpan().SequenceEqual(leadUnit);
            var repeated = isLead;
            for (var j = 0; j < i && !repeated; j++)
            {
                repeated = string.Equals(units[j], unit, StringComparison.Ordinal);
            }

            if (repeated)
            {
                row.Error(
                    ItemColumns.CoUnits,
                    LedgerErrorKind.DuplicateUnit,
                    isLead ? $"{unit} is the 主办单位 and cannot also be a 会办单位" : $"{unit} is named twice in 会办单位");
                result = null;
            }
        }

        return result;
    }

    /// <summary>签收日期 lies between 交办日期 and 答复日期.</summary>
    private static void CheckReceipt(RowReader row, LocalDate? assignedOn, LocalDate? receivedOn, LocalDate? repliedOn)
    {
        if (receivedOn < assignedOn)
        {
            row.Error(ItemColumns.ReceivedOn, LedgerErrorKind.ReceiptOutOfOrder, $"签收日期 is before 交办日期 {LedgerValues.FormatDate(assignedOn!.Value)}");
        }
        else if (receivedOn > repliedOn)
        {
            row.Error(ItemColumns.ReceivedOn, LedgerErrorKind.ReceiptOutOfOrder, $"签收日期 is after 答复日期 {LedgerValues.FormatDate(repliedOn!.Value)}");
        }
    }

    /// <summary>The rules on which columns go together (ledger.md §1.4).</summary>
    private static void CheckPresence(RowReader row, SubmissionKind? kind)
    {
        var replied = row.Has(ItemColumns.RepliedOn);
        var result = row.Has(ItemColumns.Result);
        var satisfaction = row.Has(ItemColumns.Satisfaction);
        var feedback = row.Has(ItemColumns.FeedbackOn);
        if (result && !replied)
        {
            row.Error(ItemColumns.Result, LedgerErrorKind.ResultWithoutReply, "a 办理结果 without a 答复日期");
        }

        if (replied && !result && kind is SubmissionKind.Suggestion or SubmissionKind.Proposal)
        {
            // A 议案 is not classified (ledger.md §1.1): its reply needs no result.
            row.Error(ItemColumns.Result, LedgerErrorKind.ReplyWithoutResult, "a 答复日期 without a 办理结果 (the reply to a 建议 or 提案 carries its result category A, B or C; only a 议案 is not classified)");
        }

        if (satisfaction && !replied)
        {
            row.Error(ItemColumns.Satisfaction, LedgerErrorKind.SatisfactionWithoutReply, "a 满意度 without a 答复日期");
        }

        if (satisfaction && !feedback)
        {
            row.Error(ItemColumns.Satisfaction, LedgerErrorKind.SatisfactionWithoutFeedbackDate, "a 满意度 without a 反馈日期");
        }

        if (feedback && !satisfaction)
        {
            row.Error(ItemColumns.FeedbackOn, LedgerErrorKind.FeedbackDateWithoutSatisfaction, "a 反馈日期 without a 满意度");
        }

        if (row.Has(ItemColumns.Resatisfaction) && !row.Has(ItemColumns.RerepliedOn))
        {
            row.Error(ItemColumns.Resatisfaction, LedgerErrorKind.ResatisfactionWithoutRereply, "a 重办满意度 without a 重办答复日期");
        }
    }

    private static void CheckOrder(RowReader row, LocalDate? assignedOn, LocalDate? repliedOn, LocalDate? feedbackOn, LocalDate? rerepliedOn)
    {
        if (repliedOn < assignedOn)
        {
            row.Error(ItemColumns.RepliedOn, LedgerErrorKind.ReplyBeforeAssignment, $"答复日期 is before 交办日期 {LedgerValues.FormatDate(assignedOn!.Value)}");
        }

        if (feedbackOn < repliedOn)
        {
            row.Error(ItemColumns.FeedbackOn, LedgerErrorKind.FeedbackBeforeReply, $"反馈日期 is before 答复日期 {LedgerValues.FormatDate(repliedOn!.Value)}");
        }

        if (rerepliedOn < feedbackOn)
        {
            row.Error(ItemColumns.RerepliedOn, LedgerErrorKind.RereplyBeforeFeedback, $"重办答复日期 is before 反馈日期 {LedgerValues.FormatDate(feedbackOn!.Value)}");
        }
    }

    /// <summary>重办 columns need an unsatisfied (不满意) first 满意度.</summary>
    private static void CheckRehandling(RowReader row, SatisfactionLevel? satisfaction)
    {
        var firstText = row.ValueSpan(ItemColumns.Satisfaction);
        if (satisfaction == SatisfactionLevel.Unsatisfied || (!firstText.IsEmpty && satisfaction is null))
        {
            // Unsatisfied, or an unknown 满意度 that is already reported.
            return;
        }

        if (!row.Has(ItemColumns.RerepliedOn) && !row.Has(ItemColumns.Resatisfaction))
        {
            return;
        }

        var shown = firstText.IsEmpty ? "empty" : firstText.ToString();
        foreach (var column in new[] { ItemColumns.RerepliedOn, ItemColumns.Resatisfaction })
        {
            if (row.Has(column))
            {
                row.Error(column, LedgerErrorKind.RehandlingWithoutDissatisfaction, $"{column.Chinese} given but the first 满意度 is {shown}, not 不满意");
            }
        }
    }

    /// <summary>
    /// The words of an argument exception of the model without what .NET appends to them (the " (Parameter 'x')" suffix
    /// and an "Actual value was …" line), so that a ledger error shows our words only.
    /// </summary>
    internal static string WordsOf(ArgumentException ex)
    {
        var message = ex.Message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline].TrimEnd('\r');
        }

        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter >= 0 ? message[..parameter] : message;
    }
}
