using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Aggregation;

/// <summary>
/// The contracts of the counting types beside their laws: each public method refuses a null argument with an
/// <see cref="ArgumentNullException"/> naming that parameter (not a failure deeper inside, naming another); a count of a
/// code refuses a missing code and a negative count naming the code; a tally's rates and shares follow the scheme it is
/// given; tables are equal only group for group; category groups of equal rank are ordered by code.
/// </summary>
public sealed class AggregationContractTests
{
    private static readonly HandlingUnit Education = new("市教育局");
    private static readonly HandlingUnit Health = new("市卫生健康委");

    private static ItemFacts Replied(string id, string category, SubmissionKind kind = SubmissionKind.Suggestion, ReportStatus status = ReportStatus.OnTime) =>
        new(new ItemId(id), kind, status, leadUnits: [Education], category: new ResultCategory(category));

    private static void NullRefused(Action call, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);

    [Fact]
    public void NullArguments_AreRefusedNamingTheParameter()
    {
        var one = ItemTally.Of(Replied("1", "A"));
        var table = Tallies.ByKind([Replied("1", "A")]);
        NullRefused(() => ItemTally.Of((IEnumerable<ItemFacts>)null!), "facts");
        NullRefused(() => ItemTally.Of((ItemFacts)null!), "facts");
        NullRefused(() => ItemTally.Of([Replied("1", "A"), null!]), "facts");
        NullRefused(() => one.Merge(null!), "other");
        NullRefused(() => CategoryCounts.Empty.Merge(null!), "other");
        NullRefused(() => CategoryCounts.Of([new(ResultCategory.A, 1)]).Shares(null!), "scheme");
        NullRefused(() => CategoryCounts.Empty.Shares(null!), "scheme");
        NullRefused(() => table.Add(SubmissionKind.Motion, null!), "tally");
        NullRefused(() => table.Merge(null!), "other");
        NullRefused(() => Tallies.By<int>(null!, _ => [1]), "facts");
        NullRefused(() => Tallies.By<int>([], null!), "keys");
        NullRefused(() => Tallies.By<int>([null!], _ => [1]), "facts");
        NullRefused(() => Tallies.By<int>([null!], _ => []), "facts");
        NullRefused(() => Tallies.By<int>([Replied("1", "A")], _ => null!), "keys");
        NullRefused(() => Tallies.ByUnit(null!), "facts");
        NullRefused(() => Tallies.ByUnit([null!]), "facts");
        NullRefused(() => IdSketch.Overlap(null!, []), "left");
        NullRefused(() => IdSketch.Overlap([], null!), "right");
    }

    [Fact]
    public void AGroupingThatIsNoGrouping_IsRefusedByName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Tallies.ByUnit([], (UnitGrouping)7));
        Assert.Equal("grouping", ex.ParamName);
        Assert.StartsWith("UnitGrouping has no such value (7).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryCounts_RefuseAMissingCodeAndANegativeCount_NamingThem()
    {
        var missing = Assert.Throws<ArgumentException>(() => CategoryCounts.Of([new(ResultCategory.A, 1), new(default, 1)]));
        Assert.Equal("counts", missing.ParamName);
        Assert.StartsWith("CategoryCounts: a category code must be given.", missing.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => CategoryCounts.Of([new(new ResultCategory("B"), -2)]));
        Assert.StartsWith("CategoryCounts[B] must be zero or more (value: -2).", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsReplied_IsOnTimeOrLate()
    {
        bool Replied(ReportStatus s) => new ItemFacts(new ItemId("1"), SubmissionKind.Suggestion, s).IsReplied;
        Assert.True(Replied(ReportStatus.OnTime));
        Assert.True(Replied(ReportStatus.Late));
        Assert.False(Replied(ReportStatus.Overdue));
        Assert.False(Replied(ReportStatus.Pending));
    }

    // Four items in the 甲/乙/丙 labels: 甲 twice, 乙 once, 丙 once. Under that scheme 甲 is solved and 乙 planned, so the
    // solved rate is 2 ÷ 4 and 解决率 (solved or planned) 3 ÷ 4, and the shares are 50.0, 25.0, 25.0 in the order 甲, 乙, 丙.
    // Under the default scheme none of the codes is known: nothing solved, and the codes come last in ordinal order
    // (丙 U+4E19, 乙 U+4E59, 甲 U+7532), after A, B, C with no item.
    [Fact]
    public void RatesAndShares_FollowTheSchemeGiven_NotTheDefault()
    {
        var tally = ItemTally.Of([Replied("1", "甲"), Replied("2", "甲"), Replied("3", "乙"), Replied("4", "丙")]);
        var scheme = ClassificationScheme.JiaYiBing;

        Assert.Equal(new Proportion(2, 4), tally.SolvedRate(scheme));
        Assert.Equal(new Proportion(3, 4), tally.SolvedOrPlannedRate(scheme));
        Assert.Equal([("甲", 2, 50.0m), ("乙", 1, 25.0m), ("丙", 1, 25.0m)], tally.Shares(scheme).Select(s => (s.Category.Code, s.Count, s.Percent!.Value)));
        Assert.All(tally.Shares(scheme), s => Assert.NotNull(s.Definition));

        Assert.Equal(new Proportion(0, 4), tally.SolvedRate());
        Assert.Equal(new Proportion(0, 4), tally.SolvedOrPlannedRate());
        Assert.Equal(["A", "B", "C", "丙", "乙", "甲"], tally.Shares().Select(s => s.Category.Code));
    }

    // Codes no scheme lists all rank last; among themselves they are ordered by code (ordinal), each its own group.
    [Fact]
    public void ByCategory_CodesOfEqualRank_AreSeparateGroupsInCodeOrder()
    {
        var table = Tallies.ByCategory([Replied("1", "E"), Replied("2", "D"), Replied("3", "B"), Replied("4", "E"), Replied("5", "X")]);
        Assert.Equal(["B", "D", "E", "X"], table.Keys.Select(c => c.Code));
        Assert.Equal([1, 1, 2, 1], table.Groups.Select(g => g.Value.Items));
    }

    [Fact]
    public void TallyTables_AreEqualOnlyGroupForGroup()
    {
        var a = Tallies.ByKind([Replied("1", "A"), Replied("2", "B", SubmissionKind.Proposal)]);
        var sameKeysOtherCounts = Tallies.ByKind([Replied("1", "A"), Replied("2", "C", SubmissionKind.Proposal)]);
        var fewerGroups = Tallies.ByKind([Replied("1", "A")]);
        var again = Tallies.ByKind([Replied("2", "B", SubmissionKind.Proposal), Replied("1", "A")]);

        Assert.Equal(a, again);
        Assert.NotEqual(a, sameKeysOtherCounts);
        Assert.NotEqual(a, fewerGroups);
        Assert.NotEqual(fewerGroups, a);
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)"a"));
    }

    [Fact]
    public void TallyTable_ToString_IsOneLinePerGroup_KeyFirst()
    {
        var table = Tallies.ByUnit([new ItemFacts(new ItemId("1"), SubmissionKind.Suggestion, ReportStatus.Pending, leadUnits: [Health]),
            new ItemFacts(new ItemId("2"), SubmissionKind.Proposal, ReportStatus.Overdue, leadUnits: [Education])]);
        var lines = table.ToString().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("市卫生健康委: 建议 1, 提案 0, 议案 0", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("市教育局: 建议 0, 提案 1, 议案 0", lines[1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, TallyTable.Empty<int>().ToString());
    }
}
