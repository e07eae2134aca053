using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LianLuo.Domain.PackageTests;

/// <summary>
/// Packs src/LianLuo.Domain once, with `dotnet pack -c Release`, into a throw-away folder outside the repository
/// (its build output goes to that folder too, so the working tree's bin/obj are left alone).
/// </summary>
public sealed partial class PackedLibrary : IAsyncLifetime
{
    /// <summary>A folder under the system temp folder, outside the repository, removed afterwards.</summary>
    public string WorkFolder { get; } = Path.Combine(Path.GetTempPath(), "lianluo-package-test-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The local feed the package is packed into.</summary>
    public string Feed => Path.Combine(WorkFolder, "feed");

    /// <summary>The version in Directory.Build.props.</summary>
    public string Version { get; private set; } = "";

    public string PackagePath => Path.Combine(Feed, $"LianLuo.Domain.{Version}.nupkg");

    public string SymbolPackagePath => Path.Combine(Feed, $"LianLuo.Domain.{Version}.snupkg");

    /// <summary>The output of `dotnet pack`.</summary>
    public string PackOutput { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var props = XDocument.Load(Path.Combine(Tools.RepositoryRoot, "Directory.Build.props"));
        Version = props.Descendants("Version").Single().Value.Trim();
        Assert.Matches(VersionPattern(), Version);

        Directory.CreateDirectory(WorkFolder);
        List<string> arguments = ["pack", Path.Combine(Tools.RepositoryRoot, "src", "LianLuo.Domain", "LianLuo.Domain.csproj"), "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(WorkFolder, "artifacts")];
        if (Tools.IsDraftBuild)
        {
            arguments.Add("-p:LianLuoDraft=true");
        }

        var result = await Tools.RunAsync(Tools.Dotnet, arguments, Tools.RepositoryRoot);
        PackOutput = result.Succeeded();
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(WorkFolder))
        {
            Directory.Delete(WorkFolder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex VersionPattern();
}
