using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// The 延期至 rule of ledger.md §1.4, on the reader's <see cref="DeadlineEngine"/>: an extension must end after the
/// item's regular reply deadline (3 months from 交办日期, 6 when complex, under the default policy) and not after the
/// extension limit (6 months from 交办日期 under the default policy), both counted as the Civil Code counts periods;
/// 延期至 itself is moved to the next working day when it is a rest day, as a deadline is. A policy that allows
/// extensions beyond the limit (<see cref="DeadlinePolicy.AllowExtensionBeyondLimit"/>) drops the second check.
/// </summary>
internal static class ExtensionRule
{
    internal static void Check(RowReader row, DeadlineEngine engine, SubmissionKind kind, LocalDate assignedOn, bool isComplex, LocalDate extendedTo)
    {
        DeadlineDate regular, limit;
        LocalDate extended;
        try
        {
            regular = engine.RegularReplyDate(kind, assignedOn, isComplex);
            limit = engine.ComputeDate(assignedOn, engine.Policy.RuleFor(DeadlineKind.ExtensionLimit, kind));
            extended = engine.Calendar.NextWorkingDayOnOrAfter(extendedTo);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            row.Error(ItemColumns.ExtendedTo, LedgerErrorKind.ExtensionTooLate, $"延期至 cannot be checked: a deadline is out of range ({ex.Message})");
            return;
        }

        if (extendedTo <= regular.Date)
        {
            row.Error(
                ItemColumns.ExtendedTo,
                LedgerErrorKind.ExtensionNotAfterRegularDeadline,
                $"延期至 is not after the regular reply deadline {LedgerValues.FormatDate(regular.Date)}");
        }
        else if (!engine.Policy.AllowExtensionBeyondLimit && extended > limit.Date)
        {
            row.Error(
                ItemColumns.ExtendedTo,
                LedgerErrorKind.ExtensionTooLate,
                $"延期至 is beyond the extension limit {LedgerValues.FormatDate(limit.Date)} counted from 交办日期");
        }
    }
}
