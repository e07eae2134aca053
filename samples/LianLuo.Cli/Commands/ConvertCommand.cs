using System.Globalization;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo convert --items FILE [--activities FILE] --output FILE</c>: writes the item-history document (JSON,
/// items-json.md) of a ledger, or the items ledger (CSV) of a document, as <c>--output</c>'s extension says. A ledger row
/// cannot hold every history (分办, 重新交办, more than two rounds, …): such items are named one by one with the reason,
/// and nothing is written unless <c>--lenient</c> asks to write the others.
/// </summary>
public static class ConvertCommand
{
    internal static readonly CommandSpec Spec = new(
        "convert",
        "usage: lianluo convert --items FILE [--activities FILE] --output FILE.json|FILE.csv [--activities-output FILE] [--as-of YYYY-MM-DD] [--policy FILE] [--lenient]",
        """
        Converts between the items ledger (CSV) and the item-history document (JSON, items-json.md), as --output's
        extension says: a ledger (with its activities ledger) becomes a document, a document becomes a ledger (and its
        activities go to --activities-output). Every history is judged by the handling rules on the way in. Items a
        ledger row cannot hold are named with the reason; nothing is written then, unless --lenient writes the others.
        """,
        [
            new("--items", "FILE", "the items ledger (CSV) or item-history document (JSON)"),
            new("--activities", "FILE", "the activities ledger (CSV) to put into the document"),
            new("--output", "FILE", "the file to write: .json for a document, .csv for an items ledger"),
            new("--activities-output", "FILE", "when writing a ledger: where the document's activities go (CSV)"),
            new("--as-of", "YYYY-MM-DD", "no date of the input may be later; default: today in Asia/Shanghai"),
            PolicyInputs.Option,
            new("--lenient", null, "leave out what cannot be read or written (listed on standard error) instead of refusing"),
        ]);

    /// <summary>Runs the command with the system clock.</summary>
    /// <param name="args">The arguments after <c>convert</c>.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where errors go.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the command with a clock.</summary>
    /// <param name="args">The arguments after <c>convert</c>.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="clock">The clock whose today in Asia/Shanghai is the default as-of date.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        var arguments = CommandArguments.Parse(Spec, args);
        var items = arguments.Required("--items");
        var output = arguments.Required("--output");
        var asOf = arguments.Date("--as-of", LedgerReadOptions.LatestAsOf);
        var toDocument = output?.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (output is not null && toDocument == false && !output.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            arguments.Error($"--output must end in .json (a document) or .csv (an items ledger) (value: {output})");
        }

        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        if (PolicyInputs.Engine(arguments["--policy"], "convert", stderr) is not { } engine)
        {
            return CommandLine.BadInput;
        }

        var lenient = arguments.Has("--lenient");
        var date = asOf ?? engine.CurrentDate(clock);
        var loaded = LedgerInputs.Load("convert", items, arguments["--activities"], readActivities: true, date, lenient, engine, stderr);
        if (loaded is null)
        {
            return CommandLine.BadInput;
        }

        var hasActivities = arguments["--activities"] is not null || (LedgerInputs.IsDocument(items!) && loaded.Activities.Count > 0);
        try
        {
            if (toDocument == true)
            {
                ItemDocumentWriter.WriteFile(output!, loaded.Items, hasActivities ? loaded.Activities : null);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output}: {loaded.Items.Count} items{(hasActivities ? $", {loaded.Activities.Count} activities" : string.Empty)}"));
                return CommandLine.Success;
            }

            var held = new List<HandledItem>();
            var refused = 0;
            foreach (var item in loaded.Items)
            {
                if (LedgerWriter.WhyNotHeld(item) is { } reason)
                {
                    stderr.WriteLine($"lianluo convert: {items}: item {item.Id} cannot be written to a ledger: {reason}");
                    refused++;
                }
                else
                {
                    held.Add(item);
                }
            }

            if (refused > 0 && !lenient)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lianluo convert: {refused} of {loaded.Items.Count} items cannot be written to a ledger (listed above); nothing written (use --lenient to write the other {held.Count})."));
                return CommandLine.BadInput;
            }

            LedgerWriter.WriteItemsFile(output!, held);
            var summary = string.Create(CultureInfo.InvariantCulture, $"wrote {output}: {held.Count} items");
            if (refused > 0)
            {
                summary += string.Create(CultureInfo.InvariantCulture, $" ({refused} left out, listed on standard error)");
            }

            if (arguments["--activities-output"] is { } activitiesOutput)
            {
                LedgerWriter.WriteActivitiesFile(activitiesOutput, loaded.Activities);
                summary += string.Create(CultureInfo.InvariantCulture, $"; wrote {activitiesOutput}: {loaded.Activities.Count} activities");
            }
            else if (loaded.Activities.Count > 0)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lianluo convert: the {loaded.Activities.Count} activities of {items} are not written (give --activities-output FILE)."));
            }

            stdout.WriteLine(summary);
            return CommandLine.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"lianluo convert: cannot write {output}: {ex.Message}");
            return CommandLine.BadInput;
        }
    }
}
