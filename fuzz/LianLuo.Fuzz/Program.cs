using System.Globalization;
using SharpFuzz;

namespace LianLuo.Fuzz;

/// <summary>
/// <c>LianLuo.Fuzz TARGET</c> runs one target under AFL++ (started by fuzz/run.sh, input on the fuzzer's channel);
/// <c>LianLuo.Fuzz TARGET --replay FILE...</c> runs it once on each file and prints every exception with its stack
/// (how run.sh reports the crashes it found, and how a finding is reproduced);
/// <c>LianLuo.Fuzz TARGET --seeds REPOSITORY DIRECTORY</c> writes the target's seed corpus.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: LianLuo.Fuzz TARGET [--replay FILE... | --seeds REPOSITORY DIRECTORY]");
            Console.Error.WriteLine("targets: " + string.Join(", ", Targets.All.Keys));
            return 2;
        }

        if (args.Length == 4 && args[1] == "--seeds")
        {
            return Seeds.Write(args[0], args[2], args[3]);
        }

        if (args.Length > 1 && args[1] == "--replay")
        {
            return Replay(target, args.Skip(2));
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(Action<byte[]> target, IEnumerable<string> files)
    {
        var crashes = 0;
        var runs = 0;
        foreach (var file in files)
        {
            runs++;
            try
            {
                target(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // the oracle: every exception is a finding, reported and counted
            catch (Exception ex)
#pragma warning restore CA1031
            {
                crashes++;
                Console.WriteLine($"CRASH {file}");
                Console.WriteLine(ex.ToString());
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replayed {runs} inputs, {crashes} crashed"));
        return crashes == 0 ? 0 : 1;
    }
}
