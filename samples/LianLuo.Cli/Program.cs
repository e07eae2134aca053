namespace LianLuo.Cli;

/// <summary>The <c>lianluo</c> command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error);
}
