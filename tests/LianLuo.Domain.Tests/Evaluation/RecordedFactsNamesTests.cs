using LianLuo.Domain.Evaluation;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// The columns a ledger may leave unrecorded are named in the ledger's own words, in the order of the columns
/// (签收日期, 计划完成日期, 未解决原因), joined by 、 as a Chinese list is.
/// </summary>
public class RecordedFactsNamesTests
{
    [Theory]
    [InlineData(RecordedFacts.None, "")]
    [InlineData(RecordedFacts.Receipts, "签收日期")]
    [InlineData(RecordedFacts.PlannedCompletions, "计划完成日期")]
    [InlineData(RecordedFacts.UnsolvedReasons, "未解决原因")]
    [InlineData(RecordedFacts.PlannedCompletions | RecordedFacts.UnsolvedReasons, "计划完成日期、未解决原因")]
    [InlineData(RecordedFacts.Receipts | RecordedFacts.UnsolvedReasons, "签收日期、未解决原因")]
    [InlineData(RecordedFacts.All, "签收日期、计划完成日期、未解决原因")]
    public void Chinese_NamesEachMissingColumnInLedgerOrder(RecordedFacts facts, string expected) =>
        Assert.Equal(expected, RecordedFactsNames.Chinese(facts));
}
