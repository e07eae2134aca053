using LianLuo.Domain.Ledger;
using LianLuo.Domain.Office;
using LianLuo.Domain.Reporting;
using NodaTime;
using LianLuo.Domain.Serialization;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo report [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--issuer NAME] [--format text|json|markdown|docx|tally] [--output FILE] [--lenient]</c>:
/// the annual liaison report of ledger.md §3, as the Chinese summary (text, in the words of the issuer's level), the exact
/// JSON, or Markdown with tables; <c>--format tally</c> writes the ledger's mergeable counts (docs/tally-json.md), and
/// <c>--merge FILE…</c> reports on the union of the ledgers whose tallies are given.
/// </summary>
public static class ReportCommand
{
    internal static readonly CommandSpec Spec = new(
        "report",
        "usage: lianluo report [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--issuer NAME] [--format text|json|markdown|docx|tally] [--name NAME] [--merge TALLY-FILE...] [--output FILE] [--lenient] [--calendar FILE] [--policy FILE]",
        """
        The annual liaison report (年度人大政协联络工作总结) of ledger.md §3: the Chinese summary (text), the exact JSON,
        Markdown with tables by unit and by category, or a Word document (docx) in the 公文 layout of GB/T 9704-2012 with
        an appendix of tables. Without --items and --activities it reports on the bundled sample city.
        --format tally writes the ledger's mergeable counts instead (a tally document, docs/tally-json.md: counts only, no
        item data), named after --name, else --issuer, else the output file. --merge reports on the union of the ledgers
        whose tallies are given (a province from its cities), figure for figure what a report on the concatenated ledgers
        gives, with a table by city; the findings count their items but cannot list them. Tallies of different as-of dates
        or years, computed under another scheme or policy, or of the same ledger given twice are refused.
        """,
        [
            new("--items", "FILE", "the items ledger (CSV or Excel .xlsx) or item-history document (JSON); default: the bundled sample"),
            new("--activities", "FILE", "the activities ledger (CSV or Excel .xlsx); default: the document's own activities, if any"),
            new("--as-of", "YYYY-MM-DD", "the date of the figures; default: today in Asia/Shanghai"),
            new("--year", "YYYY", "keep the items assigned (交办) in that year and the activities dated in it"),
            new("--issuer", "NAME", "who issues the summary (发文机关), e.g. 区政府 or 城关区人民政府; its level decides the words; default: 市政府"),
            new("--format", "text|json|markdown|docx|tally", "the output; default: text (docx needs --output; tally: the mergeable counts)"),
            new("--name", "NAME", "with --format tally: the city or issuer the tally is of (default: --issuer, else the output file's name)"),
            new("--merge", null, "report on the union of the tally files given after the options (TALLY-FILE...)"),
            new("--output", "FILE", "write the output to FILE instead of standard output (required for docx)"),
            new("--lenient", null, "leave out the rows with errors (listed on standard error) instead of refusing the ledger"),
            CalendarInput.Option,
            PolicyInputs.Option,
        ],
        "[TALLY-FILE...]");

    /// <summary>Runs the command with the arguments after <c>report</c> and the system clock; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the command with the arguments after <c>report</c>; "today" comes from <paramref name="clock"/> in Asia/Shanghai.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        var arguments = CommandArguments.Parse(Spec, args);
        var asOf = arguments.Date("--as-of", LedgerReadOptions.LatestAsOf);
        var year = arguments.Int("--year", 1949, 9999);
        // tally is checked apart so that the message for a wrong --format stays that of the report formats.
        var format = arguments["--format"] == "tally" ? "tally" : arguments.Choice("--format", ["text", "json", "markdown", "docx"]);
        var output = arguments["--output"];
        if (format == "docx" && output is null)
        {
            arguments.Error("--format docx needs --output FILE (a Word document is not printed on standard output).");
        }

        var merge = arguments.Has("--merge");
        CheckTallyArguments(arguments, args, merge, format);

        var issuer = arguments["--issuer"] ?? Issuer.CityGovernment.Name;
        if (!Issuer.TryParse(issuer, out var issuedBy, out var issuerProblem))
        {
            arguments.Error($"--{issuerProblem.Message}.");
        }
        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        if (CalendarInput.Load("report", arguments["--calendar"], stderr) is not { } calendar
            || PolicyInputs.Engine(arguments["--policy"], "report", stderr) is not { } policyEngine)
        {
            return CommandLine.BadInput;
        }

        var engine = policyEngine.WithCalendar(calendar);
        if (merge)
        {
            return Merge(arguments.Positionals, new AnnualReportOptions { Engine = engine }, format, output, issuer, issuedBy!, stdout, stderr);
        }

        var date = asOf ?? engine.CurrentDate(clock);
        var options = new AnnualReportOptions { Year = year, Engine = engine };

