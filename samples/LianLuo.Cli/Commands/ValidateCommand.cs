using System.Globalization;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo validate [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD]</c>: checks ledgers. When they are
/// valid it prints one summary line and exits 0; otherwise it prints every error on standard error as
/// <c>FILE:LINE: COLUMN: reason (value)</c> and exits 2. Without files it checks the bundled sample ledgers.
/// </summary>
public static class ValidateCommand
{
    internal static readonly CommandSpec Spec = new(
        "validate",
        "usage: lianluo validate [--items FILE] [--activities FILE] [--as-of YYYY-MM-DD] [--calendar FILE] [--policy FILE]",
        """
        Checks ledgers: prints one summary line when they are valid, otherwise every error on standard error as
        FILE:LINE: COLUMN: reason (value) and exits 2. Without files it checks the bundled sample ledgers.
        """,
        [
            new("--items", "FILE", "the items ledger (CSV or .xlsx) or item-history document (JSON, by extension or content)"),
            new("--activities", "FILE", "the activities ledger (CSV or .xlsx)"),
            new("--as-of", "YYYY-MM-DD", "no date of the ledgers may be later; default: today in Asia/Shanghai"),
            CalendarInput.Option,
            PolicyInputs.Option,
        ]);

    /// <summary>Runs the command with the system clock (today in Asia/Shanghai is the default as-of date).</summary>
    /// <param name="args">The arguments after <c>validate</c>.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where errors go.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the command with a clock.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        var arguments = CommandArguments.Parse(Spec, args);
        var items = arguments["--items"];
        var activities = arguments["--activities"];
        var asOf = arguments.Date("--as-of", LedgerReadOptions.LatestAsOf);
        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        if (items is null && activities is null)
        {
            var data = Path.Combine(AppContext.BaseDirectory, "data");
            items = Path.Combine(data, "items.csv");
            activities = Path.Combine(data, "activities.csv");
        }

        if (CalendarInput.Load("validate", arguments["--calendar"], stderr) is not { } calendar
            || PolicyInputs.Engine(arguments["--policy"], "validate", stderr) is not { } policyEngine)
        {
            return CommandLine.BadInput;
        }

        var engine = policyEngine.WithCalendar(calendar);
        var today = engine.CurrentDate(clock);
        var showProgress = TerminalProgress.IsShown(stderr);
        var options = new LedgerReadOptions(asOf ?? today)
        {
            Deadlines = engine,
            Progress = showProgress ? new TerminalProgress(stderr) : null,
        };
        var summaries = new List<string>();
        var errors = new List<string>();
        try
        {
            // The items are counted as they are read and never held: only the errors are kept.
            if (items is not null && LedgerInputs.IsDocument(items))
            {
                using var stream = new FileStream(items, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                int itemCount = 0, activityCount = 0;
                var hasActivities = false;
                foreach (var entry in ItemDocumentReader.ReadEntries(stream, new ItemDocumentReadOptions { Deadlines = engine, FileName = items, AsOf = options.AsOf }))
                {
                    if (entry.Item is not null)
                    {
                        itemCount++;
                    }
                    else if (entry.Activity is not null)
                    {
                        activityCount++;
                        hasActivities = true;
                    }
                    else if (entry.Error is { } error)
                    {
                        errors.Add(error.ToString());
                    }
                }

                summaries.Add(string.Create(CultureInfo.InvariantCulture, $"{itemCount} items in {items}"));
                if (activities is null && (hasActivities || HasActivitiesMember(items)))
                {
                    summaries.Add(string.Create(CultureInfo.InvariantCulture, $"{activityCount} activities in {items}"));
                }
            }
            else if (items is not null && LedgerInputs.IsWorkbook(items))
            {
                var result = LedgerInputs.ReadItemsFile(items, options);
                errors.AddRange(result.Errors.Select(e => e.ToString()));
                summaries.Add(string.Create(CultureInfo.InvariantCulture, $"{result.RowsRead} items in {items}"));
            }
            else if (items is not null)
            {
                using var result = LedgerReader.StreamItemsFile(items, options);
                foreach (var _ in result)
                {
                }

                errors.AddRange(result.Errors.Select(e => e.ToString()));
                summaries.Add(string.Create(CultureInfo.InvariantCulture, $"{result.RowsRead} items in {items}"));
            }

            if (activities is not null)
            {
                var result = LedgerInputs.ReadActivitiesFile(activities, options);
                errors.AddRange(result.Errors.Select(e => e.ToString()));
                summaries.Add(string.Create(CultureInfo.InvariantCulture, $"{result.RowsRead} activities in {activities}"));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var directory = new[] { items, activities }.FirstOrDefault(Directory.Exists);
            stderr.WriteLine(directory is not null
                ? $"lianluo validate: cannot read a ledger: {directory} is a directory, not a file"
                : $"lianluo validate: cannot read a ledger: {ex.Message}");
            return CommandLine.BadInput;
        }
        finally
        {
            if (showProgress)
            {
                TerminalProgress.Clear(stderr);
            }
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine(error);
            }

            return CommandLine.BadInput;
        }

        stdout.WriteLine($"valid as of {LocalDatePattern.Iso.Format(options.AsOf)}: {string.Join("; ", summaries)}");
        return CommandLine.Success;
    }

    /// <summary>Whether a document has an <c>activities</c> member (even an empty one), found by a pass that skips its items.</summary>
    private static bool HasActivitiesMember(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return ItemDocumentReader.ReadActivities(stream) is not null;
    }
}
