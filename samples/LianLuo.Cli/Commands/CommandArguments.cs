using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// The parsed options of one command: <c>--name value</c> pairs and <c>--flag</c> switches, checked against the
/// options the command knows. Parsing failures carry the message to print (exit 2).
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CommandArguments(string command) => Command = command;

    internal string Command { get; }

    /// <summary>Parses <paramref name="args"/> (the first is the command name).</summary>
    internal static bool TryParse(
        IReadOnlyList<string> args,
        IReadOnlySet<string> valueOptions,
        IReadOnlySet<string> flagOptions,
        out CommandArguments parsed,
        out string? error)
    {
        parsed = new CommandArguments(args[0]);
        error = null;
        for (var i = 1; i < args.Count; i++)
        {
            var option = args[i];
            if (flagOptions.Contains(option))
            {
                parsed.flags.Add(option);
                continue;
            }

            if (!valueOptions.Contains(option))
            {
                error = $"lianluo {parsed.Command}: unknown argument '{option}'.";
                return false;
            }

            if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                error = $"lianluo {parsed.Command}: {option} needs a value.";
                return false;
            }

            if (!parsed.values.TryAdd(option, args[++i]))
            {
                error = $"lianluo {parsed.Command}: {option} is given twice.";
                return false;
            }
        }

        return true;
    }

    internal string? this[string option] => values.GetValueOrDefault(option);

    internal bool Has(string flag) => flags.Contains(flag);

    /// <summary>Reads an optional <c>YYYY-MM-DD</c> option.</summary>
    internal bool TryDate(string option, out LocalDate? date, out string? error)
    {
        date = null;
        error = null;
        if (this[option] is not { } text)
        {
            return true;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success || result.Value > new LocalDate(9998, 12, 31))
        {
            error = $"lianluo {Command}: {option} must be a date YYYY-MM-DD (value: {text}).";
            return false;
        }

        date = result.Value;
        return true;
    }

    /// <summary>Reads an optional whole-number option within a range.</summary>
    internal bool TryInt(string option, int min, int max, out int? number, out string? error)
    {
        number = null;
        error = null;
        if (this[option] is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            error = $"lianluo {Command}: {option} must be a whole number from {min} to {max} (value: {text}).";
            return false;
        }

        number = n;
        return true;
    }

    /// <summary>Reads an optional choice option.</summary>
    internal bool TryChoice(string option, IReadOnlyList<string> choices, out string choice, out string? error)
    {
        choice = choices[0];
        error = null;
        if (this[option] is not { } text)
        {
            return true;
        }

        if (!choices.Contains(text, StringComparer.Ordinal))
        {
            error = $"lianluo {Command}: {option} must be one of {string.Join(", ", choices)} (value: {text}).";
            return false;
        }

        choice = text;
        return true;
    }
}
