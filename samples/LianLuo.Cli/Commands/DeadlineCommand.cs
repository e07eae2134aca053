using System.Globalization;
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
    internal const string Usage = "usage: lianluo deadline --start YYYY-MM-DD (--months N | --days N | --working-days N) [--format text|json]";

    /// <summary>Runs the command with the arguments after <c>deadline</c>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(Usage);
            return CommandLine.Success;
        }

        var errors = new List<string>();
        var options = ParseOptions(args, ["--start", "--months", "--days", "--working-days", "--format"], errors);
        LocalDate? start = null;
        if (options.TryGetValue("--start", out var startText))
        {
            start = ParseDate(startText, "--start", errors);
        }
        else
        {
            errors.Add("--start YYYY-MM-DD is required.");
        }

        var periods = new List<DeadlinePeriod>();
        AddPeriod(options, "--months", n => new CalendarMonths(n), periods, errors);
        AddPeriod(options, "--days", n => new CalendarDays(n), periods, errors);
        AddPeriod(options, "--working-days", n => new WorkingDays(n), periods, errors);
        if (periods.Count == 0 && !errors.Any(e => e.StartsWith("--months", StringComparison.Ordinal) || e.StartsWith("--days", StringComparison.Ordinal) || e.StartsWith("--working-days", StringComparison.Ordinal)))
        {
            errors.Add("one of --months N, --days N or --working-days N is required.");
        }
        else if (periods.Count > 1)
        {
            errors.Add("give only one of --months, --days and --working-days.");
        }

        var format = options.GetValueOrDefault("--format", "text");
        if (format is not ("text" or "json"))
        {
            errors.Add($"--format must be text or json (value: {format}).");
        }

        if (errors.Count > 0 || start is null || periods.Count != 1)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine($"lianluo deadline: {error}");
            }

            stderr.WriteLine(Usage);
            return CommandLine.BadInput;
        }

        Deadline deadline;
        try
        {
            deadline = DeadlineEngine.Default.Compute(start.Value, periods[0]);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            stderr.WriteLine($"lianluo deadline: the deadline is out of range ({ex.Message.Split(Environment.NewLine)[0]})");
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

    /// <summary>Parses <c>--name value</c> (or <c>--name=value</c>) options, reporting unknown, repeated and valueless ones.</summary>
    internal static Dictionary<string, string> ParseOptions(IReadOnlyList<string> args, IReadOnlyCollection<string> known, List<string> errors)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string name;
            string? value;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }
            else
            {
                name = arg;
                value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            }

            if (!known.Contains(name))
            {
                errors.Add(arg.StartsWith('-') ? $"unknown option {name}." : $"unexpected argument '{arg}'.");
                continue;
            }

            if (value is null)
            {
                errors.Add($"{name} needs a value.");
                continue;
            }

            if (!options.TryAdd(name, value))
            {
                errors.Add($"{name} is given more than once.");
            }
        }

        return options;
    }

    /// <summary>Parses a <c>YYYY-MM-DD</c> date, reporting a clear error.</summary>
    internal static LocalDate? ParseDate(string text, string what, List<string> errors)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (result.Success && text.Trim().Length == 10)
        {
            return result.Value;
        }

        errors.Add($"{what} must be an existing date written YYYY-MM-DD (value: {text}).");
        return null;
    }

    private static void AddPeriod(Dictionary<string, string> options, string name, Func<int, DeadlinePeriod> create, List<DeadlinePeriod> periods, List<string> errors)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            periods.Add(create(n));
        }
        else
        {
            errors.Add($"{name} must be a whole number, 0 or more (value: {text}).");
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
