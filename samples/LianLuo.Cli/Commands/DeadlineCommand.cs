using System.Text.Encodings.Web;
using System.Text.Json;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo deadline --start YYYY-MM-DD (--months N | --days N | --working-days N | --deadline KIND [--kind KIND]) [--format text|json]
/// [--policy FILE|PRESET] [--calendar FILE]</c>: the end of a period counted as the Civil Code counts it on the China working
/// calendar, with its explanation; with <c>--deadline</c>, the period the deadline policy sets for that deadline and kind.
/// </summary>
public static class DeadlineCommand
{
    /// <summary>The deadlines of a policy by the names of its JSON form.</summary>
    private static readonly Dictionary<string, DeadlineKind> DeadlineKinds = new(StringComparer.Ordinal)
    {
        ["reply"] = DeadlineKind.Reply,
        ["complexReply"] = DeadlineKind.ComplexReply,
        ["rehandling"] = DeadlineKind.Rehandling,
        ["return"] = DeadlineKind.Return,
        ["coHandlingOpinion"] = DeadlineKind.CoHandlingOpinion,
        ["faceToFaceBeforeHandling"] = DeadlineKind.FaceToFaceBeforeHandling,
        ["satisfactionForm"] = DeadlineKind.SatisfactionForm,
        ["extensionLimit"] = DeadlineKind.ExtensionLimit,
        ["signIn"] = DeadlineKind.SignIn,
    };

    private static readonly Dictionary<string, SubmissionKind> SubmissionKinds = new(StringComparer.Ordinal)
    {
        ["suggestion"] = SubmissionKind.Suggestion,
        ["proposal"] = SubmissionKind.Proposal,
        ["motion"] = SubmissionKind.Motion,
    };

    internal static readonly CommandSpec Spec = new(
        "deadline",
        "usage: lianluo deadline --start YYYY-MM-DD (--months N | --days N | --working-days N | --deadline KIND [--kind suggestion|proposal|motion]) [--format text|json] [--policy FILE] [--calendar FILE]",
        """
        The end of a period counted as the Civil Code counts it (民法典 arts. 201-203) on the China working calendar:
        the first line is the deadline, then why. With --deadline, the period is the one the deadline policy (--policy,
        default ledger.md §2) sets for that deadline and kind, counted from --start, the day of its start event.
        """,
        [
            new("--start", "YYYY-MM-DD", "the day of the event the period runs from (not counted)"),
            new("--months", "N", "a period of N calendar months"),
            new("--days", "N", "a period of N calendar days"),
            new("--working-days", "N", "a period of N working days"),
            new("--deadline", "KIND", "the policy's period of a deadline: " + CommandArguments.OneOf(DeadlineKinds.Keys.ToList())),
            new("--kind", "KIND", "with --deadline, the kind of item: suggestion, proposal or motion; default: suggestion"),
            new("--format", "text|json", "the output; default: text"),
            PolicyInputs.Option,
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
        var deadlineKind = arguments["--deadline"] is not null ? arguments.Choice("--deadline", [.. DeadlineKinds.Keys]) : null;
        var submissionKind = arguments.Choice("--kind", [.. SubmissionKinds.Keys]);
        if (given == 0 && deadlineKind is null)
        {
            arguments.Error("one of --months N, --days N or --working-days N is required (or --deadline KIND for a period of the policy).");
        }
        else if (given > 1)
        {
            arguments.Error("give only one of --months, --days and --working-days.");
        }
        else if (given == 1 && arguments.Mentioned("--deadline"))
        {
            arguments.Error("give either a period (--months, --days, --working-days) or --deadline, not both.");
        }

        if (arguments.Mentioned("--kind") && !arguments.Mentioned("--deadline"))
        {
            arguments.Error("--kind goes with --deadline (a period given with --months, --days or --working-days is the same for every kind).");
        }

        var format = arguments.Choice("--format", ["text", "json"]);
        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        if (start is null || periods.Count + (deadlineKind is null ? 0 : 1) != 1)
        {
            throw new InvalidOperationException("the arguments were checked: --start and one period are known.");
        }

        if (CalendarInput.Load("deadline", arguments["--calendar"], stderr) is not { } calendar
            || PolicyInputs.Engine(arguments["--policy"], "deadline", stderr) is not { } policyEngine)
        {
            return CommandLine.BadInput;
        }

        var engine = ReferenceEquals(calendar, WorkingCalendar.China) ? policyEngine : policyEngine.WithCalendar(calendar);
        Deadline deadline;
        try
        {
            deadline = deadlineKind is null
                ? engine.Compute(start.Value, periods[0])
                : engine.Compute(DeadlineKinds[deadlineKind], SubmissionKinds[submissionKind], start.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Our words, not the framework's (no parameter names): the period runs past the last date a deadline can have.
            var period = deadlineKind is null ? periods[0].ToString() : engine.Policy.RuleFor(DeadlineKinds[deadlineKind], SubmissionKinds[submissionKind]).ToEnglish();
            stderr.WriteLine($"lianluo deadline: the deadline is beyond the year 9999: the period of {period} from {NodaTime.Text.LocalDatePattern.Iso.Format(start.Value)} ends after 9999-12-31, the last date a deadline can have.");
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
