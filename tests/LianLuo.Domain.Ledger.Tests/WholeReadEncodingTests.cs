using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Ledger.Tests.Arbitraries;
using static LianLuo.Domain.Ledger.Tests.LedgerTestKit;

namespace LianLuo.Domain.Ledger.Tests;

/// <summary>
/// A whole read (<see cref="LedgerReader.ReadItems(ReadOnlySpan{byte}, string, LedgerReadOptions)"/> and its stream and
/// file forms) takes the bytes for plain UTF-8 and reads them at once, reading again after checking the bytes when a
/// character says they may not be (ledger.md §1: UTF-8 with or without BOM, else GB18030; undecodable bytes and NUL are
/// errors where they are). Whatever the bytes, the result is the one the streamed reading gives, which checks the bytes first.
/// </summary>
public class WholeReadEncodingTests
{
    private static readonly Encoding Gb18030 = GetGb18030();

    // Enough rows that the bytes run past the decoder's first 64 KiB block: a character far into the file decides too.
    private static string LongLedger(int rows = 900) =>
        Csv([.. Enumerable.Range(1, rows).Select(i => Row($"JY-{i:D4}").With("标题", $"关于第{i}条道路改造的建议"))]);

    [Fact]
    public void ReadItems_ValidUtf8WithAReplacementCharacter_IsUtf8AndKeepsIt()
    {
        // EF BF BD is U+FFFD written in valid UTF-8: the file is valid UTF-8, so it is read as written, with no error.
        var text = Csv(Row("JY-1").With("标题", "关于\uFFFD号线的建议"));

        var result = ReadItems(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("关于\uFFFD号线的建议", result.Rows[0].Submission.Title);
    }

    [Fact]
    public void ReadItems_ByteNotUtf8FarIntoTheFile_ReadsTheWholeFileAsGb18030()
    {
        // A GB18030 four-byte sequence (81 30 81 30, not UTF-8) in the last row's title: the file is not valid UTF-8, so all
        // of it is GB18030, the header included. Its names, UTF-8 bytes read as GB18030, are then none of the columns: the
        // six required columns are missing and no row is read.
        var text = LongLedger();
        var utf8 = Encoding.UTF8.GetBytes(text);
        var last = text.LastIndexOf("道路改造", StringComparison.Ordinal);
        var at = Encoding.UTF8.GetByteCount(text.AsSpan(0, last));
        byte[] bytes = [.. utf8.AsSpan(0, at), 0x81, 0x30, 0x81, 0x30, .. utf8.AsSpan(at)];
        Assert.True(bytes.Length > 70_000);

        var result = LedgerReader.ReadItems(bytes, "items.csv", Lenient);

        Assert.Empty(result.Rows);
        Assert.Equal(
            ["编号", "类别", "标题", "领衔人", "主办单位", "交办日期"],
            result.Errors.Where(e => e.Kind == LedgerErrorKind.MissingColumn && e.Line == 1).Select(e => e.Column));
        AssertSameAsStreamed(bytes, Lenient);
    }

    [Fact]
    public void ReadItems_BomAndAByteNotUtf8FarIntoTheFile_IsUtf8WithThatCellRefused()
    {
        // The BOM says UTF-8: the file stays UTF-8 and the one undecodable byte is an error of its cell (shown as U+FFFD).
        var text = LongLedger();
        var bad = text.IndexOf("JY-0850", StringComparison.Ordinal);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var at = Encoding.UTF8.GetByteCount(text.AsSpan(0, bad)) + "JY-".Length;
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. utf8.AsSpan(0, at), 0xFF, .. utf8.AsSpan(at)];

        var result = LedgerReader.ReadItems(bytes, "items.csv", Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LedgerErrorKind.BadEncoding, 851, "编号", "JY-\uFFFD0850"), (error.Kind, error.Line, error.Column, error.Value));
        Assert.Equal(899, result.Rows.Count);
        Assert.Equal("关于第1条道路改造的建议", result.Rows[0].Submission.Title);
        AssertSameAsStreamed(bytes, Lenient);
    }

    [Fact]
    public void ReadItems_NulFarIntoTheFile_IsAnErrorOfItsCell()
    {
        var text = LongLedger().Replace("JY-0700", "JY-\u00000700", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);

        var result = LedgerReader.ReadItems(bytes, "items.csv", Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((LedgerErrorKind.BadEncoding, 701, "编号", "JY-\uFFFD0700"), (error.Kind, error.Line, error.Column, error.Value));
        AssertSameAsStreamed(bytes, Lenient);
    }

    [Fact]
    public void ReadItems_Gb18030File_IsReadAsGb18030ThroughEveryForm()
    {
        var bytes = Gb18030.GetBytes(LongLedger(50));
        var path = Path.Combine(Path.GetTempPath(), $"lianluo-gb-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var fromBytes = LedgerReader.ReadItems(bytes, "items.csv", Strict);
            var fromFile = LedgerReader.ReadItemsFile(path, Strict);

            Assert.True(fromBytes.IsValid, string.Join("\n", fromBytes.Errors.Take(3)));
            Assert.Equal("关于第50条道路改造的建议", fromBytes.Rows[^1].Submission.Title);
            Assert.Equal(fromBytes.Rows, fromFile.Rows);
            AssertSameAsStreamed(bytes, Strict);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadActivities_Gb18030File_IsReadAsGb18030()
    {
        var text = "日期,类型,主题,领导人次,代表委员人次\n2025-04-10,专题协商,城市更新,2,15\n";

        var result = LedgerReader.ReadActivities(Gb18030.GetBytes(text), "activities.csv", Strict);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("城市更新", Assert.Single(result.Rows).Topic);
    }

    /// <summary>
    /// Whatever is put into a ledger's bytes, wherever (a byte that is not UTF-8, a NUL, U+FFFD in UTF-8, a BOM, the
    /// whole file in GB18030), the whole read gives the rows, errors and counts of the streamed read, which checks the bytes first.
    /// </summary>
    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 60)]
    public Property ReadItems_AnyBytes_GiveWhatTheStreamedReadingGives(MutatedLedger ledger, byte twist, int where)
    {
        var bytes = Twist(ledger.Bytes(), twist % 6, where);
        var whole = LedgerReader.ReadItems(bytes, "items.csv", Lenient);
        var (rows, errors, read) = Streamed(bytes, Lenient);
        return whole.Rows.SequenceEqual(rows).Label("rows")
            .And(whole.Errors.SequenceEqual(errors).Label("errors"))
            .And((whole.RowsRead == read).Label("rows read"))
            .Label($"twist {twist % 6} at {where}");
    }

    private static byte[] Twist(byte[] bytes, int twist, int where)
    {
        var at = (int)((where & 0x7FFF_FFFFL) % (bytes.Length + 1));
        return twist switch
        {
            0 => bytes,
            1 => [.. bytes.AsSpan(0, at), 0xFF, .. bytes.AsSpan(at)],
            2 => [.. bytes.AsSpan(0, at), 0x00, .. bytes.AsSpan(at)],
            3 => [.. bytes.AsSpan(0, at), 0xEF, 0xBF, 0xBD, .. bytes.AsSpan(at)],
            4 => [0xEF, 0xBB, 0xBF, .. bytes],
            _ => Gb18030.GetBytes(Encoding.UTF8.GetString(bytes)),
        };
    }

    private static void AssertSameAsStreamed(byte[] bytes, LedgerReadOptions options)
    {
        var whole = LedgerReader.ReadItems(bytes, "items.csv", options);
        var (rows, errors, read) = Streamed(bytes, options);
        Assert.Equal(rows, whole.Rows);
        Assert.Equal(errors, whole.Errors);
        Assert.Equal(read, whole.RowsRead);
    }

    private static (List<Lifecycle.HandledItem> Rows, List<LedgerError> Errors, int Read) Streamed(byte[] bytes, LedgerReadOptions options)
    {
        using var streamed = LedgerReader.StreamItems(new MemoryStream(bytes), "items.csv", options);
        var rows = streamed.ToList();
        return (rows, [.. streamed.Errors], streamed.RowsRead);
    }

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
