using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Aggregation;

public class TallyTableTests
{
    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool ByUnit_OfParts_MergesToTheTableOfTheWhole(ItemFacts[] a, ItemFacts[] b) =>
        Tallies.ByUnit(a).Merge(Tallies.ByUnit(b)).Equals(Tallies.ByUnit(a.Concat(b))) &&
        (Tallies.ByAssignmentMonth(a) + Tallies.ByAssignmentMonth(b)).Equals(Tallies.ByAssignmentMonth(a.Concat(b)));

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Merge_IsAssociativeAndCommutative_WithEmptyAsIdentity(ItemFacts[] a, ItemFacts[] b, ItemFacts[] c)
    {
        var (x, y, z) = (Tallies.ByKind(a), Tallies.ByKind(b), Tallies.ByKind(c));
        var empty = TallyTable.Empty<SubmissionKind>();
        return (x + y + z).Equals(x + (y + z)) && (x + y).Equals(y + x) && (x + empty).Equals(x) && (empty + x).Equals(x);
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool ByKind_GroupsSumToTheWhole(ItemFacts[] a) =>
        ItemTally.Sum(Tallies.ByKind(a).Groups.Select(g => g.Value)).Equals(ItemTally.Of(a));

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool ByUnit_EachGroup_IsTheTallyOfItsItems(ItemFacts[] a, bool withCoUnits)
    {
        var grouping = withCoUnits ? UnitGrouping.LeadAndCoHandling : UnitGrouping.Lead;
        var table = Tallies.ByUnit(a, grouping);
        return table.Groups.All(g => g.Value.Equals(ItemTally.Of(a.Where(f => (withCoUnits ? f.AllUnits : f.LeadUnits).Contains(g.Key))))) &&
               table.Keys.SequenceEqual(table.Keys.OrderBy(u => u.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Add_MergesIntoOneGroup_AndMissingGroupsReadEmpty()
    {
        var table = TallyTable.Empty<string>(StringComparer.Ordinal);
        Assert.Equal(0, table.Count);
        Assert.Same(ItemTally.Empty, table["none"]);
        var one = ItemTally.Of(new ItemFacts(new ItemId("1"), SubmissionKind.Suggestion, ReportStatus.Pending));
        table = table.Add("a", one).Add("a", one).Add("b", one);
        Assert.Equal(["a", "b"], table.Keys);
        Assert.Equal(2, table["a"].Items);
        Assert.True(table.ContainsKey("b"));
        Assert.False(table.ContainsKey("c"));
    }
}
