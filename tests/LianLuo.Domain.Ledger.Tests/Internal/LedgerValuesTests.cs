using FsCheck.Xunit;
using LianLuo.Domain.Ledger.Internal;

namespace LianLuo.Domain.Ledger.Tests.Internal;

public class LedgerValuesTests
{
    [Property]
    public bool Unguard_OfGuard_IsTheValue(string? value)
    {
        var text = value ?? string.Empty;
        return LedgerValues.Unguard(LedgerValues.Guard(text)) == text;
    }

    [Property]
    public bool Guard_NeverLeavesAFormulaStart(string? value)
    {
        var guarded = LedgerValues.Guard(value ?? string.Empty);
        return guarded.Length == 0 || guarded[0] is not ('=' or '+' or '-' or '@');
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", 3)]
    [InlineData("\r\n", 1)]
    [InlineData("\n\n", 2)]
    [InlineData("\r", 1)]
    [InlineData("abc", 0)]
    [InlineData("a,b\n", 1)]
    [InlineData("a,b\r\n", 1)]
    [InlineData("a,b\r", 1)]
    [InlineData("\"x\ny\",z\n", 2)]
    [InlineData("\"x\r\ny\",z\r\n", 2)]
    [InlineData("a\n\r", 2)]
    [InlineData("a\r\r\n", 2)]
    [InlineData("a\rb\n", 2)]
    public void CountLineBreaks_CountsCrLfLfAndLoneCrOnce(string raw, int breaks) =>
        Assert.Equal(breaks, CsvRecords.CountLineBreaks(raw));

    /// <summary>A line break is CRLF, LF or a lone CR, counted as a regular expression over the same text counts them.</summary>
    [Property]
    public bool CountLineBreaks_CountsAsARegularExpression(char[] pieces) =>
        CsvRecords.CountLineBreaks(new string([.. pieces.Select(c => (c % 4) switch { 0 => '\r', 1 => '\n', 2 => 'a', _ => '中' })]))
        == System.Text.RegularExpressions.Regex.Count(new string([.. pieces.Select(c => (c % 4) switch { 0 => '\r', 1 => '\n', 2 => 'a', _ => '中' })]), "\r\n|\r|\n");

    [Fact]
    public void Read_RecordsCoverTheWholeText()
    {
        const string text = "a,b\r\n\"x\ny\",2\n\n3,4";

        var records = CsvRecords.Read(text);

        Assert.Equal([1, 2, 4, 5], records.Select(r => r.Line).ToArray());
        Assert.Equal(["x\ny", "2"], records[1].Fields);
        Assert.True(records[2].IsBlank);
    }
}
