using System.Text;
using LianLuo.Cli;

namespace LianLuo.Domain.Tests.Cli;

/// <summary>A throw-away folder for the files a command test writes, and <c>lianluo</c> run in process.</summary>
public abstract class CliFixture : IDisposable
{
    private readonly string folder;

    /// <summary>Creates the folder.</summary>
    protected CliFixture(string prefix) => folder = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Deletes the folder.</summary>
    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <c>lianluo</c> with the arguments; returns the exit code and what it wrote.</summary>
    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes a UTF-8 file (no BOM) into the folder and returns its path.</summary>
    protected string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
