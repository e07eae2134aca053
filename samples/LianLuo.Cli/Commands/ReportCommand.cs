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

    /// <summary>Runs the command with the system clock.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the command; "today" comes from <paramref name="clock"/> in Asia/Shanghai.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        if (!CommandArguments.TryParse(args, ValueOptions, FlagOptions, out var arguments, out var error)
            || !arguments.TryDate("--as-of", out var asOf, out error)
            || !arguments.TryInt("--year", 1949, 9999, out var year, out error)
            || !arguments.TryChoice("--format", ["text", "json", "markdown"], out var format, out error))
        {
            stderr.WriteLine(error);
            stderr.WriteLine("Usage: lianluo report [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--format text|json|markdown] [--lenient]");
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
