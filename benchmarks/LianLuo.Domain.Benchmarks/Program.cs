using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LianLuo.Domain.Benchmarks;

/// <summary>Runs the benchmarks; fails (exit 1) when a benchmark fails or nothing ran.</summary>
public static class Program
{
    /// <summary>Entry point: arguments go to BenchmarkDotNet's switcher (e.g. <c>--filter *</c>, <c>--job dry</c>).</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        return Validate(summaries);
    }

    private static int Validate(Summary[] summaries)
    {
        if (summaries.Length == 0 || summaries.All(s => s.Reports.IsEmpty))
        {
            Console.Error.WriteLine("No benchmark ran (check --filter).");
            return 1;
        }

        var failed = summaries.SelectMany(s => s.Reports).Where(r => !r.Success).ToArray();
        if (failed.Length > 0 || summaries.Any(s => s.HasCriticalValidationErrors))
        {
            foreach (var report in failed)
            {
                Console.Error.WriteLine($"Benchmark failed: {report.BenchmarkCase.DisplayInfo}");
            }

            return 1;
        }

        return 0;
    }
}
