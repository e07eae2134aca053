using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace LianLuo.TestSupport;

/// <summary>
/// What several test projects need of the repository (compiled into each of them, see their csproj): its root, and the
/// <c>lianluo</c> command of the same build configuration run as a process.
/// </summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The repository root: the folder holding LianLuo.Domain.sln, above the test assembly.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>
    /// Runs <c>samples/LianLuo.Cli</c>'s <c>lianluo.dll</c> of this test assembly's configuration (Debug or Release) with
    /// the arguments, and returns its exit code and what it wrote; fails the test when it is not built or does not finish in
    /// time.
    /// </summary>
    public static (int Exit, string Stdout, string Stderr) RunLianLuo(TimeSpan timeout, params string[] args)
    {
        var configuration = typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(Root, "samples", "LianLuo.Cli", "bin", configuration, "net10.0", "lianluo.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build samples/LianLuo.Cli first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lianluo {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LianLuo.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No LianLuo.Domain.sln above {AppContext.BaseDirectory}.");
    }
}
