using System.Globalization;

namespace LianLuo.Domain;

/// <summary>
/// One problem found in input or in a step of handling, in the one shape every reader and rule of the library shares: a
/// stable <see cref="Code"/>, where it is (<see cref="Location"/>), why (<see cref="Message"/>) and the offending value
/// (<see cref="Value"/>). A host shows every kind of problem the same way through this interface; the specific types
/// (<c>LedgerError</c>, <c>ItemDocumentError</c>, <c>LifecycleViolation</c>, <c>ClassificationViolation</c>,
/// <c>SchemeProblem</c>, <c>DeadlinePolicyProblem</c>, <c>CalendarProblem</c>, <c>HolidayNoticeProblem</c>) keep their
/// typed details (the rule, the line, the item) beside it.
/// </summary>
/// <example>
/// <code>
/// foreach (IProblem problem in result.Errors)
/// {
///     Console.WriteLine($"{problem.Location}: {problem.Message} [{problem.Code}]");
/// }
/// </code>
/// </example>
public interface IProblem
{
    /// <summary>
    /// A stable, machine-readable code: the area, a dot and the specific kind or rule where the area has kinds, e.g.
    /// <c>ledger.BadDate</c>, <c>lifecycle.EventsOutOfOrder</c>, <c>scheme.Json</c>; the area alone where it has none
    /// (<c>calendar</c>, <c>deadline-policy</c>, <c>holiday-notice</c>). Codes do not change with the wording of messages.
    /// </summary>
    string Code { get; }

    /// <summary>
    /// Where the problem is, as precisely as its source allows: <c>FILE:LINE: COLUMN</c> for a ledger row,
    /// <c>FILE:LINE: $.items[3].events[2].date</c> for an item-history document, a JSON path such as
    /// <c>indicators[0].maxPoints</c> for a scheme or a policy, <c>events[4]</c> for an event of a history.
    /// </summary>
    string Location { get; }

    /// <summary>Why the value or step is refused, naming the rule, in the library's words.</summary>
    string Message { get; }

    /// <summary>The offending value as written, or null when there is none (a missing member, a file as a whole).</summary>
    string? Value { get; }
}

/// <summary>
/// A problem as a plain value, in the shape of <see cref="IProblem"/>: what a host keeps, sends or compares when it does
/// not need the typed details of the specific problem. Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Code">The stable code (see <see cref="IProblem.Code"/>).</param>
/// <param name="Location">Where the problem is (see <see cref="IProblem.Location"/>).</param>
/// <param name="Message">Why, naming the rule.</param>
/// <param name="Value">The offending value as written, or null when there is none.</param>
/// <example>
/// <code>
/// IReadOnlyList&lt;Problem&gt; all = [.. ledgerErrors.Select(Problem.From), .. schemeProblems.Select(Problem.From)];
/// </code>
/// </example>
public sealed record Problem(string Code, string Location, string Message, string? Value) : IProblem
{
    /// <summary>The code (see <see cref="IProblem.Code"/>).</summary>
    /// <exception cref="ArgumentException">The code is null, empty or white space.</exception>
    public string Code { get; init; } = string.IsNullOrWhiteSpace(Code)
        ? throw new ArgumentException("A problem needs a code, such as ledger.BadDate.", nameof(Code))
        : Code;

    /// <summary>Where the problem is (see <see cref="IProblem.Location"/>); may be empty when a problem concerns no place.</summary>
    /// <exception cref="ArgumentNullException">The location is null.</exception>
    public string Location { get; init; } = Location ?? throw new ArgumentNullException(nameof(Location));

    /// <summary>Why, naming the rule.</summary>
    /// <exception cref="ArgumentException">The message is null, empty or white space.</exception>
    public string Message { get; init; } = string.IsNullOrWhiteSpace(Message)
        ? throw new ArgumentException("A problem needs a message saying what is wrong.", nameof(Message))
        : Message;

    /// <summary>Copies any problem into a plain <see cref="Problem"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>A problem with the same code, location, message and value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public static Problem From(IProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem as Problem ?? new Problem(problem.Code, problem.Location, problem.Message, problem.Value);
    }

    /// <summary><c>LOCATION: message (value)</c>, or without the parts that are empty.</summary>
    public override string ToString() => Format(this);

    /// <summary>Formats any problem as <c>LOCATION: message (value)</c>, leaving out an empty location and a null value.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The problem on one line as the library's command line prints it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public static string Format(IProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var where = string.IsNullOrEmpty(problem.Location) ? string.Empty : problem.Location + ": ";
        return problem.Value is null
            ? string.Create(CultureInfo.InvariantCulture, $"{where}{problem.Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{where}{problem.Message} ({problem.Value})");
    }
}
