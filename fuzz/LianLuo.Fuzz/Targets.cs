using System.Text;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Office;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Fuzz;

/// <summary>
/// One fuzz target per reader. The oracle: a reader may report problems in any number, but any exception at all
/// is a crash, because every entry used here is documented to report bad input as problems, not to throw
/// (in-memory input cannot raise the documented I/O exceptions, and the arguments are never null). Where a reader
/// accepts the input, what it built is used as a caller would (serialised again, or a calendar asked about the
/// days it covers), since that is where accepted-but-impossible data would show.
/// </summary>
internal static class Targets
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);

    /// <summary>The targets by name, in the order the scripts run them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["items-csv"] = ItemsCsv,
        ["activities-csv"] = ActivitiesCsv,
        ["scheme-json"] = SchemeJson,
        ["calendar-json"] = CalendarJson,
        ["policy-json"] = PolicyJson,
        ["notice-text"] = NoticeText,
        ["items-json"] = ItemsJson,
        ["workbook"] = Workbook,
    };

    private static void ItemsCsv(byte[] input)
    {
        var result = LedgerReader.ReadItems(input, "fuzz.csv", new LedgerReadOptions(AsOf));
        Touch(result.Errors.Select(e => e.ToString()));
        if (result.IsUsable)
        {
            Documented<ArgumentException>(() => LedgerWriter.WriteItems(Stream.Null, result.Rows));
        }
    }

    private static void ActivitiesCsv(byte[] input)
    {
        var result = LedgerReader.ReadActivities(input, "fuzz.csv", new LedgerReadOptions(AsOf));
        Touch(result.Errors.Select(e => e.ToString()));
        if (result.IsUsable)
        {
            Documented<ArgumentException>(() => LedgerWriter.WriteActivities(Stream.Null, result.Rows));
        }
    }

    private static void SchemeJson(byte[] input)
    {
        if (EvaluationSchemeJson.TryRead(input, out var scheme, out var problems))
        {
            _ = EvaluationSchemeJson.Write(scheme);
        }

        Touch(problems.Select(p => p.ToString()));
    }

    private static void CalendarJson(byte[] input)
    {
        var json = Encoding.UTF8.GetString(input);
        if (WorkingCalendar.China.TryWithYearsFromJson(json, out var calendar, out var problems))
        {
            UseCalendar(calendar);
        }

        Touch(problems.Select(p => p.ToString()));
    }

    private static void PolicyJson(byte[] input)
    {
        var json = Encoding.UTF8.GetString(input);
        if (DeadlinePolicyJson.TryRead(json, out var policy, out var problems))
        {
            _ = DeadlinePolicyJson.Write(policy);
            Touch(policy.Describe(ExplanationLanguage.Chinese));
            Touch(policy.Describe(ExplanationLanguage.English));
        }

        Touch(problems.Select(p => p.ToString()));
    }

    private static void NoticeText(byte[] input)
    {
        if (!HolidayNoticeParser.TryParse(input, out var notice, out var problems))
        {
            Touch(problems.Select(p => p.ToString()));
            return;
        }

        _ = notice.ToString();
        WorkingCalendar calendar;
        try
        {
            calendar = WorkingCalendar.China.WithNotice(notice);
        }
        catch (CalendarDataException ex)
        {
            // Documented: the notice's days break a rule of the calendar.
            Touch(ex.Problems.Select(p => p.ToString()));
            return;
        }

        UseCalendar(calendar);
        if (WorkingCalendar.China.TryWithYearsFromJson(notice.ToJson(), out var again, out var problemsAgain))
        {
            UseCalendar(again);
        }

        Touch(problemsAgain.Select(p => p.ToString()));
    }

    private static void ItemsJson(byte[] input)
    {
        using var stream = new MemoryStream(input, writable: false);
        var result = ItemDocumentReader.Read(stream, new ItemDocumentReadOptions { FileName = "fuzz.json", AsOf = AsOf });
        Touch(result.Errors.Select(e => e.ToString()));
        if (result.IsValid)
        {
            Documented<ArgumentException>(() => ItemDocumentWriter.Write(Stream.Null, result.Items, result.Activities));
        }
    }

    private static void Workbook(byte[] input)
    {
        var result = WorkbookLedgerReader.ReadItems(input, "fuzz.xlsx", new LedgerReadOptions(AsOf));
        Touch(result.Errors.Select(e => e.ToString()));
    }

    /// <summary>Asks an accepted calendar about every day it was given data for, and across its edges.</summary>
    private static void UseCalendar(WorkingCalendar calendar)
    {
        _ = calendar.ToJson();
        if (calendar.IndexedFrom is not { } from || calendar.IndexedTo is not { } to)
        {
            return;
        }

        foreach (var year in calendar.NoticeYears)
        {
            _ = calendar.GetNoticeYear(year);
        }

        foreach (var day in calendar.ExtraRestDays.Concat(calendar.ExtraWorkingDays))
        {
            _ = calendar.Describe(day.Date);
        }

        _ = calendar.IsWorkingDay(from);
        _ = calendar.IsWorkingDay(to);
        _ = calendar.Describe(to);
        _ = calendar.WorkingDaysBetween(from, to);
        _ = calendar.PendingNoticeYears(from, to);
    }

    /// <summary>Runs a step whose documented exception is not a finding (a writer refusing what it cannot hold).</summary>
    private static void Documented<TException>(Action step)
        where TException : Exception
    {
        try
        {
            step();
        }
        catch (TException ex) when (ex.GetType() == typeof(TException))
        {
            // Documented refusal; its message is still built, as a caller would show it.
            ArgumentNullException.ThrowIfNull(ex.Message);
        }
    }

    private static void Touch(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            ArgumentNullException.ThrowIfNull(line);
        }
    }
}
