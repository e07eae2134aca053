using System.Globalization;

namespace LianLuo.Cli.Commands;

/// <summary>Shows the rows read so far on one line of standard error, only when standard error is a terminal.</summary>
internal sealed class TerminalProgress(TextWriter stderr) : IProgress<int>
{
    /// <summary>Whether <paramref name="stderr"/> is the console's standard error and a terminal.</summary>
    internal static bool IsShown(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Blanks the progress line.</summary>
    internal static void Clear(TextWriter stderr) => stderr.Write("\r" + new string(' ', 40) + "\r");

    /// <inheritdoc/>
    public void Report(int value)
    {
        stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value} rows read…"));
        stderr.Flush();
    }
}
