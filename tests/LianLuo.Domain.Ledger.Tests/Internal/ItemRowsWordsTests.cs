using LianLuo.Domain.Ledger.Internal;

namespace LianLuo.Domain.Ledger.Tests.Internal;

/// <summary>A row the model refuses by an exception (a safety net behind the row checks) is reported in our words only.</summary>
public class ItemRowsWordsTests
{
    [Fact]
    public void WordsOf_DropsTheParameterSuffixAndTheActualValueLine()
    {
        var withParameter = new ArgumentException("The date must be after 交办 (value: 2026-02-30).", "date");
        var outOfRange = new ArgumentOutOfRangeException("count", 2147483647, "The count is too large.");

        Assert.Equal("The date must be after 交办 (value: 2026-02-30).", ItemRows.WordsOf(withParameter));
        Assert.Equal("The count is too large.", ItemRows.WordsOf(outOfRange));
        Assert.Equal("Plain words.", ItemRows.WordsOf(new ArgumentException("Plain words.")));
    }
}
