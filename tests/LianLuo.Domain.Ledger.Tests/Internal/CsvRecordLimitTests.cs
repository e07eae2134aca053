using LianLuo.Domain.Ledger.Internal;

namespace LianLuo.Domain.Ledger.Tests.Internal;

/// <summary>
/// The longest record (row) the CSV reader takes, with a limit of 100,000 characters instead of the 16,777,216 of a
/// ledger (<see cref="CsvRecords.MaxRecordLength"/>): the same code, on texts of kilobytes instead of tens of megabytes.
/// The full-size cases are in <c>StreamedLedgerTests</c>, through the public reader.
/// </summary>
public class CsvRecordLimitTests
{
    private const int Limit = 100_000;

    private static List<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        using var stream = new CsvRecordStream(() => new StringReader(text), Limit);
        while (stream.Next())
        {
            records.Add(stream.ToRecord());
        }

        return records;
    }

    [Fact]
    public void QuotedValueLongerThanTheLimit_IsOneFailedRecordAndReadingGoesOnAfterIt()
    {
        // A quoted value of 120,001 characters over two lines: its record starts on line 2 and ends on line 3.
        var text = "a,b\n1,\"" + new string('x', 60_000) + "\n" + new string('y', 60_000) + "\",2\n3,4\n";

        var records = Read(text);

        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("the record is longer than 100000 characters, the most a ledger record (row) may have", records[1].Failure!.Reason);
        Assert.Equal(LedgerErrorKind.MalformedCsv, records[1].Failure!.Kind);
        Assert.Equal("1,\"" + new string('x', 60_000), records[1].Failure!.RawLine);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(["3", "4"], records[2].Fields);
    }

    [Fact]
    public void QuotedValueWithinTheLimit_IsRead()
    {
        // 90,001 characters in quotes over two lines: more than Sylvan's first buffer of 65,536, within the limit.
        var value = new string('x', 45_000) + "\n" + new string('y', 45_000);
        var text = "a,b\n1,\"" + value + "\",2\n3,4\n";

        var records = Read(text);

        Assert.Equal(3, records.Count);
        Assert.Null(records[1].Failure);
        Assert.Equal(["1", value, "2"], records[1].Fields);
        Assert.Equal(4, records[2].Line);
    }

    [Fact]
    public void UnquotedLineLongerThanTheLimit_IsTooLongWithItsFirstCharactersShown()
    {
        var text = "a,b\n" + new string('z', Limit + 10) + "\n3,4\n";

        var records = Read(text);

        Assert.Equal(3, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.StartsWith("the record is longer than 100000 characters", records[1].Failure!.Reason, StringComparison.Ordinal);
        // The line is shown up to the limit, not beyond.
        Assert.Equal(new string('z', Limit), records[1].Failure!.RawLine);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(["3", "4"], records[2].Fields);
    }

    [Fact]
    public void QuoteNeverClosedBeforeAFarEnd_IsNeverClosedAndReadingGoesOnAtTheNextLine()
    {
        // The quote opened on line 2 is never closed; the text after it (line 3, longer than the limit, no quotes) is
        // read again as records of their own.
        var text = "a,b\n1,\"unclosed,2\n" + new string('w', Limit + 10);

        var records = Read(text);

        Assert.Equal(3, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("not valid CSV (RFC 4180): a quoted value is never closed", records[1].Failure!.Reason);
        Assert.Equal("1,\"unclosed,2", records[1].Failure!.RawLine);
        Assert.Equal(3, records[2].Line);
        Assert.StartsWith("the record is longer than 100000 characters", records[2].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAfterTheClosingQuoteOfALongValue_NamesTheCharacter()
    {
        // The closing quote of a 100,005-character value is followed by 'z', not by a comma or a line end.
        var text = "a,b\n1,\"" + new string('x', Limit + 5) + "\"z,2\n3,4\n";

        var records = Read(text);

        Assert.Equal(3, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("not valid CSV (RFC 4180): unexpected 'z' after a closing quote", records[1].Failure!.Reason);
        Assert.Equal(Limit, records[1].Failure!.RawLine.Length);
        Assert.StartsWith("1,\"xxx", records[1].Failure!.RawLine, StringComparison.Ordinal);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(["3", "4"], records[2].Fields);
    }

    [Fact]
    public void LongRecordWithCrLfBreaks_CountsEachBreakOnce()
    {
        // A long quoted value holding two CRLF breaks and one lone CR: the record spans lines 2 to 5, the next is line 6.
        var value = new string('x', 40_000) + "\r\n" + new string('y', 40_000) + "\r\n" + new string('z', 30_000) + "\r" + "end";
        var text = "a,b\r\n1,\"" + value + "\",2\r\n3,4\r\n";

        var records = Read(text);

        Assert.Equal(3, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.StartsWith("the record is longer than", records[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(6, records[2].Line);
        Assert.Equal(["3", "4"], records[2].Fields);
    }
}
