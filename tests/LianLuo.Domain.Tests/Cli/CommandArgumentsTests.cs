using LianLuo.Cli;

namespace LianLuo.Domain.Tests.Cli;

/// <summary>Every command parses its arguments the same way: --help/-h, every error at once on stderr, exit 2.</summary>
public class CommandArgumentsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("report", "usage: lianluo report [--items FILE]")]
    [InlineData("score", "usage: lianluo score [--items FILE]")]
    [InlineData("deadline", "usage: lianluo deadline --start YYYY-MM-DD")]
    [InlineData("calendar", "usage: lianluo calendar DATE [DATE2]")]
    [InlineData("validate", "usage: lianluo validate [--items FILE]")]
    public void Help_EveryCommand_PrintsItsUsageOnStandardOutputAndExitsZero(string command, string usage)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var (code, stdout, stderr) = Run(command, help);

            Assert.Equal((0, string.Empty), (code, stderr));
            Assert.StartsWith(usage, stdout, StringComparison.Ordinal);
            Assert.Contains("\noptions:\n", stdout, StringComparison.Ordinal);
            Assert.Matches(@"\n  -h, --help +print this help and exit\n$", stdout);
        }

        Assert.Equal(Run(command, "--help").Out, Run("help", command).Out);
    }

    [Fact]
    public void Help_WinsOverArgumentErrors()
    {
        var (code, stdout, stderr) = Run("deadline", "--bogus", "--start", "x", "--help");

        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.StartsWith("usage: lianluo deadline", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_TopLevel_ListsEveryCommandAndVersionPrintsTheLibraryVersion()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (var command in new[] { "report", "score", "deadline", "calendar", "validate" })
        {
            Assert.Contains($"  lianluo {command} ", stdout, StringComparison.Ordinal);
        }

        Assert.Equal(stdout, Run("-h").Out);
        var version = Run("--version");
        Assert.Equal((0, CommandLine.Version + "\n"), (version.Code, version.Out));
        Assert.Equal((2, "lianluo: unknown command 'grade'. See 'lianluo --help'.\n"), (Run("help", "grade").Code, Run("help", "grade").Err));
    }

    [Fact]
    public void Report_EveryArgumentError_IsPrintedAtOnceThenTheUsage()
    {
        var (code, stdout, stderr) = Run("report", "--bogus", "1", "--format", "xml", "--year", "二〇二五", "--as-of", "2025/01/01", "--lenient", "--lenient", "--items");

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Equal(
            """
            lianluo report: unknown option --bogus.
            lianluo report: --lenient is given more than once.
            lianluo report: --items needs a value (FILE).
            lianluo report: --as-of must be an existing date written YYYY-MM-DD, on or before 9998-12-31 (value: 2025/01/01).
            lianluo report: --year must be a whole number from 1949 to 9999 (value: 二〇二五).
            lianluo report: --format must be text, json, markdown or docx (value: xml).

            """,
            stderr[..stderr.IndexOf("usage:", StringComparison.Ordinal)]);
        Assert.StartsWith("usage: lianluo report ", stderr.Split('\n')[^2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "score", "--as-of=2025-01-01", "--as-of", "2025-01-02" }, "lianluo score: --as-of is given more than once.")]
    [InlineData(new[] { "score", "--lenient=yes" }, "lianluo score: --lenient takes no value (value: yes).")]
    [InlineData(new[] { "score", "--scheme", "--format", "json" }, "lianluo score: --scheme needs a value (FILE).")]
    [InlineData(new[] { "score", "extra" }, "lianluo score: unexpected argument 'extra'.")]
    [InlineData(new[] { "validate", "--format", "json" }, "lianluo validate: unknown option --format.")]
    [InlineData(new[] { "validate", "--as-of", "2026-13-01" }, "lianluo validate: --as-of must be an existing date written YYYY-MM-DD, on or before 9998-12-31 (value: 2026-13-01).")]
    [InlineData(new[] { "validate", "--as-of", "9999-01-01" }, "lianluo validate: --as-of must be an existing date written YYYY-MM-DD, on or before 9998-12-31 (value: 9999-01-01).")]
    [InlineData(new[] { "validate", "--as-of", "2026-1-15" }, "lianluo validate: --as-of must be an existing date written YYYY-MM-DD, on or before 9998-12-31 (value: 2026-1-15).")]
    [InlineData(new[] { "validate", "--items", "a.csv", "--items", "b.csv" }, "lianluo validate: --items is given more than once.")]
    [InlineData(new[] { "calendar", "2025-01-01", "--colour" }, "lianluo calendar: unknown option --colour.")]
    [InlineData(new[] { "deadline", "--months", "3", "--start" }, "lianluo deadline: --start needs a value (YYYY-MM-DD).")]
    [InlineData(new[] { "deadline", "--start", "2025-01-01", "--days", "1", "--days", "2" }, "lianluo deadline: --days is given more than once.")]
    [InlineData(new[] { "report", "--year", "1948" }, "lianluo report: --year must be a whole number from 1949 to 9999 (value: 1948).")]
    public void BadArguments_OneError_IsOneLineThenTheUsage(string[] args, string error)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal((2, string.Empty), (code, stdout));
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(error, lines[0]);
        Assert.StartsWith($"usage: lianluo {args[0]} ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_MissingValueAndMissingStart_AreBothReported()
    {
        var (code, _, stderr) = Run("deadline", "--months");

        Assert.Equal(2, code);
        Assert.Equal(
            ["lianluo deadline: --months needs a value (N).", "lianluo deadline: --start YYYY-MM-DD is required."],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[..2]);
    }
}
