using System.IO.Compression;
using System.Xml.Linq;

namespace LianLuo.Domain.PackageTests;

/// <summary>The package as NuGet users get it: its contents, and a console project outside the repository that adds it.</summary>
public sealed class PackageTests(PackedLibrary packed) : IClassFixture<PackedLibrary>
{
    private const string ConsumerProgram = """
        using LianLuo.Domain.Lifecycle;
        using LianLuo.Domain.Model;
        using NodaTime;

        var submission = new Submission(new ItemId("Y2025-002"), SubmissionKind.Motion, "关于制定养老服务条例的议案", 2025, new Deputy("陈六", "东区代表团"));
        var units = new[] { new Assignment(new HandlingUnit("市民政局"), AssignmentRole.Separate), new Assignment(new HandlingUnit("市卫生健康委员会"), AssignmentRole.Separate) };
        var state = ItemLifecycle.Fold(submission,
        [
            new Assigned(new LocalDate(2025, 3, 18), units),
            new Replied(new LocalDate(2025, 5, 20), null, units[0].Unit),
            new Replied(new LocalDate(2025, 6, 3), null, units[1].Unit, new LocalDate(2026, 6, 30)),
            new FeedbackReceived(new LocalDate(2025, 6, 10), SatisfactionLevel.Satisfied, units[0].Unit),
            new FeedbackReceived(new LocalDate(2025, 6, 20), SatisfactionLevel.BasicallySatisfied, units[1].Unit),
        ]);
        Console.WriteLine($"phase={state.Phase} replies={state.ReplyCount} replied-on={state.FirstRepliedOn:yyyy-MM-dd} satisfaction={DisplayNames.Chinese(state.FinalSatisfaction!.Value)}");
        var allowed = ItemLifecycle.TryApply(state, new RehandlingStarted(new LocalDate(2025, 6, 21), units[1].Unit), out _, out var violation);
        Console.WriteLine($"rehandling allowed={allowed} rule={violation!.Rule}");
        """;

    [Fact]
    public void Pack_Library_MakesPackageAndSymbolPackageNamedByVersion()
    {
        Assert.True(File.Exists(packed.PackagePath), $"No {packed.PackagePath}.{Environment.NewLine}{packed.PackOutput}");
        Assert.True(File.Exists(packed.SymbolPackagePath), $"No {packed.SymbolPackagePath}.{Environment.NewLine}{packed.PackOutput}");
        Assert.Equal(2, Directory.GetFiles(packed.Feed).Length);
    }

    [Fact]
    public void Package_Metadata_HasReadmeLicenceDescriptionTagsAndRepository()
    {
        using var zip = ZipFile.OpenRead(packed.PackagePath);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", names);
        Assert.Contains("lib/net10.0/LianLuo.Domain.dll", names);
        Assert.Contains("lib/net10.0/LianLuo.Domain.xml", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".pdb", StringComparison.Ordinal));

        using (var readme = new StreamReader(zip.GetEntry("README.md")!.Open()))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Tools.RepositoryRoot, "src", "LianLuo.Domain", "README.md")), readme.ReadToEnd());
        }

        XNamespace ns = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";
        XElement metadata;
        using (var nuspec = zip.GetEntry("LianLuo.Domain.nuspec")!.Open())
        {
            metadata = XDocument.Load(nuspec).Root!.Element(ns + "metadata")!;
        }

        Assert.Equal("LianLuo.Domain", metadata.Element(ns + "id")!.Value);
        Assert.Equal(packed.Version, metadata.Element(ns + "version")!.Value);
        var license = metadata.Element(ns + "license")!;
        Assert.Equal("expression", license.Attribute("type")!.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Contains("人大政协联络工作", metadata.Element(ns + "description")!.Value, StringComparison.Ordinal);
        var tags = metadata.Element(ns + "tags")!.Value.Split(' ');
        Assert.Contains("建议", tags);
        Assert.Contains("提案", tags);
        Assert.Contains("nodatime", tags);

        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.StartsWith("https://", repository.Attribute("url")!.Value, StringComparison.Ordinal);
        if (Directory.Exists(Path.Combine(Tools.RepositoryRoot, ".git")) || File.Exists(Path.Combine(Tools.RepositoryRoot, ".git")))
        {
            // Source control information (SourceLink, built into the SDK) stamps the commit.
            Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        }

        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal);
        Assert.Equal(["Microsoft.Extensions.DependencyInjection.Abstractions", "NodaTime"], dependencies);
    }

    [Fact]
    public void SymbolPackage_HoldsThePdb()
    {
        using var zip = ZipFile.OpenRead(packed.SymbolPackagePath);

        Assert.Contains("lib/net10.0/LianLuo.Domain.pdb", zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task Consumer_AddsThePackageFromTheFolder_BuildsAndRunsIt()
    {
        var consumer = Path.Combine(packed.WorkFolder, "consumer");
        Tools.AssertOutsideTheRepository(consumer);

        // The consumer restores into its own packages folder, so it can only get the package just packed
        // (a copy cached by an earlier run cannot stand in for it); NodaTime comes from the machine's NuGet sources.
        var cancel = TestContext.Current.CancellationToken;
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(packed.WorkFolder, "packages") };
        (await Tools.RunAsync(Tools.Dotnet, ["new", "console", "--output", consumer, "--name", "LianLuoConsumer"], packed.WorkFolder, environment, cancellationToken: cancel)).Succeeded();
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), ConsumerProgram, cancel);

        var sources = await Tools.MachineSourcesAsync(consumer, cancel);
        (await Tools.RunAsync(Tools.Dotnet, ["add", "package", "LianLuo.Domain", "--source", string.Join(';', [packed.Feed, .. sources])], consumer, environment, cancellationToken: cancel)).Succeeded();

        var project = await File.ReadAllTextAsync(Path.Combine(consumer, "LianLuoConsumer.csproj"), cancel);
        Assert.Contains($"<PackageReference Include=\"LianLuo.Domain\" Version=\"{packed.Version}\" />", project, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(packed.WorkFolder, "packages", "lianluo.domain", packed.Version, $"lianluo.domain.{packed.Version}.nupkg")));

        var output = (await Tools.RunAsync(Tools.Dotnet, ["run", "--no-restore", "-c", "Release"], consumer, environment, cancellationToken: cancel)).Succeeded();

        Assert.Equal(
            [
                "phase=FeedbackReceived replies=2 replied-on=2025-06-03 satisfaction=基本满意",
                "rehandling allowed=False rule=RehandlingWithoutDissatisfaction",
            ],
            output.ReplaceLineEndings("\n").Trim().Split('\n'));
    }
}
