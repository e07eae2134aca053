using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Reporting;
using NodaTime;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo report [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--format text|json|markdown] [--lenient]</c>:
/// the annual liaison report of ledger.md §3, as the Chinese summary (text), the exact JSON, or Markdown with tables.
/// </summary>
public static class ReportCommand
{
    private static readonly HashSet<string> ValueOptions = ["--items", "--activities", "--as-of", "--year", "--format"];
    private static readonly HashSet<string> FlagOptions = ["--lenient"];

    private const string Usage = "usage: lianluo report [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--format text|json|markdown] [--lenient]";

    /// <summary>Runs the command with the arguments after <c>report</c> and the system clock; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the command with the arguments after <c>report</c>; "today" comes from <paramref name="clock"/> in Asia/Shanghai.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        var arguments = CommandArguments.Parse("report", args, ValueOptions, FlagOptions);
        var asOf = arguments.Date("--as-of");
        var year = arguments.Int("--year", 1949, 9999);
        var format = arguments.Choice("--format", ["text", "json", "markdown"]);
        if (!arguments.ReportErrors(stderr, Usage))
        {
            return CommandLine.BadInput;
        }

        var date = asOf ?? DeadlineEngine.Today(clock);
        var loaded = LedgerInputs.Load("report", arguments["--items"], arguments["--activities"], readActivities: true, date, arguments.Has("--lenient"), stderr);
        if (loaded is null)
        {
            return CommandLine.BadInput;
        }

        var report = AnnualReportBuilder.Build(loaded.Items, loaded.Activities, date, new AnnualReportOptions { Year = year });
        stdout.Write(format switch
        {
            "json" => AnnualReportJson.Write(report) + "\n",
            "markdown" => MarkdownReportRenderer.Render(report),
            _ => ChineseSummaryRenderer.Render(report),
        });
        return CommandLine.Success;
    }
}
