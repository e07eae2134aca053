using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Calendars;

/// <summary>
/// A date arranged by a holiday notice or a local rule, with the name of the holiday it belongs to
/// (e.g. <c>2025-01-26 春节</c>, a make-up working day of the Spring Festival). Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Name">The holiday (元旦, 春节, …) or, for a local extra day, its name.</param>
public readonly record struct ArrangedDay(LocalDate Date, string Name)
{
    /// <inheritdoc/>
    public override string ToString() => $"{LocalDatePattern.Iso.Format(Date)} {Name}";
}

/// <summary>
/// One problem found in calendar data (a notice year, a JSON file, extra days): where, and what is wrong.
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Path">Where the problem is, e.g. <c>years.2027.workDays[1]</c>.</param>
/// <param name="Message">What is wrong, naming the value and the rule.</param>
public sealed record CalendarProblem(string Path, string Message) : IProblem
{
    /// <summary><c>calendar</c>.</summary>
    string IProblem.Code => "calendar";

    /// <summary>The path, after <c>line N, </c> when the data was read from JSON.</summary>
    string IProblem.Location => Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}, {Path}") : Path;

    /// <summary>Null: the message names the value.</summary>
    string? IProblem.Value => null;

    /// <summary>The 1-based line of the JSON text the problem is on, when the data was read from JSON; otherwise null.</summary>
    public int? Line { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Thrown when calendar data (a notice year, a JSON file, extra days) is invalid; lists every problem found, not only the first.
/// </summary>
public sealed class CalendarDataException : Exception
{
    /// <summary>Creates the exception for a list of problems.</summary>
    public CalendarDataException(IEnumerable<CalendarProblem> problems)
        : this([.. problems ?? throw new ArgumentNullException(nameof(problems))], 0)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CalendarDataException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public CalendarDataException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates the exception with no message.</summary>
    public CalendarDataException() => Problems = [];

    private CalendarDataException(CalendarProblem[] problems, int unused)
        : base(FormatMessage(problems))
    {
        _ = unused;
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<CalendarProblem> Problems { get; }

    private static string FormatMessage(CalendarProblem[] problems) =>
        $"The calendar data has {problems.Length} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  " + p))}";
}
