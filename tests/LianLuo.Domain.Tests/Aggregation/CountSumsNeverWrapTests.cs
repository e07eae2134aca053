using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Satisfaction;

namespace LianLuo.Domain.Tests.Aggregation;

/// <summary>
/// A sum of counts is exact or refused, never wrapped round: two counts of 2,147,483,647 add up to 4,294,967,294, and a
/// counter that cannot hold that must throw rather than give a negative or a small number.
/// </summary>
public class CountSumsNeverWrapTests
{
    private const int Max = int.MaxValue;
    private const long TwiceMax = 2L * int.MaxValue;

    [Fact]
    public void ProportionSum_IsExactOrRefused()
    {
        ExactOrRefused(TwiceMax, () => (new Proportion(Max, Max) + new Proportion(Max, Max)).Denominator);
        ExactOrRefused(TwiceMax, () => (new Proportion(Max, Max) + new Proportion(Max, Max)).Numerator);
    }

    [Fact]
    public void CategoryTotals_AreExactOrRefused()
    {
        var a = new ResultCategory("A");
        var b = new ResultCategory("B");
        ExactOrRefused(TwiceMax, () => CategoryCounts.Of([new(a, Max), new(b, Max)]).Total);
        ExactOrRefused(TwiceMax, () => CategoryCounts.Of([new(a, Max), new(a, Max)])[a]);
        ExactOrRefused(TwiceMax, () => (CategoryCounts.Of([new(a, Max)]) + CategoryCounts.Of([new(a, Max)]))[a]);
    }

    [Fact]
    public void SatisfactionSums_AreExactOrRefused()
    {
        var many = new SatisfactionCounts(Max, Max, 0, 0, 0);
        ExactOrRefused(TwiceMax, () => many.SatisfiedOrBetter);
        ExactOrRefused(TwiceMax, () => many.Returned);
        ExactOrRefused(TwiceMax, () => new SatisfactionCounts(0, 0, Max, 0, Max).Replied);
        ExactOrRefused(TwiceMax, () => (new SatisfactionCounts(0, 0, 0, Max, 0) + new SatisfactionCounts(0, 0, 0, Max, 0)).Unsatisfied);
        ExactOrRefused(TwiceMax, () => (new SatisfactionCounts(0, 0, 0, 0, Max) + new SatisfactionCounts(0, 0, 0, 0, Max)).NoFeedback);
    }

    private static void ExactOrRefused(long expected, Func<long> sum)
    {
        long value;
        try
        {
            value = sum();
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException or InvalidOperationException)
        {
            return; // Refused: the caller learns the counts are too large.
        }

        Assert.Equal(expected, value);
    }
}
