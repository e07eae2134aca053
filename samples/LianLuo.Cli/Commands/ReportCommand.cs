using LianLuo.Domain.Ledger;
using LianLuo.Domain.Office;
using LianLuo.Domain.Reporting;
using NodaTime;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo report [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--issuer NAME] [--format text|json|markdown|docx] [--output FILE] [--lenient]</c>:
/// the annual liaison report of ledger.md §3, as the Chinese summary (text, in the words of the issuer's level), the exact
/// JSON, or Markdown with tables.
/// </summary>
public static class ReportCommand
{
    internal static readonly CommandSpec Spec = new(
        "report",
        "usage: lianluo report [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--issuer NAME] [--format text|json|markdown|docx] [--output FILE] [--lenient] [--calendar FILE] [--policy FILE]",
        """
        The annual liaison report (年度人大政协联络工作总结) of ledger.md §3: the Chinese summary (text), the exact JSON,
        Markdown with tables by unit and by category, or a Word document (docx) in the 公文 layout of GB/T 9704-2012 with
        an appendix of tables. Without --items and --activities it reports on the bundled sample city.
        """,
        [
            new("--items", "FILE", "the items ledger (CSV or Excel .xlsx) or item-history document (JSON); default: the bundled sample"),
            new("--activities", "FILE", "the activities ledger (CSV or Excel .xlsx); default: the document's own activities, if any"),
            new("--as-of", "YYYY-MM-DD", "the date of the figures; default: today in Asia/Shanghai"),
            new("--year", "YYYY", "keep the items assigned (交办) in that year and the activities dated in it"),
            new("--issuer", "NAME", "who issues the summary (发文机关), e.g. 区政府 or 城关区人民政府; its level decides the words; default: 市政府"),
            new("--format", "text|json|markdown|docx", "the output; default: text (docx needs --output)"),
            new("--output", "FILE", "write the output to FILE instead of standard output (required for docx)"),
            new("--lenient", null, "leave out the rows with errors (listed on standard error) instead of refusing the ledger"),
            CalendarInput.Option,
            PolicyInputs.Option,
        ]);

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
        var format = arguments.Choice("--format", ["text", "json", "markdown", "docx"]);
        var output = arguments["--output"];
        if (format == "docx" && output is null)
        {
            arguments.Error("--format docx needs --output FILE (a Word document is not printed on standard output).");
        }

        var issuer = arguments["--issuer"] ?? Issuer.CityGovernment.Name;
        if (!Issuer.TryParse(issuer, out var issuedBy, out var issuerError))
        {
            arguments.Error($"--{issuerError}.");
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
        var date = asOf ?? engine.CurrentDate(clock);
        // The items are streamed into the report: never all in memory; the report is dropped if a strict ledger has errors.
        using var input = LedgerInputs.Open("report", arguments["--items"], arguments["--activities"], readActivities: true, date, arguments.Has("--lenient"), engine, stderr);
        if (input is null
            || !input.Run(items => AnnualReportBuilder.Build(items, input.Activities, date, new AnnualReportOptions { Year = year, Engine = engine }), out var report))
        {
            return CommandLine.BadInput;
        }

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
        if (output is not null)
        {
            return CommandOutput.Write("report", output, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)), $"the report ({format})", stdout, stderr);
        }

        stdout.Write(text);
        return CommandLine.Success;
    }
}
