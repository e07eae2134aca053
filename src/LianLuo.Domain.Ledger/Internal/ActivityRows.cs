using LianLuo.Domain.Model;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>Turns a data row of the activities ledger into a <see cref="LiaisonActivity"/>, or into errors.</summary>
internal static class ActivityRows
{
    internal static LiaisonActivity? Read(RowReader row)
    {
        var date = row.Date(ActivityColumns.Date, isEvent: true);
        var type = Type(row);
        var topic = row.OptionalText(ActivityColumns.Topic);
        var leaders = row.Count(ActivityColumns.LeaderAttendances);
        var members = row.Count(ActivityColumns.MemberAttendances);
        return row.Errors.Count > 0
            ? null
            : new LiaisonActivity(date!.Value, type!.Value, topic, leaders!.Value, members!.Value);
    }

    private static ActivityType? Type(RowReader row)
    {
        var text = row.ValueSpan(ActivityColumns.Type);
        if (text.IsEmpty)
        {
            row.Error(ActivityColumns.Type, LedgerErrorKind.MissingValue, $"missing required value of {ActivityColumns.Type}");
            return null;
        }

        if (LedgerValues.TryParseActivityType(text, out var type))
        {
            return type;
        }

        row.Error(ActivityColumns.Type, LedgerErrorKind.UnknownActivityType, $"unknown 类型 (expected one of {LedgerValues.ActivityTypeNames})");
        return null;
    }
}
