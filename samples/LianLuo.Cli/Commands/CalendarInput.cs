using System.Globalization;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;

namespace LianLuo.Cli.Commands;

/// <summary>
/// The <c>--calendar FILE</c> option of every command that computes: calendar additions in the china-holidays.json format
/// (e.g. the output of <c>calendar --notice</c>) added to the embedded China calendar, and the one deadline engine on it.
/// </summary>
internal static class CalendarInput
{
    /// <summary>The option, as each command's spec lists it.</summary>
    internal static readonly CommandOption Option = new(
        "--calendar",
        "FILE",
        "calendar additions in the china-holidays.json format (e.g. the output of calendar --notice); default: the embedded data");

    /// <summary>
    /// The embedded China calendar with the additions of <paramref name="file"/> (the calendar itself when null), or null
    /// after printing every problem as <c>FILE:LINE: JSON-PATH: reason (value)</c>.
    /// </summary>
    internal static WorkingCalendar? Load(string command, string? file, TextWriter stderr)
    {
        if (file is null)
        {
            return WorkingCalendar.China;
        }

        string json;
        try
        {
            json = File.ReadAllText(file, System.Text.Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"lianluo {command}: cannot read the calendar {file}: {ex.Message}");
            return null;
        }

        if (WorkingCalendar.China.TryWithYearsFromJson(json, out var calendar, out var problems))
        {
            return calendar;
        }

        foreach (var problem in problems)
        {
            stderr.WriteLine($"{file}:{(problem.Line ?? 1).ToString(CultureInfo.InvariantCulture)}: {problem.Path}: {problem.Message}");
        }

        return null;
    }

    /// <summary>The command's one deadline engine: the default policy on <paramref name="calendar"/>.</summary>
    internal static DeadlineEngine Engine(WorkingCalendar calendar) =>
        ReferenceEquals(calendar, WorkingCalendar.China) ? DeadlineEngine.Default : DeadlineEngine.Default.WithCalendar(calendar);
}
