using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Aggregation;

/// <summary>
/// The mutable tally the report counts with (<see cref="ItemTally.Builder"/>) follows the tally's law: the count of part
/// of the items merged with the count of the rest — another builder, or a finished tally — is the count of all of them,
/// every figure included (the key items' results too). A builder that counts without units (the report's per-unit
/// figures) lists none, and merging one into a builder that lists units keeps that builder's units.
/// </summary>
public sealed class TallyBuilderTests
{
    private static ItemTally.Builder Counted(IEnumerable<ItemFacts> facts, bool trackUnits = true)
    {
        var builder = new ItemTally.Builder(trackUnits);
        foreach (var item in facts)
        {
            builder.Add(item);
        }

        return builder;
    }

    private static bool SameCounts(ItemTally x, ItemTally y) =>
        x.CounterValues.SequenceEqual(y.CounterValues) && x.Results.Equals(y.Results) && x.KeyResults.Equals(y.KeyResults) && x.Satisfaction == y.Satisfaction;

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool BuilderMergedWithABuilder_CountsBoth(ItemFacts[] a, ItemFacts[] b)
    {
        var builder = Counted(a);
        builder.Merge(Counted(b));
        return builder.ToTally().Equals(ItemTally.Of(a.Concat(b))) && Counted(a).ToTally().Equals(ItemTally.Of(a));
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool BuilderMergedWithATally_CountsBoth(ItemFacts[] a, ItemFacts[] b)
    {
        var builder = Counted(a);
        builder.Merge(ItemTally.Of(b));
        return builder.ToTally().Equals(ItemTally.Of(a.Concat(b)));
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool BuilderWithoutUnits_CountsEverythingButUnits(ItemFacts[] a, ItemFacts[] b)
    {
        var whole = ItemTally.Of(a.Concat(b));
        var withoutUnits = Counted(a, trackUnits: false);
        withoutUnits.Merge(Counted(b));
        withoutUnits.Merge(ItemTally.Of(b));
        var withUnits = Counted(a);
        withUnits.Merge(Counted(b, trackUnits: false));
        var t = withoutUnits.ToTally();
        var u = withUnits.ToTally();
        return t.UnitCount == 0 && SameCounts(t, whole + ItemTally.Of(b)) &&
               SameCounts(u, whole) && u.Units.SetEquals(ItemTally.Of(a).Units);
    }

    [Fact]
    public void KeyItemsResults_SurviveEveryMerge()
    {
        // Two key items solved (A), one key item planned (B), one other item solved: key results A 2, B 1.
        ItemFacts Key(string id, ResultCategory category, bool isKey = true) =>
            new(new ItemId(id), SubmissionKind.Proposal, ReportStatus.OnTime, leadUnits: [new HandlingUnit("市民政局")], category: category, isKey: isKey);
        var builder = Counted([Key("1", ResultCategory.A)]);
        builder.Merge(Counted([Key("2", ResultCategory.A)]));
        builder.Merge(ItemTally.Of([Key("3", ResultCategory.B), Key("4", ResultCategory.A, isKey: false)]));
        var tally = builder.ToTally();
        Assert.Equal((2, 1, 0), (tally.KeyResults[ResultCategory.A], tally.KeyResults[ResultCategory.B], tally.KeyResults[ResultCategory.C]));
        Assert.Equal((3, 1), (tally.Results[ResultCategory.A], tally.Results[ResultCategory.B]));
        Assert.Equal(3, tally.Key);
    }

    [Fact]
    public void LateOrOverdue_CountsBoth()
    {
        // One late, two overdue, one on time, one pending: 3.
        ItemFacts Item(string id, ReportStatus status) => new(new ItemId(id), SubmissionKind.Suggestion, status);
        var builder = Counted([Item("1", ReportStatus.Late), Item("2", ReportStatus.Overdue), Item("3", ReportStatus.Overdue), Item("4", ReportStatus.OnTime), Item("5", ReportStatus.Pending)]);
        Assert.Equal(3, builder.LateOrOverdue);
    }
}
