using System.Reflection;

namespace LianLuo.Cli;

/// <summary>Parses the arguments of <c>lianluo</c> and dispatches to a command (see shared/spec/cli.md).</summary>
public static class CommandLine
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for anything unexpected.</summary>
    public const int Unexpected = 1;

    /// <summary>Exit code for bad input or bad arguments.</summary>
    public const int BadInput = 2;

    internal const string Usage = """
        lianluo — 人大政协联络工作 (liaison work) from the command line, built on LianLuo.Domain.

        Usage:
          lianluo report   [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--issuer NAME] [--format text|json|markdown] [--lenient] [--policy FILE]
          lianluo score    [--items FILE] [--as-of YYYY-MM-DD] [--scheme FILE] [--format text|json] [--lenient] [--policy FILE]
          lianluo deadline --start YYYY-MM-DD (--months N | --days N | --working-days N) [--format text|json]
          lianluo calendar DATE [DATE2]
          lianluo calendar --notice FILE [--format text|json] [--output FILE]
          lianluo validate [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--calendar FILE] [--policy FILE]
          lianluo convert  --items FILE [--activities FILE] --output FILE.json|FILE.csv [--activities-output FILE] [--lenient] [--policy FILE]
          lianluo --help | --version
          lianluo COMMAND --help          (or -h: the command's usage and options)

        Dates are YYYY-MM-DD; --as-of defaults to today in Asia/Shanghai.
        Every command that computes takes --calendar FILE: calendar additions (china-holidays.json format, e.g. from calendar --notice).
        Without --items/--activities, report, score and validate use the bundled sample city.
        --items takes a CSV ledger or an item-history document (JSON, by its extension or content).
        Exit codes: 0 success, 2 bad input or arguments, 1 anything unexpected.
        """;

    private static readonly Commands.CommandSpec[] Specs =
    [
        Commands.ReportCommand.Spec,
        Commands.ScoreCommand.Spec,
        Commands.DeadlineCommand.Spec,
        Commands.CalendarCommand.Spec,
        Commands.ValidateCommand.Spec,
        Commands.ConvertCommand.Spec,
    ];

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Count == 0)
            {
                stderr.WriteLine(Usage);
                return BadInput;
            }

            switch (args[0])
            {
                case "--help" or "-h":
                case "help" when args.Count == 1:
                    stdout.WriteLine(Usage);
                    return Success;
                case "help":
                    if (Specs.FirstOrDefault(s => s.Name == args[1]) is { } spec)
                    {
                        stdout.Write(spec.Help);
                        return Success;
                    }

                    stderr.WriteLine($"lianluo: unknown command '{args[1]}'. See 'lianluo --help'.");
                    return BadInput;
                case "--version":
                    stdout.WriteLine(Version);
                    return Success;
                case "report":
                    return Commands.ReportCommand.Run([.. args.Skip(1)], stdout, stderr);
                case "score":
                    return Commands.ScoreCommand.Run([.. args.Skip(1)], stdout, stderr);
                case "deadline":
                    return Commands.DeadlineCommand.Run([.. args.Skip(1)], stdout, stderr);
                case "calendar":
                    return Commands.CalendarCommand.Run([.. args.Skip(1)], stdout, stderr);
                case "validate":
                    return Commands.ValidateCommand.Run([.. args.Skip(1)], stdout, stderr);
                case "convert":
                    return Commands.ConvertCommand.Run([.. args.Skip(1)], stdout, stderr);
                default:
                    stderr.WriteLine($"lianluo: unknown command '{args[0]}'. See 'lianluo --help'.");
                    return BadInput;
            }
        }
#pragma warning disable CA1031 // the contract: anything unexpected is exit 1 with the exception on stderr
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine(ex.ToString());
            return Unexpected;
        }
    }

    /// <summary>The informational version of the library the command runs on.</summary>
    public static string Version =>
        typeof(LianLuo.Domain.Model.SubmissionKind).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";
}
