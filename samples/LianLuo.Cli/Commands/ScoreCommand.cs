using System.Globalization;
using System.Text;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Office;
using NodaTime;
using NodaTime.Text;
using LianLuo.Domain.Serialization;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo score [--items FILE] [--as-of YYYY-MM-DD] [--scheme FILE] [--format text|json|xlsx] [--output FILE] [--lenient]</c>: scores, ranks
/// and grades the lead units (考核评价) under the default preset (ledger.md §4) or a scheme loaded from JSON. Text prints
/// a table in rank order and one explanation line per unit; JSON prints the units in rank order then unit name. Without
/// <c>--items</c> it scores the bundled sample city. Bad arguments, a bad scheme or a ledger with errors exit 2 with
/// every error on standard error.
/// </summary>
public static class ScoreCommand
{
    internal static readonly CommandSpec Spec = new(
        "score",
        "usage: lianluo score [--items FILE] [--as-of YYYY-MM-DD] [--scheme FILE] [--format text|json|xlsx] [--output FILE] [--lenient] [--calendar FILE] [--policy FILE]",
        """
        Scores, ranks and grades the lead units (考核评价) under the default preset of ledger.md §4 or a scheme loaded
        from JSON. Without --items it scores the bundled sample city.
        """,
        [
            new("--items", "FILE", "the items ledger (CSV or Excel .xlsx) or item-history document (JSON); default: the bundled sample"),
            new("--as-of", "YYYY-MM-DD", "the date of the scores; default: today in Asia/Shanghai"),
            new("--scheme", "FILE", "an assessment scheme (考核方案) in JSON; default: the default preset"),
            new("--format", "text|json|xlsx", "the output; default: text (xlsx, an Excel workbook with a chart, needs --output)"),
            new("--output", "FILE", "write the output to FILE instead of standard output (required for xlsx)"),
            new("--lenient", null, "leave out the rows with errors (listed on standard error) instead of refusing the ledger"),
            CalendarInput.Option,
            PolicyInputs.Option,
        ]);

    /// <summary>Runs the command with the arguments after <c>score</c> and the system clock; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the command with the arguments after <c>score</c> and a clock (for the default as-of date); returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        var arguments = CommandArguments.Parse(Spec, args);
        var asOfArgument = arguments.Date("--as-of", LedgerReadOptions.LatestAsOf);
        var format = arguments.Choice("--format", ["text", "json", "xlsx"]);
        var output = arguments["--output"];
        if (format == "xlsx" && output is null)
        {
            arguments.Error("--format xlsx needs --output FILE (a workbook is not printed on standard output).");
        }

        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        if (CalendarInput.Load("score", arguments["--calendar"], stderr) is not { } calendar
            || PolicyInputs.Engine(arguments["--policy"], "score", stderr) is not { } policyEngine)
        {
            return CommandLine.BadInput;
        }

        var engine = policyEngine.WithCalendar(calendar);
        var asOf = asOfArgument ?? engine.CurrentDate(clock);

        var scheme = EvaluationPresets.Default;
        if (arguments["--scheme"] is { } schemeFile && !TryLoadScheme(schemeFile, stderr, out scheme))
        {
            return CommandLine.BadInput;
        }

        using var input = LedgerInputs.Open("score", arguments["--items"], null, readActivities: false, asOf, arguments.Has("--lenient"), engine, stderr);
        if (input is null)
        {
            return CommandLine.BadInput;
        }

        // A ledger without an optional column (签收日期, 计划完成日期, 未解决原因) records nothing about that fact: indicators and
        // rules that need it are not applicable, and the output says so. Its header tells, before the items are streamed.
        RecordedFacts recorded;
        try
        {
            recorded = input.Recorded;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"lianluo score: cannot read a ledger: {ex.Message}");
            return CommandLine.BadInput;
        }

        // One pass: each item is judged, folded into its units' figures and dropped, so memory does not grow with the ledger.
        var assessment = new UnitAssessment(scheme, engine, ReplyRules.Default);
        if (!input.Run(
                items =>
                {
                    var accumulator = new UnitAssessmentAccumulator(assessment, asOf, recorded);
                    accumulator.AddRange(items);
                    return accumulator.ToResult();
                },
                out var result))
        {
            return CommandLine.BadInput;
        }

        if (format == "xlsx")
        {
            return CommandOutput.Write("score", output!, stream => AssessmentWorkbook.Write(stream, result, asOf), "the assessment (Excel, with a chart)", stdout, stderr);
        }

        var text = format == "json" ? EvaluationResultJson.Write(result) + "\n" : Text(result, asOf);
        if (output is not null)
        {
            return CommandOutput.Write("score", output, stream => stream.Write(Encoding.UTF8.GetBytes(text)), $"the assessment ({format})", stdout, stderr);
        }

        stdout.Write(text);
        return CommandLine.Success;
    }

    private static bool TryLoadScheme(string file, TextWriter stderr, out EvaluationScheme scheme)
    {
        scheme = EvaluationPresets.Default;
        byte[] json;
        if (Directory.Exists(file))
        {
            stderr.WriteLine($"lianluo score: cannot read the scheme: {file} is a directory, not a file");
            return false;
        }

        try
        {
            json = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"lianluo score: cannot read the scheme {file}: {ex.Message}");
            return false;
        }

        if (EvaluationSchemeJson.TryRead(json, out var loaded, out var problems))
        {
            scheme = loaded;
            return true;
        }

        foreach (var problem in problems)
        {
            // FILE:LINE: JSON-PATH: reason (value), as cli.md says; every read problem has its line.
            var line = problem.Line is { } n ? n.ToString(CultureInfo.InvariantCulture) : "1";
            stderr.WriteLine($"{file}:{line}: {problem.Path}: {problem.Message}");
        }

        return false;
    }

    private static string Text(EvaluationResult result, LocalDate asOf)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.Scheme}（截至{LocalDatePattern.Iso.Format(asOf)}，参加排名单位{result.UnitsRanked}个）\n");
        text.Append("名次\t单位\t件数\t得分\t等次\t基础分\t扣分\t加分\n");
        foreach (var unit in result.Units)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(unit.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : "—")}\t{unit.Unit}\t{unit.Items}\t{unit.Score:F2}\t{unit.Grade ?? "不参加排名"}\t{unit.Base:F2}\t{unit.Deductions:0.##}\t{unit.Bonus:0.##}\n");
        }

        text.Append('\n');
        foreach (var unit in result.Units)
        {
            text.Append(unit.Explanation).Append('\n');
        }

        foreach (var note in result.NotApplicable)
        {
            text.Append('\n').Append(note).Append('。');
        }

        if (!result.NotApplicable.IsEmpty)
        {
            text.Append('\n');
        }

        if (result.NotScoredCount > 0)
        {
            // A list cut at UnitAssessmentAccumulator.MaxListedItems says how many it leaves out.
            var omitted = result.OmittedNotScored > 0 ? $"等，另有{result.OmittedNotScored}件未列出" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\n不计分：{string.Join("、", result.NotScored)}{omitted}（共{result.NotScoredCount}件，类别不在考核范围内）\n");
        }

        return text.ToString();
    }
}
