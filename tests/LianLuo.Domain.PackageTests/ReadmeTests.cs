namespace LianLuo.Domain.PackageTests;

/// <summary>The READMEs show the quick start that samples/QuickStart compiles and runs, and name the two commands.</summary>
public sealed class ReadmeTests
{
    private static readonly string QuickStartSource = Path.Combine(Tools.RepositoryRoot, "samples", "QuickStart", "Program.cs");

    private static readonly string[] ReadmePaths = ["README.md", "src/LianLuo.Domain/README.md"];

    public static TheoryData<string> Readmes => [.. ReadmePaths];

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Readme_QuickStart_IsExactlyTheSampleProgram(string readme)
    {
        var text = Read(readme);
        var program = Read("samples/QuickStart/Program.cs");

        Assert.EndsWith("\n", program, StringComparison.Ordinal);
        Assert.Contains("```csharp\n" + program + "```\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Readme_NamesTheMainJobAndTheTests(string readme)
    {
        var text = Read(readme);

        Assert.Contains("dotnet run --project samples/LianLuo.Cli -- report", text, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickStart_Runs_AndPrintsTheFoldedState()
    {
        Assert.True(File.Exists(QuickStartSource));
        var sample = Tools.SampleAssembly("QuickStart", "QuickStart");

        var output = (await Tools.RunAsync(Tools.Dotnet, [sample], Tools.RepositoryRoot, cancellationToken: TestContext.Current.CancellationToken)).Succeeded().ReplaceLineEndings("\n");

        Assert.Equal(
            [
                "J2025-001 建议: 已办结 (closed)",
                "replies: 2, rounds: 2, final satisfaction: 满意",
                "Item J2025-001: event #8 办结 (Closed) on 2025-08-01 breaks rule AlreadyClosed (已办结): the item was closed (办结) on 2025-07-28.",
            ],
            output.Trim().Split('\n'));

        // The READMEs show this very output under the quick start.
        foreach (var readme in ReadmePaths)
        {
            Assert.Contains("```text\n" + output + "```\n", Read(readme), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MainJob_CliHelp_Runs()
    {
        var cli = Tools.SampleAssembly("LianLuo.Cli", "lianluo");

        var output = (await Tools.RunAsync(Tools.Dotnet, [cli, "--help"], Tools.RepositoryRoot, cancellationToken: TestContext.Current.CancellationToken)).Succeeded();

        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("lianluo --help | --version", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MainJob_Report_PrintsTheSummaryTheReadmeShows()
    {
        var cli = Tools.SampleAssembly("LianLuo.Cli", "lianluo");

        var output = (await Tools.RunAsync(Tools.Dotnet, [cli, "report", "--as-of", "2026-01-15"], Tools.RepositoryRoot, cancellationToken: TestContext.Current.CancellationToken))
            .Succeeded().ReplaceLineEndings("\n");

        Assert.StartsWith("2025年度人大政协联络工作总结\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("xx", output, StringComparison.Ordinal);
        var firstParagraphs = string.Join("\n", output.Split('\n').Take(12)) + "\n";
        Assert.Contains("```text\n" + firstParagraphs + "```\n", Read("README.md"), StringComparison.Ordinal);
    }

    private static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Tools.RepositoryRoot, relativePath)).ReplaceLineEndings("\n");
}
