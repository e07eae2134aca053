using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Ledger.Tests.Arbitraries;
using static LianLuo.Domain.Ledger.Tests.LedgerTestKit;

namespace LianLuo.Domain.Ledger.Tests;

/// <summary>
/// <see cref="LedgerReadOptions.ReadAhead"/>: the rows read and checked on a thread of their own, each history folded on the
/// enumerating thread. Everything a consumer sees must be what the sequential reading gives.
/// </summary>
public class ReadAheadTests
{
    // What a row of the generated ledgers is: how the expected errors are known without the reader.
    private const int Clean = 0;
    private const int BadDate = 1;          // the first step's error (交办日期 2025-13-01)
    private const int TooLate = 2;          // the fold's error (延期至 beyond the limit)
    private const int NotAfterDeadline = 3; // the fold's error (延期至 before the regular deadline)
    private const int Repeated = 4;         // the first step's error (编号 of the first row again)

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public Property StreamItems_ReadAheadOfAMutatedLedger_GivesWhatTheSequentialReadingGives(MutatedLedger ledger)
    {
        var bytes = ledger.Bytes();
        var asOf = new LedgerReadOptions(LedgerArbitraries.AsOf);
        return Same(bytes, asOf).Label("strict").And(Same(bytes, asOf with { Lenient = true }).Label("lenient"));
    }

    [Property(MaxTest = 25)]
    public Property StreamItems_ReadAheadOverManyBatches_HasEachStepsErrorsInLineOrder()
    {
        var kinds = Gen.Choose(0, 2600).SelectMany(n => Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(Clean)), (1, Gen.Choose(BadDate, Repeated))), n));
        return Prop.ForAll(kinds.ToArbitrary(), rows =>
        {
            var bytes = Encoding.UTF8.GetBytes(Ledger(rows));
            using var ahead = LedgerReader.StreamItems(new MemoryStream(bytes), "items.csv", Lenient with { ReadAhead = true });
            var items = ahead.ToList();

            // The header is line 1 and the first row (always clean) line 2: row i of the generated kinds is on line i + 3.
            var expectedLines = Enumerable.Range(0, rows.Length).Where(i => rows[i] != Clean).Select(i => i + 3).ToList();
            var expectedKinds = rows.Where(k => k != Clean).Select(k => k switch
            {
                BadDate => LedgerErrorKind.BadDate,
                TooLate => LedgerErrorKind.ExtensionTooLate,
                NotAfterDeadline => LedgerErrorKind.ExtensionNotAfterRegularDeadline,
                _ => LedgerErrorKind.DuplicateId,
            }).ToList();
            return (items.Count == 1 + rows.Count(k => k == Clean)).Label("one item per clean row")
                .And(ahead.Errors.Select(e => e.Line).SequenceEqual(expectedLines).Label("one error per bad row, in line order"))
                .And(ahead.Errors.Select(e => e.Kind).SequenceEqual(expectedKinds).Label("each row's own error"))
                .And(ahead.Reported.Select(r => r.Line).SequenceEqual(expectedLines).Label("the rows left out, in line order"))
                .And((ahead.RowsRead == rows.Length + 1 && ahead.RowsTaken == items.Count).Label("the counts"))
                .And(Same(bytes, Strict).Label("strict as the sequential reading"))
                .And(Same(bytes, Lenient).Label("lenient as the sequential reading"));
        });
    }

    [Fact]
    public void StreamItems_ReadAhead_RecordedBeforeTheRowsComesFromTheHeader()
    {
        var text = Csv(Row("A").With("签收日期", "2025-03-11"), Row("B"));
        using var streamed = LedgerReader.StreamItems(new MemoryStream(Encoding.UTF8.GetBytes(text)), "items.csv", Strict with { ReadAhead = true });

        Assert.Equal(Evaluation.RecordedFacts.Receipts, streamed.Recorded);
        Assert.Equal(["A", "B"], streamed.Select(i => i.Id.Value));
        Assert.True(streamed.IsValid);
    }

    [Fact]
    public void StreamItemsFile_ReadAheadLeftEarly_StopsTheReadingAndClosesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lianluo-ahead-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Csv([.. Enumerable.Range(0, 30_000).Select(i => Row($"JY-{i}"))]), new UTF8Encoding(true));
        try
        {
            var streamed = LedgerReader.StreamItemsFile(path, Strict with { ReadAhead = true });
            Assert.Equal(["JY-0", "JY-1", "JY-2"], streamed.Take(3).Select(i => i.Id.Value));
            Assert.False(streamed.IsComplete);

            // Leaving the enumeration disposed it: the reading thread has let go of the file.
            using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void StreamItemsFile_ReadAheadOfAMissingFile_ThrowsWhenEnumerated()
    {
        var streamed = LedgerReader.StreamItemsFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv"), Strict with { ReadAhead = true });

        Assert.Throws<FileNotFoundException>(() => streamed.Count());
    }

    private static string Ledger(int[] kinds)
    {
        var rows = new List<Dictionary<string, string>> { Row("FIRST").With("延期至", string.Empty).With("情况复杂", "否") };
        for (var i = 0; i < kinds.Length; i++)
        {
            var row = Row($"JY-{i}");
            rows.Add(kinds[i] switch
            {
                BadDate => row.With("交办日期", "2025-13-01"),
                TooLate => row.With("延期至", "2025-12-01"),
                NotAfterDeadline => row.With("情况复杂", "是").With("延期至", "2025-09-10"),
                Repeated => Row("FIRST"),
                _ => row,
            });
        }

        return Csv([.. rows]);
    }

    /// <summary>Whether the stream read ahead gives the items, errors, reports and counts of the sequential stream and of a whole read.</summary>
    private static bool Same(byte[] bytes, LedgerReadOptions options)
    {
        using var sequential = LedgerReader.StreamItems(new MemoryStream(bytes), "items.csv", options);
        using var ahead = LedgerReader.StreamItems(new MemoryStream(bytes), "items.csv", options with { ReadAhead = true });
        var whole = LedgerReader.ReadItems(bytes, "items.csv", options);
        var expected = sequential.ToList();
        var items = ahead.ToList();
        return items.SequenceEqual(expected)
            && ahead.Errors.Equals(sequential.Errors)
            && ahead.Errors.Equals(whole.Errors)
            && ahead.Reported.Equals(sequential.Reported)
            && ahead.RowsRead == sequential.RowsRead
            && ahead.RowsTaken == sequential.RowsTaken
            && ahead.Recorded == sequential.Recorded
            && ahead.IsUsable == sequential.IsUsable
            && (!options.Lenient || items.SequenceEqual(whole.Rows));
    }
}
