using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Ledger.Internal;
using NodaTime;

namespace LianLuo.Domain.Ledger.Tests.Internal;

/// <summary>
/// The quick paths of the items reader against the plain .NET routes they replace: the 编号 index against a dictionary, the
/// trim and white-space test against <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> and <see cref="char.IsWhiteSpace(char)"/>,
/// the count parser against <see cref="int.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out int)"/>.
/// </summary>
public class ImportFastPathTests
{
    private static readonly char[] WhiteSpaceAndOthers = [' ', '\t', '\u00A0', '\u1680', '\u2000', '\u200A', '\u200B', '\u2028', '\u202F', '\u205F', '\u3000', '\u3001', 'a', '王', '\uFEFF', '\u0085'];

    [Fact]
    public void IsWhiteSpace_EveryCharacter_AsCharIsWhiteSpace()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(char.IsWhiteSpace((char)c) == LedgerText.IsWhiteSpace((char)c), $"U+{c:X4}");
        }
    }

    [Property]
    public Property Trim_AsMemoryExtensionsTrim() =>
        Prop.ForAll(
            Gen.Elements(WhiteSpaceAndOthers).ArrayOf().Select(cs => new string(cs)).ToArbitrary(),
            text => LedgerText.Trim(text).ToString() == text.AsSpan().Trim().ToString());

    [Theory]
    [InlineData("", true, 0)]
    [InlineData("0", true, 0)]
    [InlineData("007", true, 7)]
    [InlineData("2147483647", true, 2147483647)]
    [InlineData("00000000000000000002147483647", true, 2147483647)]
    [InlineData("2147483648", false, 0)]
    [InlineData("99999999999999999999", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("+1", false, 0)]
    [InlineData("1 ", false, 0)]
    [InlineData("١", false, 0)]
    [InlineData("1.0", false, 0)]
    public void TryParseCount_Examples(string text, bool parsed, int value)
    {
        Assert.Equal(parsed, LedgerValues.TryParseCount(text, out var got));
        Assert.Equal(value, got);
    }

    [Property]
    public Property TryParseCount_AsIntTryParseOfAsciiDigits() =>
        Prop.ForAll(
            Gen.Elements("0123456789-+ x".ToCharArray()).ArrayOf().Select(cs => new string(cs)).ToArbitrary(),
            text =>
            {
                var expected = text.Length == 0
                    || (text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _));
                var expectedValue = text.Length == 0 || !expected ? 0 : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
                var parsed = LedgerValues.TryParseCount(text, out var value);
                return parsed == expected && value == expectedValue;
            });

    [Theory]
    [InlineData("是", true, true)]
    [InlineData("否", true, false)]
    [InlineData("", true, false)]
    [InlineData("y", true, true)]
    [InlineData("TRUE", true, true)]
    [InlineData("n", true, false)]
    [InlineData("0", true, false)]
    [InlineData("是的", false, false)]
    public void TryParseBoolean_Examples(string text, bool parsed, bool value)
    {
        Assert.Equal(parsed, LedgerValues.TryParseBoolean(text, out var got));
        Assert.Equal(value, got);
    }

    [Property]
    public Property IdIndex_AsADictionaryOfFirstPlaces() =>
        Prop.ForAll(
            Gen.Choose(0, 400).Select(i => "JY-" + i.ToString(CultureInfo.InvariantCulture)).ArrayOf().ToArbitrary(),
            ids =>
            {
                var index = new IdIndex();
                var oracle = new Dictionary<string, (int Table, int Line)>(StringComparer.Ordinal);
                for (var i = 0; i < ids.Length; i++)
                {
                    var table = i % 3;
                    var added = index.TryAdd(ids[i], table, i + 2, out var firstTable, out var firstLine);
                    var expectedAdded = oracle.TryAdd(ids[i], (table, i + 2));
                    var (expectedTable, expectedLine) = oracle[ids[i]];
                    if (added != expectedAdded || firstTable != expectedTable || firstLine != expectedLine)
                    {
                        return false;
                    }
                }

                return index.Count == oracle.Count;
            });

    [Fact]
    public void IdIndex_ManyBlocksAndIdentifiersLongerThanABlock_FindsEveryRepeat()
    {
        // 40,000 identifiers of 9 to 13 characters fill about thirty blocks of 16,384 characters; among them, identifiers of
        // 20,000 and 70,000 characters (each a block of its own) and identifiers that differ only in their last character.
        var ids = new List<string>();
        for (var i = 0; i < 40_000; i++)
        {
            ids.Add(i % 9_999 == 5 ? new string('长', 20_000 + i) : "TA-" + i.ToString("D6", CultureInfo.InvariantCulture) + (i % 7 == 0 ? "甲" : string.Empty));
        }

        ids.Add(new string('长', 70_000));
        var index = new IdIndex();
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.True(index.TryAdd(ids[i], 0, i + 2, out _, out _), ids[i][..Math.Min(20, ids[i].Length)]);
        }

        for (var i = ids.Count - 1; i >= 0; i--)
        {
            Assert.False(index.TryAdd(ids[i], 1, 100_000 + i, out var table, out var line));
            Assert.Equal((0, i + 2), (table, line));
        }

        Assert.True(index.TryAdd("TA-000001甲", 1, 7, out _, out _));
        Assert.True(index.TryAdd(new string('长', 69_999), 1, 8, out _, out _));
        Assert.Equal(ids.Count + 2, index.Count);
    }

    [Fact]
    public void ReadItems_RepeatedIdFarIntoALongLedger_NamesTheFirstLine()
    {
        // 30,000 identifiers of 13 characters (390,000 characters: the index's blocks beyond the first): row 25,000 repeats
        // the identifier of row 20,001 (line 20,002), row 30,000 that of row 1 (line 2).
        var csv = new StringBuilder("编号,类别,标题,领衔人,主办单位,交办日期\n");
        for (var row = 1; row <= 30_000; row++)
        {
            var id = row == 25_000 ? 20_001 : row == 30_000 ? 1 : row;
            csv.Append(CultureInfo.InvariantCulture, $"JY2025-{id:D6},建议,标题{row % 50},代表{row % 70},单位{row % 9},2025-03-10\n");
        }

        var result = LedgerReader.ReadItems(Encoding.UTF8.GetBytes(csv.ToString()), "长台账.csv", new LedgerReadOptions(new LocalDate(2026, 1, 15)) { Lenient = true });

        Assert.Equal(
            ["长台账.csv:25001: 编号: duplicate 编号: line 20002 has it too (JY2025-020001)", "长台账.csv:30001: 编号: duplicate 编号: line 2 has it too (JY2025-000001)"],
            result.Errors.Select(e => e.ToString()).ToArray());
        Assert.Equal(29_998, result.Rows.Count);
    }
}
