using System.Globalization;
using System.Text;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Extensions;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo score [--items FILE] [--as-of YYYY-MM-DD] [--scheme FILE] [--format text|json] [--lenient]</c>: scores, ranks
/// and grades the lead units (考核评价) under the default preset (ledger.md §4) or a scheme loaded from JSON. Text prints
/// a table in rank order and one explanation line per unit; JSON prints the units in rank order then unit name. Without
/// <c>--items</c> it scores the bundled sample city. Bad arguments, a bad scheme or a ledger with errors exit 2 with
/// every error on standard error.
/// </summary>
public static class ScoreCommand
{
    internal const string Usage = "usage: lianluo score [--items FILE] [--as-of YYYY-MM-DD] [--scheme FILE] [--format text|json] [--lenient]";

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
        if (args.Any(a => a is "--help" or "-h"))
        {
            stdout.WriteLine(Usage);
            return CommandLine.Success;
        }

        var errors = new List<string>();
        var options = ParseOptions(args, errors);
        var format = options.GetValueOrDefault("--format", "text");
        if (format is not ("text" or "json"))
        {
            errors.Add($"--format must be text or json (value: {format}).");
        }

        LocalDate? asOf = null;
        if (options.TryGetValue("--as-of", out var asOfText))
        {
            var parsed = LocalDatePattern.Iso.Parse(asOfText);
            if (parsed.Success && parsed.Value <= LedgerReadOptions.LatestAsOf)
            {
                asOf = parsed.Value;
            }
            else
            {
                errors.Add($"--as-of must be a date YYYY-MM-DD on or before 9998-12-31 (value: {asOfText}).");
            }
        }

        if (errors.Count > 0)
        {
            return Fail(stderr, errors, withUsage: true);
        }

        var scheme = EvaluationPresets.Default;
        if (options.TryGetValue("--scheme", out var schemeFile) && !TryLoadScheme(schemeFile, stderr, out scheme))
        {
            return CommandLine.BadInput;
        }

        var itemsFile = options.GetValueOrDefault("--items") ?? Path.Combine(AppContext.BaseDirectory, "data", "items.csv");
        var readOptions = new LedgerReadOptions(asOf ?? clock.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).GetCurrentDate())
        {
            Lenient = options.ContainsKey("--lenient"),
        };
        LedgerReadResult<HandledItem> ledger;
        try
        {
            ledger = LedgerReader.ReadItemsFile(itemsFile, readOptions);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"lianluo score: cannot read the items ledger: {ex.Message}");
            return CommandLine.BadInput;
        }

        foreach (var error in ledger.Errors)
        {
            stderr.WriteLine(error.ToString());
        }

        if (!ledger.IsUsable)
        {
            return CommandLine.BadInput;
        }

        if (!ledger.IsValid)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lianluo score: --lenient: {ledger.Reported.Count} row(s) left out of {ledger.RowsRead}; scoring the {ledger.Rows.Count} valid row(s)."));
        }

        var result = UnitEvaluator.Evaluate(scheme, EvaluationItems.From(ledger.Rows, readOptions.AsOf));
        stdout.Write(format == "json" ? EvaluationResultJson.Write(result) + "\n" : Text(result, readOptions.AsOf));
        return CommandLine.Success;
    }

    private static bool TryLoadScheme(string file, TextWriter stderr, out EvaluationScheme scheme)
    {
        scheme = EvaluationPresets.Default;
        string json;
        try
        {
            json = File.ReadAllText(file, Encoding.UTF8);
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
            stderr.WriteLine($"{file}: {problem.Path}: {problem.Message}");
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

        if (!result.NotScored.IsEmpty)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n不计分：{string.Join("、", result.NotScored)}（共{result.NotScored.Count}件，类别不在考核范围内）\n");
        }

        return text.ToString();
    }

    private static Dictionary<string, string> ParseOptions(IReadOnlyList<string> args, List<string> errors)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option == "--lenient")
            {
                options[option] = "true";
                continue;
            }

            if (option is not ("--items" or "--as-of" or "--scheme" or "--format"))
            {
                errors.Add($"unknown argument '{option}'.");
                continue;
            }

            if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"{option} needs a value.");
                continue;
            }

            if (!options.TryAdd(option, args[++i]))
            {
                errors.Add($"{option} is given more than once.");
            }
        }

        return options;
    }

    private static int Fail(TextWriter stderr, List<string> errors, bool withUsage)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine($"lianluo score: {error}");
        }

        if (withUsage)
        {
            stderr.WriteLine(Usage);
        }

        return CommandLine.BadInput;
    }
}
