using System.Text.RegularExpressions;

namespace LianLuo.Domain.PackageTests;

/// <summary>
/// The file-based script sample (samples/scripts/overdue.cs) as a user runs it: <c>dotnet run overdue.cs</c> in a folder
/// outside the repository, its <c>#:package</c> lines served by the packages just packed (LianLuo.Domain and
/// LianLuo.Domain.Ledger) on a local feed.
/// </summary>
public sealed partial class ScriptTests(PackedLibrary packed) : IClassFixture<PackedLibrary>
{
    [Fact]
    public async Task OverdueScript_OnTheSampleCity_PrintsOverdueByUnitAndTheReminderList()
    {
        var cancel = TestContext.Current.CancellationToken;
        var folder = Path.Combine(packed.WorkFolder, "script");
        Directory.CreateDirectory(folder);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(packed.WorkFolder, "script-packages") };

        // The ledger package beside the core one, in the same feed and version.
        List<string> pack = ["pack", Path.Combine(Tools.RepositoryRoot, "src", "LianLuo.Domain.Ledger", "LianLuo.Domain.Ledger.csproj"), "-c", "Release", "-o", packed.Feed, "--artifacts-path", Path.Combine(packed.WorkFolder, "artifacts")];
        if (Tools.IsDraftBuild)
        {
            pack.Add("-p:LianLuoDraft=true");
        }

        (await Tools.RunAsync(Tools.Dotnet, pack, Tools.RepositoryRoot, cancellationToken: cancel)).Succeeded();

        var script = await File.ReadAllTextAsync(Path.Combine(Tools.RepositoryRoot, "samples", "scripts", "overdue.cs"), cancel);
        Assert.Matches(PackageLine(), script);
        await File.WriteAllTextAsync(Path.Combine(folder, "overdue.cs"), PackageLine().Replace(script, m => $"{m.Groups[1].Value}@{packed.Version}"), cancel);
        File.Copy(Path.Combine(Tools.RepositoryRoot, "samples", "data", "items.csv"), Path.Combine(folder, "items.csv"));
        var sources = string.Join("\n", (await MachineSourcesAsync(folder, cancel)).Prepend(packed.Feed).Select((s, i) => $"    <add key=\"source{i}\" value=\"{s}\" />"));
        await File.WriteAllTextAsync(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {sources}
              </packageSources>
            </configuration>
            """, cancel);

        var output = (await Tools.RunAsync(Tools.Dotnet, ["run", "overdue.cs", "--", "items.csv", "2026-01-15"], folder, environment, TimeSpan.FromMinutes(5), cancel)).Succeeded();

        var lines = output.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal("截至2026-01-15，逾期未答复13件：", lines[0]); // the report's 13 overdue items (README)
        Assert.Contains("  市民政局\t2件（JY2025-049、TA2025-016）", lines);
        Assert.Contains("催办清单（逾期未答复或10个工作日内到期）14件：", lines);
        Assert.Contains(lines, l => l.StartsWith("  TA2025-070\t提案\t市人力资源社会保障局\t答复期限2026-01-20\t还有3个工作日", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(packed.WorkFolder, "script-packages", "lianluo.domain.ledger", packed.Version, $"lianluo.domain.ledger.{packed.Version}.nupkg")));
    }

    private static async Task<IReadOnlyList<string>> MachineSourcesAsync(string folder, CancellationToken cancellationToken)
    {
        var listed = (await Tools.RunAsync(Tools.Dotnet, ["nuget", "list", "source", "--format", "short"], folder, cancellationToken: cancellationToken)).Succeeded();
        return [.. listed.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())];
    }

    [GeneratedRegex(@"(#:package LianLuo\.Domain(?:\.Ledger)?)@[0-9][0-9A-Za-z.\-]*")]
    private static partial Regex PackageLine();
}
