using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Tests.Aggregation;

/// <summary>
/// Counts by 办理结果 are a multiset: merging adds the counts code by code, in any order and grouping, the empty counts
/// change nothing, a zero count is no count, and equal multisets are equal values. Solved and planned counts follow the
/// classification (A solved; A and B solved or planned, ledger.md §3-§4).
/// </summary>
public class CategoryCountLawsTests
{
    private static readonly ResultCategory[] Pool = [ResultCategory.A, ResultCategory.B, ResultCategory.C, new("D"), new("甲")];

    /// <summary>Lists of (code, count) with codes from a small pool, so that codes repeat, and zero counts among them.</summary>
    public static class Entries
    {
        public static Arbitrary<KeyValuePair<ResultCategory, int>[]> Lists() =>
            Gen.Choose(0, Pool.Length - 1)
                .SelectMany(i => Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 50))), (i, n) => new KeyValuePair<ResultCategory, int>(Pool[i], n))
                .ArrayOf()
                .ToArbitrary();
    }

    private static int Expected(IEnumerable<KeyValuePair<ResultCategory, int>> entries, ResultCategory code) =>
        entries.Where(e => e.Key == code).Sum(e => e.Value);

    [Property(Arbitrary = [typeof(Entries)])]
    public void Merge_AddsTheCountsCodeByCode(KeyValuePair<ResultCategory, int>[] xs, KeyValuePair<ResultCategory, int>[] ys)
    {
        var merged = CategoryCounts.Of(xs) + CategoryCounts.Of(ys);
        var both = xs.Concat(ys).ToArray();
        Assert.All(Pool, code => Assert.Equal(Expected(both, code), merged[code]));
        Assert.Equal(both.Sum(e => e.Value), merged.Total);
        Assert.Equal(CategoryCounts.Of(both), merged);
        Assert.Equal(CategoryCounts.Of(ys) + CategoryCounts.Of(xs), merged);
    }

    [Property(Arbitrary = [typeof(Entries)])]
    public void Codes_AreThoseWithACount_InOrdinalOrder(KeyValuePair<ResultCategory, int>[] xs)
    {
        var counts = CategoryCounts.Of(xs);
        var expected = Pool.Where(c => Expected(xs, c) > 0).OrderBy(c => c.Code, StringComparer.Ordinal);
        Assert.Equal(expected, counts.Codes);
    }

    [Property(Arbitrary = [typeof(Entries)])]
    public void Empty_IsTheIdentity(KeyValuePair<ResultCategory, int>[] xs)
    {
        var counts = CategoryCounts.Of(xs);
        Assert.Equal(counts, counts + CategoryCounts.Empty);
        Assert.Equal(counts, CategoryCounts.Empty + counts);
        Assert.Equal(counts.GetHashCode(), CategoryCounts.Of(xs.Reverse()).GetHashCode());
    }

    [Property(Arbitrary = [typeof(Entries)])]
    public void SolvedAndPlanned_FollowTheClassification(KeyValuePair<ResultCategory, int>[] xs)
    {
        var counts = CategoryCounts.Of(xs);
        var a = Expected(xs, ResultCategory.A);
        var b = Expected(xs, ResultCategory.B);
        Assert.Equal(a, counts.Solved(ClassificationScheme.Default));
        Assert.Equal(a + b, counts.SolvedOrPlanned(ClassificationScheme.Default));
    }

    [Fact]
    public void ZeroCount_IsNoCount()
    {
        var zero = CategoryCounts.Of([new(ResultCategory.A, 0)]);
        Assert.Equal(CategoryCounts.Empty, zero);
        Assert.Empty(zero.Codes);
        Assert.Equal("none", zero.ToString());
    }

    [Fact]
    public void Equality_ComparesEveryCount()
    {
        var counts = CategoryCounts.Of([new(ResultCategory.A, 2), new(ResultCategory.B, 1)]);
        Assert.True(counts.Equals(CategoryCounts.Of([new(ResultCategory.B, 1), new(ResultCategory.A, 1), new(ResultCategory.A, 1)])));
        Assert.False(counts.Equals(CategoryCounts.Of([new(ResultCategory.A, 2), new(ResultCategory.B, 2)])));
        Assert.False(counts.Equals(CategoryCounts.Of([new(ResultCategory.A, 2), new(ResultCategory.C, 1)])));
        Assert.False(counts.Equals(CategoryCounts.Of([new(ResultCategory.A, 2)])));
        Assert.False(counts.Equals(null));
        Assert.True(counts.Equals((object)CategoryCounts.Of([new(ResultCategory.A, 2), new(ResultCategory.B, 1)])));
        Assert.False(counts.Equals((object)"A 2, B 1"));
    }

    [Fact]
    public void ToString_ListsCodeAndCount_InCodeOrder() =>
        Assert.Equal("A 2, B 1, C 3", CategoryCounts.Of([new(ResultCategory.C, 3), new(ResultCategory.A, 2), new(ResultCategory.B, 1)]).ToString());

    [Fact]
    public void OneItemsResult_IsOneCount_NoResultIsNone()
    {
        Assert.Equal(CategoryCounts.Of([new(ResultCategory.B, 1)]), CategoryCounts.Of(ResultCategory.B));
        Assert.Equal(CategoryCounts.Empty, CategoryCounts.Of((ResultCategory?)null));
    }

    [Fact]
    public void Shares_ListTheSchemesCodesFirst_ThenUnknownOnes()
    {
        // 3 A, 1 X of 4: A 75.0 %, B 0 %, C 0 %, then the code the scheme does not know, X 25.0 %.
        var shares = CategoryCounts.Of([new(ResultCategory.A, 3), new(new ResultCategory("X"), 1)]).Shares(ClassificationScheme.Default);
        Assert.Equal(["A", "B", "C", "X"], shares.Select(s => s.Category.Code));
        Assert.Equal([3, 0, 0, 1], shares.Select(s => s.Count));
        Assert.Equal([75.0m, 0.0m, 0.0m, 25.0m], shares.Select(s => s.Percent!.Value));
        Assert.NotNull(shares[0].Definition);
        Assert.Null(shares[3].Definition);
    }

    [Fact]
    public void InvalidEntries_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryCounts.Of([new(ResultCategory.A, -1)]));
        Assert.Throws<ArgumentException>(() => CategoryCounts.Of([new(default(ResultCategory), 1)]));
    }
}
