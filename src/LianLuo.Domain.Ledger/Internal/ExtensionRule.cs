using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// The 延期至 rule of ledger.md §1.4: an extension must end after the item's regular reply deadline and at most
/// 6 months after 交办日期.
/// </summary>
internal static class ExtensionRule
{
    internal const int MaxExtensionMonths = 6;

    internal static void Check(RowReader row, SubmissionKind kind, LocalDate assignedOn, bool isComplex, LocalDate extendedTo)
    {
        var regular = RegularDeadline(kind, assignedOn, isComplex);
        if (extendedTo <= regular)
        {
            row.Error(
                ItemColumns.ExtendedTo,
                LedgerErrorKind.ExtensionNotAfterRegularDeadline,
                $"延期至 is not after the regular reply deadline {LedgerValues.FormatDate(regular)}");
        }

        var latest = assignedOn.PlusMonths(MaxExtensionMonths);
        if (extendedTo > latest)
        {
            row.Error(
                ItemColumns.ExtendedTo,
                LedgerErrorKind.ExtensionTooLate,
                $"延期至 is more than {MaxExtensionMonths} months after 交办日期 (latest {LedgerValues.FormatDate(latest)})");
        }
    }

    private static LocalDate RegularDeadline(SubmissionKind kind, LocalDate assignedOn, bool isComplex)
    {
        _ = kind;
        var end = assignedOn.PlusMonths(isComplex ? 6 : 3);
        while (end.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            end = end.PlusDays(1);
        }

        return end;
    }
}
