using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>An option of a command: <c>--name VALUE</c> when <paramref name="ValueName"/> is set, else a <c>--name</c> switch.</summary>
/// <param name="Name">The option, e.g. <c>--as-of</c>.</param>
/// <param name="ValueName">What its value is, e.g. <c>YYYY-MM-DD</c>; null for a switch.</param>
/// <param name="Description">One line for the help.</param>
internal sealed record CommandOption(string Name, string? ValueName, string Description);

/// <summary>
/// What a command accepts: its options, whether it takes positional arguments (<c>lianluo calendar DATE [DATE2]</c>),
/// its one-line usage (printed after argument errors) and its help (printed by <c>--help</c> or <c>-h</c>).
/// </summary>
/// <param name="Name">The command's name, e.g. <c>report</c>.</param>
/// <param name="Usage">The usage line, starting with <c>usage: lianluo NAME</c>.</param>
/// <param name="Summary">What the command does, a few lines for the help.</param>
/// <param name="Options">The options the command knows (<c>--help</c> and <c>-h</c> are known to every command).</param>
/// <param name="Positionals">The names of the positional arguments the command takes (e.g. <c>DATE [DATE2]</c>, as its usage shows them), or null when it takes none.</param>
internal sealed record CommandSpec(string Name, string Usage, string Summary, IReadOnlyList<CommandOption> Options, string? Positionals = null)
{
    /// <summary>The help: the usage line, the summary and one line per option.</summary>
    internal string Help
    {
        get
        {
            var rows = Options.Select(o => (Left: o.ValueName is null ? o.Name : $"{o.Name} {o.ValueName}", o.Description))
                .Append((Left: "-h, --help", Description: "print this help and exit"))
                .ToList();
            var width = rows.Max(r => r.Left.Length) + 2;
            var text = new StringBuilder();
            text.Append(Usage).Append("\n\n").Append(Summary.TrimEnd()).Append("\n\noptions:\n");
            foreach (var (left, description) in rows)
            {
                text.Append("  ").Append(left.PadRight(width)).Append(description).Append('\n');
            }

            return text.ToString();
        }
    }
}

/// <summary>
/// The arguments of one command, parsed against its <see cref="CommandSpec"/>: <c>--name value</c> or <c>--name=value</c>
/// options, <c>--flag</c> switches, and (for commands that take them) positional arguments. Every problem is collected in
/// <see cref="Errors"/> — unknown options, missing values, an option given twice, and then each value the command reads
/// through <see cref="Date"/>, <see cref="Int"/>, <see cref="Choice"/> or <see cref="Required"/> — so that the command
/// prints them all at once (<see cref="ReportErrors"/>) and exits 2. <c>--help</c> or <c>-h</c> anywhere an option may
/// stand sets <see cref="HelpRequested"/>, which wins over every error.
/// </summary>
internal sealed class CommandArguments
{
    private static readonly string[] HelpOptions = ["--help", "-h"];

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> mentioned = new(StringComparer.Ordinal);
    private readonly List<string> positionals = [];
    private readonly List<string> errors = [];

    private CommandArguments(CommandSpec spec) => Spec = spec;

    /// <summary>What the command accepts.</summary>
    internal CommandSpec Spec { get; }

    /// <summary>Whether <c>--help</c> or <c>-h</c> was given.</summary>
    internal bool HelpRequested { get; private set; }

    /// <summary>The positional arguments, in order (always empty for a command that takes none).</summary>
    internal IReadOnlyList<string> Positionals => positionals;

    /// <summary>Every problem found so far, each a full line starting with <c>lianluo COMMAND:</c>.</summary>
    internal IReadOnlyList<string> Errors => errors;