        // The items are streamed into the report (or the tally): never all in memory; the result is dropped if a strict ledger has errors.
        using var input = LedgerInputs.Open("report", arguments["--items"], arguments["--activities"], readActivities: true, date, arguments.Has("--lenient"), engine, stderr);
        if (input is null)
        {
            return CommandLine.BadInput;
        }

        if (format == "tally")
        {
            var name = TallyName(arguments["--name"], arguments["--issuer"], output);
            if (!input.Run(
                items =>
                {
                    var accumulator = new AnnualReportAccumulator(date, options);
                    accumulator.AddRange(items);
                    accumulator.AddRange(input.Activities);
                    return accumulator.ToTally(name);
                },
                out var tally))
            {
                return CommandLine.BadInput;
            }

            return Emit(ReportTallyJson.Write(tally), output, "the tally", stdout, stderr);
        }

        if (!input.Run(items => AnnualReportBuilder.Build(items, input.Activities, date, options), out var report))
        {
            return CommandLine.BadInput;
        }

        return Render(report, format, output, issuer, issuedBy!, stdout, stderr);
    }

    private static void CheckTallyArguments(CommandArguments arguments, IReadOnlyList<string> args, bool merge, string? format)
    {
        if (merge)
        {
            if (arguments.Positionals.Count == 0)
            {
                arguments.Error("--merge needs the tally files to merge (lianluo report --merge a.tally.json b.tally.json).");
            }

            foreach (var option in new[] { "--items", "--activities", "--as-of", "--year", "--lenient", "--name" })
            {
                if (arguments.Mentioned(option))
                {
                    arguments.Error($"{option} does not go with --merge (the tallies carry their own as-of date, year and figures).");
                }
            }

            if (format == "tally")
            {
                arguments.Error("--merge makes a report (text, json, markdown or docx), not a tally.");
            }
        }
        else
        {
            // A word after an unknown option is taken as its value (reported with the option), as for every command.
            var stray = arguments.Positionals.FirstOrDefault(p =>
            {
                var at = IndexOf(args, p);
                return at <= 0 || !args[at - 1].StartsWith('-') || Spec.Options.Any(o => o.Name == args[at - 1].Split('=')[0]);
            });
            if (stray is not null)
            {
                arguments.Error($"unexpected argument '{stray}' (tally files are given after --merge).");
            }

            if (format != "tally" && arguments.Mentioned("--name"))
            {
                arguments.Error("--name goes with --format tally.");
            }

            if (format == "tally" && arguments["--name"] is null && arguments["--issuer"] is null && arguments["--output"] is null)
            {
                arguments.Error("--format tally needs the name of the city or issuer: give --name NAME, --issuer NAME or --output 某市.tally.json.");
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (string.Equals(args[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The tally's name: --name, else --issuer, else the output file's name without .tally.json (or .json).</summary>
    private static string TallyName(string? name, string? issuer, string? output)
    {
        if ((name ?? issuer) is { } given)
        {
            return given;
        }

        var file = Path.GetFileName(output!);
        foreach (var suffix in new[] { ".tally.json", ".json" })
        {
            if (file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && file.Length > suffix.Length)
            {
                return file[..^suffix.Length];
            }
        }

        return file;
    }

    private static int Merge(IReadOnlyList<string> files, AnnualReportOptions options, string? format, string? output, string issuer, Issuer issuedBy, TextWriter stdout, TextWriter stderr)
    {
        AnnualReport report;
        try
        {
            var tallies = files.Select(ReportTallyJson.ReadFile).ToList();
            report = ReportTallies.Merge(tallies, options);
        }
        catch (ReportTallyException ex)
        {
            stderr.WriteLine($"report --merge: {ex.Message}");
            return CommandLine.BadInput;
        }

        return Render(report, format, output, issuer, issuedBy!, stdout, stderr);
    }

    private static int Emit(string text, string? output, string what, TextWriter stdout, TextWriter stderr)
    {
        if (output is not null)
        {
            return CommandOutput.Write("report", output, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)), what, stdout, stderr);
        }

        stdout.Write(text);
        return CommandLine.Success;
    }

    private static int Render(AnnualReport report, string? format, string? output, string issuer, Issuer issuedBy, TextWriter stdout, TextWriter stderr)
    {
        if (format == "docx")
        {
            return CommandOutput.Write("report", output!, stream => SummaryDocument.Write(stream, report, issuedBy), "the annual summary (Word, GB/T 9704-2012 layout)", stdout, stderr);
        }

        var text = format switch
        {
            "json" => AnnualReportJson.Write(report) + "\n",
            "markdown" => MarkdownReportRenderer.Render(report),
            _ => ChineseSummaryRenderer.Render(report, issuer: issuer),
        };
        return Emit(text, output, $"the report ({format})", stdout, stderr);
    }
}
