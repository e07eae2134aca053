using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace LianLuo.Domain.PackageTests;

/// <summary>
/// Version 1.0's promise (issue 15): each library package tracks its public API as shipped (PublicAPI.Shipped.txt) and is
/// validated on every pack against its 1.0.0 package kept in eng/package-baseline, so a change that breaks 1.0's API
/// fails <c>dotnet pack</c> (the core and ledger packages are packed by the other tests of this assembly; the Office
/// package here).
/// </summary>
public sealed class ShippedApiTests
{
    public static TheoryData<string> Libraries => ["LianLuo.Domain", "LianLuo.Domain.Ledger", "LianLuo.Domain.Office"];

    [Theory]
    [MemberData(nameof(Libraries))]
    public async Task Pack_IsValidatedAgainstTheShipped100Package(string id)
    {
        var project = Path.Combine(Tools.RepositoryRoot, "src", id, id + ".csproj");
        var result = await Tools.RunAsync(
            Tools.Dotnet,
            ["msbuild", project, "-getProperty:EnablePackageValidation", "-getProperty:PackageValidationBaselinePath", "-getProperty:PackageId"],
            Tools.RepositoryRoot,
            cancellationToken: TestContext.Current.CancellationToken);
        using var properties = JsonDocument.Parse(result.Succeeded());
        var values = properties.RootElement.GetProperty("Properties");

        Assert.Equal("true", values.GetProperty("EnablePackageValidation").GetString());
        Assert.Equal(id, values.GetProperty("PackageId").GetString());
        var baseline = values.GetProperty("PackageValidationBaselinePath").GetString();
        Assert.Equal(Path.Combine(Tools.RepositoryRoot, "eng", "package-baseline", $"{id}.1.0.0.nupkg"), Path.GetFullPath(baseline!));

        // The baseline is the real 1.0.0 package of this id, with its assembly.
        using var zip = ZipFile.OpenRead(baseline!);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal(id, metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal("1.0.0", metadata.Elements().Single(e => e.Name.LocalName == "version").Value);
        Assert.Contains(zip.Entries, e => e.FullName == $"lib/net10.0/{id}.dll");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void PublicApi_IsShipped_AndNothingShippedIsMarkedRemoved(string id)
    {
        var folder = Path.Combine(Tools.RepositoryRoot, "src", id);
        var shipped = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt"));

        Assert.Equal("#nullable enable", shipped[0]);
        Assert.True(shipped.Length > 20, $"{id}: PublicAPI.Shipped.txt holds {shipped.Length} lines; 1.0 ships the public API.");
        Assert.DoesNotContain(shipped, l => l.Contains("*REMOVED*", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(folder, "PublicAPI.Unshipped.txt")), l => l.Contains("*REMOVED*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PackOffice_PassesPackageValidation()
    {
        var work = Path.Combine(Path.GetTempPath(), "lianluo-office-pack-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            List<string> pack = ["pack", Path.Combine(Tools.RepositoryRoot, "src", "LianLuo.Domain.Office", "LianLuo.Domain.Office.csproj"), "-c", "Release", "-o", Path.Combine(work, "feed"), "--artifacts-path", Path.Combine(work, "artifacts")];
            if (Tools.IsDraftBuild)
            {
                pack.Add("-p:LianLuoDraft=true");
            }

            // A Release build of all three libraries into a fresh folder, beside the other package tests' packs: slow on a loaded machine.
            var output = (await Tools.RunAsync(Tools.Dotnet, pack, Tools.RepositoryRoot, timeout: TimeSpan.FromMinutes(12), cancellationToken: TestContext.Current.CancellationToken)).Succeeded();
            Assert.Single(Directory.GetFiles(Path.Combine(work, "feed"), "LianLuo.Domain.Office.*.nupkg"));
            Assert.DoesNotContain("CP0", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
