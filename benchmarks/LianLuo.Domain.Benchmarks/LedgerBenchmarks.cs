using BenchmarkDotNet.Attributes;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Model;
using LianLuo.SampleCity;

namespace LianLuo.Domain.Benchmarks;

/// <summary>
/// The items ledger (办理台账) of a generated sample city (seed 2025) of 300 and 3,000 rows: reading it from its
/// UTF-8 bytes (parsing, checking every cell and folding each row's history) and writing the items back to CSV in
/// memory. The setup checks that the bytes read back into the same items. Neither has a natural alternative in the
/// library, so there is no baseline.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private HandledItem[] items = null!;
    private byte[] bytes = null!;
    private LedgerReadOptions options = null!;

    /// <summary>The number of rows.</summary>
    [Params(300, 3000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var city = new SampleCityGenerator(2025, Size).Generate();
        items = [.. city.Items];
        options = new LedgerReadOptions(city.AsOf);
        using (var stream = new MemoryStream())
        {
            LedgerWriter.WriteItems(stream, items);
            bytes = stream.ToArray();
        }

        var read = ReadItems();
        if (!read.IsValid || !read.Rows.SequenceEqual(items))
        {
            throw new InvalidOperationException($"The written ledger does not read back into the same {items.Length} items ({read.Errors.Count} errors).");
        }
    }

    [Benchmark]
    public LedgerReadResult<HandledItem> ReadItems() => LedgerReader.ReadItems(bytes, "items.csv", options);

    [Benchmark]
    public long WriteItems()
    {
        using var stream = new MemoryStream(bytes.Length);
        LedgerWriter.WriteItems(stream, items);
        return stream.Length;
    }
}
