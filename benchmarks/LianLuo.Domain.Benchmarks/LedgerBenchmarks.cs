using System.Text;
using BenchmarkDotNet.Attributes;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.SampleCity;
using Sylvan.Data.Csv;

namespace LianLuo.Domain.Benchmarks;

/// <summary>The encoding a ledger's bytes are written in.</summary>
public enum LedgerBytesEncoding
{
    /// <summary>UTF-8 with BOM, as <see cref="LedgerWriter"/> writes.</summary>
    Utf8,

    /// <summary>GB18030, as Excel writes on a Chinese Windows.</summary>
    Gb18030,
}

/// <summary>
/// Reading the items ledger (办理台账) of a generated sample city (seed 2025) from its bytes, in UTF-8 and in GB18030:
/// the baseline is Sylvan.Data.Csv alone parsing the same bytes (decoded in the same encoding) into string fields; the
/// library reads them into the model (every cell checked, each row's history folded once), as a whole result and as a
/// stream. The setup checks that the bytes read back into the same items.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private byte[] bytes = null!;
    private Encoding encoding = null!;
    private LedgerReadOptions options = null!;

    /// <summary>The number of rows.</summary>
    [Params(300, 3000)]
    public int Size { get; set; }

    /// <summary>The encoding of the bytes.</summary>
    [Params(LedgerBytesEncoding.Utf8, LedgerBytesEncoding.Gb18030)]
    public LedgerBytesEncoding Encoding { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var city = new SampleCityGenerator(2025, Size).Generate();
        HandledItem[] items = [.. city.Items];
        options = new LedgerReadOptions(city.AsOf);
        using (var stream = new MemoryStream())
        {
            LedgerWriter.WriteItems(stream, items);
            bytes = stream.ToArray();
        }

        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (Encoding == LedgerBytesEncoding.Gb18030)
        {
            encoding = System.Text.Encoding.GetEncoding(54936);
            bytes = encoding.GetBytes(new UTF8Encoding(false).GetString(bytes.AsSpan(3)));
        }

        var read = ReadItems();
        if (!read.IsValid || !read.Rows.SequenceEqual(items))
        {
            throw new InvalidOperationException($"The {Encoding} ledger does not read back into the same {items.Length} items ({read.Errors.Count} errors).");
        }

        if (SylvanStrings() != items.Length + 1 || StreamItems() != items.Length)
        {
            throw new InvalidOperationException("The baseline or the stream does not see every row.");
        }
    }

    /// <summary>Sylvan alone: the same bytes decoded and parsed into a string per field, nothing checked.</summary>
    [Benchmark(Baseline = true)]
    public int SylvanStrings()
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
        var rows = 0;
        while (csv.Read())
        {
            var fields = new string[csv.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            rows += fields.Length > 0 ? 1 : 0;
        }

        return rows;
    }

    /// <summary>The library: every row into a <see cref="HandledItem"/>, held in the result.</summary>
    [Benchmark]
    public LedgerReadResult<HandledItem> ReadItems() => LedgerReader.ReadItems(bytes, "items.csv", options);

    /// <summary>The library as a stream: every row into a <see cref="HandledItem"/>, none held.</summary>
    [Benchmark]
    public int StreamItems()
    {
        using var ledger = LedgerReader.StreamItems(new MemoryStream(bytes, writable: false), "items.csv", options);
        var count = 0;
        foreach (var item in ledger)
        {
            count += item.History.Count > 0 ? 1 : 0;
        }

        return count;
    }
}

/// <summary>Writing the items of a generated sample city (seed 2025) back to a CSV ledger in memory; no alternative, so no baseline.</summary>
[MemoryDiagnoser]
public class LedgerWriterBenchmarks
{
    private HandledItem[] items = null!;

    /// <summary>The number of rows.</summary>
    [Params(300, 3000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => items = [.. new SampleCityGenerator(2025, Size).Generate().Items];

    [Benchmark]
    public long WriteItems()
    {
        using var stream = new MemoryStream();
        LedgerWriter.WriteItems(stream, items);
        return stream.Length;
    }
}