    /// <summary>Parses the arguments after the command's name.</summary>
    internal static CommandArguments Parse(CommandSpec spec, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new CommandArguments(spec);
        var known = spec.Options.ToDictionary(o => o.Name, StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (HelpOptions.Contains(arg, StringComparer.Ordinal))
            {
                parsed.HelpRequested = true;
                continue;
            }

            if (!arg.StartsWith('-') || arg.Length == 1 || (arg[1] != '-' && !char.IsLetter(arg[1])))
            {
                // Not an option: a positional argument (a lone "-" or "-5" included).
                if (spec.Positionals is null)
                {
                    parsed.Error($"unexpected argument '{arg}'.");
                }
                else
                {
                    parsed.positionals.Add(arg);
                }

                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            string? inline = equals > 0 ? arg[(equals + 1)..] : null;
            if (!known.TryGetValue(name, out var option))
            {
                parsed.Error($"unknown option {name}.");
                if (inline is null && spec.Positionals is null && i + 1 < args.Count && !IsOptionLike(args[i + 1]))
                {
                    i++; // its presumed value, so that it is not reported a second time as an unexpected argument
                }

                continue;
            }

            parsed.mentioned.Add(name);
            if (option.ValueName is null)
            {
                if (inline is not null)
                {
                    parsed.Error($"{name} takes no value (value: {inline}).");
                }
                else if (!parsed.flags.Add(name))
                {
                    parsed.Error($"{name} is given more than once.");
                }

                continue;
            }

            var value = inline;
            if (value is null && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                parsed.Error($"{name} needs a value ({option.ValueName}).");
            }
            else if (!parsed.values.TryAdd(name, value))
            {
                parsed.Error($"{name} is given more than once.");
            }
        }

        return parsed;
    }

    /// <summary>The text of a value option, or null when it was not given.</summary>
    internal string? this[string option] => values.GetValueOrDefault(option);

    /// <summary>Whether the switch was given.</summary>
    internal bool Has(string flag) => flags.Contains(flag);

    /// <summary>Whether the option was given at all, even without a value or with a bad one.</summary>
    internal bool Mentioned(string option) => mentioned.Contains(option);

    /// <summary>
    /// Handles <c>--help</c> and argument errors, the same way for every command: with <c>--help</c> prints the help on
    /// <paramref name="stdout"/> and returns <see cref="CommandLine.Success"/>; with errors prints each of them and then the
    /// usage line on <paramref name="stderr"/> and returns <see cref="CommandLine.BadInput"/>; otherwise returns null (go on).
    /// </summary>
    internal int? Finish(TextWriter stdout, TextWriter stderr)
    {
        if (HelpRequested)
        {
            stdout.Write(Spec.Help);
            return CommandLine.Success;
        }

        return ReportErrors(stderr) ? null : CommandLine.BadInput;
    }

    /// <summary>Prints every error and the usage line on <paramref name="stderr"/>; returns whether there was none.</summary>
    internal bool ReportErrors(TextWriter stderr)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        if (errors.Count > 0)
        {
            stderr.WriteLine(Spec.Usage);
        }

        return errors.Count == 0;
    }

    /// <summary>Records that a required option is missing (e.g. <c>--start YYYY-MM-DD is required.</c>); returns its text otherwise.</summary>
    internal string? Required(string option)
    {
        if (this[option] is { } text)
        {
            return text;
        }

        if (!Mentioned(option))
        {
            var valueName = Spec.Options.FirstOrDefault(o => o.Name == option)?.ValueName;
            Error($"{option}{(valueName is null ? string.Empty : " " + valueName)} is required.");
        }

        return null;
    }

    /// <summary>Reads an optional <c>YYYY-MM-DD</c> option (culture-invariant), on or before <paramref name="latest"/> when given.</summary>
    internal LocalDate? Date(string option, LocalDate? latest = null) =>
        this[option] is { } text ? ParseDate(option, text, latest) : null;

    /// <summary>Parses a <c>YYYY-MM-DD</c> date (culture-invariant) named <paramref name="what"/> (an option or a positional such as <c>DATE</c>).</summary>
    internal LocalDate? ParseDate(string what, string text, LocalDate? latest = null)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (text.Length == 10 && result.Success && (latest is null || result.Value <= latest.Value))
        {
            return result.Value;
        }

        var bound = latest is { } l ? $", on or before {LocalDatePattern.Iso.Format(l)}" : string.Empty;
        Error($"{what} must be an existing date written YYYY-MM-DD{bound} (value: {text}).");
        return null;
    }

    /// <summary>Reads an optional whole-number option (culture-invariant) from <paramref name="min"/> to <paramref name="max"/>.</summary>
    internal int? Int(string option, int min, int max = int.MaxValue)
    {
        if (this[option] is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        var range = max == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $", {min} or more")
            : string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}");
        Error($"{option} must be a whole number{range} (value: {text}).");
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

        Error($"{option} must be {OneOf(choices)} (value: {text}).");
        return choices[0];
    }

    /// <summary>Records a problem found by the command itself (e.g. two options that exclude each other).</summary>
    internal void Error(string message) => errors.Add($"lianluo {Spec.Name}: {message}");

    /// <summary><c>a</c>, <c>a or b</c>, <c>a, b or c</c>.</summary>
    internal static string OneOf(IReadOnlyList<string> choices) =>
        choices.Count <= 1 ? string.Join(string.Empty, choices) : $"{string.Join(", ", choices.Take(choices.Count - 1))} or {choices[^1]}";

    private static bool IsOptionLike(string arg) => arg.StartsWith("--", StringComparison.Ordinal) || HelpOptions.Contains(arg, StringComparer.Ordinal);
}
