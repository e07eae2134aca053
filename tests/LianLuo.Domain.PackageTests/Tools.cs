using System.Diagnostics;
using System.Reflection;
using System.Text;
using LianLuo.TestSupport;

namespace LianLuo.Domain.PackageTests;

/// <summary>The repository, the build this test assembly belongs to, and running the <c>dotnet</c> command.</summary>
internal static class Tools
{
    /// <summary>The repository root (the folder holding LianLuo.Domain.sln).</summary>
    public static string RepositoryRoot => Repository.Root;

    /// <summary>The configuration this test assembly was built in (Debug or Release).</summary>
    public static string Configuration => Metadata("Configuration");

    /// <summary>The target framework of this test assembly, e.g. net10.0.</summary>
    public static string TargetFramework => Metadata("TargetFramework");

    /// <summary>Whether this test assembly was built as a draft (<c>-p:LianLuoDraft=true</c>, public API files not yet harvested).</summary>
    public static bool IsDraftBuild => string.Equals(Metadata("LianLuoDraft"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>dotnet</c> host that runs the SDK.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The output of a sample project of the solution, built in this test assembly's configuration.</summary>
    public static string SampleAssembly(string project, string assembly) =>
        Path.Combine(RepositoryRoot, "samples", project, "bin", Configuration, TargetFramework, assembly + ".dll");

    /// <summary>Runs a program to its end, or kills it after the timeout.</summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A nested build must not see the MSBuild settings of the `dotnet test` that runs us.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} was stopped: it did not finish in time or the test run was cancelled.{Environment.NewLine}{await stdout}{await stderr}");
        }

        return new ProcessResult($"{fileName} {string.Join(' ', start.ArgumentList)}", process.ExitCode, await stdout, await stderr);
    }

    private static string Metadata(string key) =>
        typeof(Tools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value ?? "";

    /// <summary>The enabled package sources configured on this machine (for the package's dependencies).</summary>
    public static async Task<IReadOnlyList<string>> MachineSourcesAsync(string folder, CancellationToken cancellationToken)
    {
        var listed = (await RunAsync(Dotnet, ["nuget", "list", "source", "--format", "short"], folder, cancellationToken: cancellationToken)).Succeeded();
        return [.. listed.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())];
    }

    /// <summary>The consumer must not pick up the repository's Directory.*.props, global.json or nuget.config.</summary>
    public static void AssertOutsideTheRepository(string folder)
    {
        var full = Path.GetFullPath(folder);
        var root = Path.GetFullPath(RepositoryRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        Assert.False(full.StartsWith(root, StringComparison.Ordinal), $"{full} is inside the repository {root}.");
        for (var dir = new DirectoryInfo(full).Parent; dir is not null; dir = dir.Parent)
        {
            foreach (var inherited in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json" })
            {
                Assert.False(File.Exists(Path.Combine(dir.FullName, inherited)), $"{Path.Combine(dir.FullName, inherited)} would be inherited by the consumer project.");
            }
        }
    }
}

/// <summary>What a finished process left.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Fails the test unless the process exited with 0; returns the output.</summary>
    public string Succeeded()
    {
        Assert.True(ExitCode == 0, $"`{Command}` exited with {ExitCode}.{Environment.NewLine}{Output}{Environment.NewLine}{Error}");
        return Output;
    }
}
