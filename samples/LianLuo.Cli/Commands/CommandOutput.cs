namespace LianLuo.Cli.Commands;

/// <summary>Writes a command's output to the file of <c>--output</c>: built in memory first, so that a failure leaves no half-written file.</summary>
internal static class CommandOutput
{
    /// <summary>Writes the output; prints <c>wrote FILE: WHAT</c> on standard output, or the reason it could not be written on standard error (exit 2).</summary>
    internal static int Write(string command, string path, Action<Stream> write, string what, TextWriter stdout, TextWriter stderr)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        try
        {
            File.WriteAllBytes(path, buffer.ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"lianluo {command}: cannot write {path}: {ex.Message}");
            return CommandLine.BadInput;
        }

        stdout.WriteLine($"wrote {path}: {what}");
        return CommandLine.Success;
    }
}
