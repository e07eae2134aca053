using System.Text.Encodings.Web;
using System.Text.Json;
using LianLuo.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo deadline --start YYYY-MM-DD (--months N | --days N | --working-days N) [--format text|json]</c>: the end of a
/// period counted as the Civil Code counts it on the China working calendar, with its explanation.
/// </summary>
public static class DeadlineCommand
{
    internal static readonly CommandSpec Spec = new(
        "deadline",
        "usage: lianluo deadline --start YYYY-MM-DD (--months N | --days N | --working-days N) [--format text|json] [--calendar FILE]",
        """
        The end of a period counted as the Civil Code counts it (民法典 arts. 201-203) on the China working calendar:
        the first line is the deadline, then why.
        """,
        [
            new("--start", "YYYY-MM-DD", "the day of the event the period runs from (not counted)"),
            new("--months", "N", "a period of N calendar months"),
            new("--days", "N", "a period of N calendar days"),
            new("--working-days", "N", "a period of N working days"),
            new("--format", "text|json", "the output; default: text"),
            CalendarInput.Option,
        ]);

    private static readonly string[] PeriodOptions = ["--months", "--days", "--working-days"];

    /// <summary>Runs the command with the arguments after <c>deadline</c>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var arguments = CommandArguments.Parse(Spec, args);
        var start = arguments.Required("--start") is { } startText ? arguments.ParseDate("--start", startText) : null;
        var periods = new List<DeadlinePeriod>();
        AddPeriod(arguments, "--months", n => new CalendarMonths(n), periods);
        AddPeriod(arguments, "--days", n => new CalendarDays(n), periods);
        AddPeriod(arguments, "--working-days", n => new WorkingDays(n), periods);
        var given = PeriodOptions.Count(arguments.Mentioned);
        if (given == 0)
        {
            arguments.Error("one of --months N, --days N or --working-days N is required.");
        }
        else if (given > 1)
        {
            arguments.Error("give only one of --months, --days and --working-days.");
        }

        var format = arguments.Choice("--format", ["text", "json"]);
        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        if (start is null || periods.Count != 1)
        {
            throw new InvalidOperationException("the arguments were checked: --start and one period are known.");
        }

        if (CalendarInput.Load("deadline", arguments["--calendar"], stderr) is not { } calendar)
        {
            return CommandLine.BadInput;
        }

        Deadline deadline;
        try
        {
            deadline = CalendarInput.Engine(calendar).Compute(start.Value, periods[0]);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Our words, not the framework's (no parameter names): the period runs past the last date a deadline can have.
            stderr.WriteLine($"lianluo deadline: the deadline is beyond the year 9999: the period of {periods[0]} from {NodaTime.Text.LocalDatePattern.Iso.Format(start.Value)} ends after 9999-12-31, the last date a deadline can have.");
            return CommandLine.BadInput;
        }
        catch (OverflowException)
        {
            stderr.WriteLine("lianluo deadline: the deadline is beyond the year 9999.");
            return CommandLine.BadInput;
        }

        var lines = deadline.Explanation.ToLines(ExplanationLanguage.Chinese);
        if (format == "json")
        {
            stdout.WriteLine(ToJson(start.Value, deadline, lines));
        }
        else
        {
            stdout.WriteLine(LocalDatePattern.Iso.Format(deadline.Date));
            foreach (var line in lines)
            {
                stdout.WriteLine(line);
            }
        }

        return CommandLine.Success;
    }

    private static void AddPeriod(CommandArguments arguments, string name, Func<int, DeadlinePeriod> create, List<DeadlinePeriod> periods)
    {
        if (arguments.Int(name, 0) is { } n)
        {
            periods.Add(create(n));
        }
    }

    private static string ToJson(LocalDate start, Deadline deadline, IReadOnlyList<string> lines)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("start", LocalDatePattern.Iso.Format(start));
            writer.WriteString("deadline", LocalDatePattern.Iso.Format(deadline.Date));
            writer.WriteBoolean("provisional", deadline.IsProvisional);
            writer.WriteStartArray("explanation");
            foreach (var line in lines)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
