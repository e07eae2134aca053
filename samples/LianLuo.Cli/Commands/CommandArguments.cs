using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// The options of one command: <c>--name value</c> pairs and <c>--flag</c> switches, checked against the options the
/// command knows. Every problem is collected in <see cref="Errors"/> (the command prints them all and exits 2).
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly List<string> errors = [];

    private CommandArguments(string command) => Command = command;

    /// <summary>The command's name, e.g. <c>report</c>.</summary>
    internal string Command { get; }

    /// <summary>Every problem found so far, each a full line starting with <c>lianluo COMMAND:</c>.</summary>
    internal IReadOnlyList<string> Errors => errors;

    /// <summary>Parses the arguments after the command's name.</summary>
    internal static CommandArguments Parse(string command, IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var parsed = new CommandArguments(command);
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (flagOptions.Contains(option))
            {
                parsed.flags.Add(option);
            }
            else if (!valueOptions.Contains(option))
            {
                parsed.Error($"unknown argument '{option}'.");
            }
            else if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Error($"{option} needs a value.");
            }
            else if (!parsed.values.TryAdd(option, args[++i]))
            {
                parsed.Error($"{option} is given more than once.");
            }
        }

        return parsed;
    }

    internal string? this[string option] => values.GetValueOrDefault(option);

    internal bool Has(string flag) => flags.Contains(flag);

    /// <summary>Prints every error and the usage line on <paramref name="stderr"/>; returns whether there was none.</summary>
    internal bool ReportErrors(TextWriter stderr, string usage)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        if (errors.Count > 0)
        {
            stderr.WriteLine(usage);
        }

        return errors.Count == 0;
    }

    /// <summary>Reads an optional <c>YYYY-MM-DD</c> option (on or before 9998-12-31).</summary>
    internal LocalDate? Date(string option)
    {
        if (this[option] is not { } text)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && result.Value <= new LocalDate(9998, 12, 31))
        {
            return result.Value;
        }

        Error($"{option} must be a date YYYY-MM-DD on or before 9998-12-31 (value: {text}).");
        return null;
    }

    /// <summary>Reads an optional whole-number option within a range.</summary>
    internal int? Int(string option, int min, int max)
    {
        if (this[option] is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        Error($"{option} must be a whole number from {min} to {max} (value: {text}).");
        return null;
    }

    /// <summary>Reads an optional choice option; the first choice is the default.</summary>
    internal string Choice(string option, IReadOnlyList<string> choices)
    {
        if (this[option] is not { } text)
        {
            return choices[0];
        }

        if (choices.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        Error($"{option} must be one of {string.Join(", ", choices)} (value: {text}).");
        return choices[0];
    }

    private void Error(string message) => errors.Add($"lianluo {Command}: {message}");
}
