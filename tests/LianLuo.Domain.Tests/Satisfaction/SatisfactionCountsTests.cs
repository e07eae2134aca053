using FsCheck.Xunit;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Tests.Arbitraries;

namespace LianLuo.Domain.Tests.Satisfaction;

public class SatisfactionCountsTests
{
    private static readonly SatisfactionCounts Sample = new(verySatisfied: 0, satisfied: 6, basicallySatisfied: 3, unsatisfied: 1, noFeedback: 2);

    [Fact]
    public void Rates_Default_LeaveUnreturnedFormsOut()
    {
        Assert.Equal(new(6, 10), Sample.SatisfiedRate());
        Assert.Equal(60.0m, Sample.SatisfiedRate().Percent);
        Assert.Equal(new(9, 10), Sample.SatisfiedOrBasicallyRate());
        Assert.Equal(90.0m, Sample.SatisfiedOrBasicallyRate().Percent);
    }

    [Fact]
    public void Rates_PolicyCountingUnreturnedForms_WidensTheDenominator()
    {
        var policy = new SatisfactionPolicy(countUnreturnedForms: true);
        Assert.Equal(new(6, 12), Sample.SatisfiedRate(policy));
        Assert.Equal(50.0m, Sample.SatisfiedRate(policy).Percent);
        Assert.Equal(75.0m, Sample.SatisfiedOrBasicallyRate(policy).Percent);
    }

    [Fact]
    public void Rates_VerySatisfied_CountsAsSatisfied()
    {
        var counts = new SatisfactionCounts(1, 1, 0, 1, 0);
        Assert.Equal(66.7m, counts.SatisfiedRate().Percent);
        Assert.Equal(2, counts.SatisfiedOrBetter);
    }

    [Fact]
    public void Rates_NoReturnedForm_AreNull()
    {
        Assert.Null(new SatisfactionCounts(0, 0, 0, 0, 4).SatisfiedRate().Percent);
        Assert.Equal(0.0m, new SatisfactionCounts(0, 0, 0, 0, 4).SatisfiedRate(new SatisfactionPolicy(countUnreturnedForms: true)).Percent);
    }

    [Fact]
    public void Summarize_ThreeLevel_FoldsVerySatisfiedIntoSatisfied()
    {
        var counts = new SatisfactionCounts(2, 5, 1, 1, 3);
        var three = counts.Summarize();
        Assert.Null(three.VerySatisfied);
        Assert.Equal(7, three.Satisfied);
        Assert.Equal(1, three.BasicallySatisfied);
        Assert.Equal(1, three.Unsatisfied);
        Assert.Equal(3, three.NoFeedback);
        Assert.Equal(77.8m, three.SatisfiedRate.Percent); // 7 / 9
        Assert.Equal(88.9m, three.SatisfiedOrBasicallyRate.Percent); // 8 / 9

        var four = counts.Summarize(new SatisfactionPolicy(SatisfactionScale.FourLevel));
        Assert.Equal(2, four.VerySatisfied);
        Assert.Equal(5, four.Satisfied);
        Assert.Equal(three.SatisfiedRate, four.SatisfiedRate);
    }

    [Fact]
    public void Policy_Scale_ListsItsLevels()
    {
        Assert.False(SatisfactionPolicy.Default.IsOnScale(SatisfactionLevel.VerySatisfied));
        Assert.True(SatisfactionPolicy.Default.IsOnScale(SatisfactionLevel.BasicallySatisfied));
        Assert.Equal(4, new SatisfactionPolicy(SatisfactionScale.FourLevel).Levels.Count);
        Assert.False(SatisfactionPolicy.Default.CountUnreturnedForms);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfactionPolicy((SatisfactionScale)9));
    }

    [Fact]
    public void Of_EachState_CountsOnce()
    {
        var counts = SatisfactionCounts.Of([
            ItemSatisfaction.NotReplied,
            ItemSatisfaction.AwaitingForm,
            ItemSatisfaction.FormNotReturned,
            ItemSatisfaction.Returned(SatisfactionLevel.VerySatisfied),
            ItemSatisfaction.Returned(SatisfactionLevel.Satisfied),
            ItemSatisfaction.Returned(SatisfactionLevel.Satisfied),
            ItemSatisfaction.Returned(SatisfactionLevel.Unsatisfied),
        ]);
        Assert.Equal(new SatisfactionCounts(1, 2, 0, 1, 2), counts);
        Assert.Equal(6, counts.Replied);
        Assert.Equal(2, counts[SatisfactionLevel.Satisfied]);
        Assert.Equal("非常满意 1, 满意 2, 基本满意 0, 不满意 1, 未反馈 2", counts.ToString());
        Assert.Throws<ArgumentException>(() => SatisfactionCounts.Of(default(ItemSatisfaction)));
    }

    [Fact]
    public void Constructor_NegativeCount_Throws() =>
        Assert.Contains("不满意", Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfactionCounts(0, 0, 0, -1, 0)).Message, StringComparison.Ordinal);

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public bool Merge_IsAssociative(SatisfactionCounts a, SatisfactionCounts b, SatisfactionCounts c) => (a + b) + c == a + (b + c);

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public bool Merge_IsCommutative_WithEmptyAsIdentity(SatisfactionCounts a, SatisfactionCounts b) =>
        a + b == b + a && a + SatisfactionCounts.Empty == a && SatisfactionCounts.Empty + a == a;

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public bool Rates_LieIn0To100_AndSatisfiedNeverExceedsSatisfiedOrBasically(SatisfactionCounts counts, bool countUnreturned)
    {
        var policy = new SatisfactionPolicy(countUnreturnedForms: countUnreturned);
        var satisfied = counts.SatisfiedRate(policy).Percent;
        var either = counts.SatisfiedOrBasicallyRate(policy).Percent;
        return (satisfied is null) == (either is null) &&
               (satisfied is null || (satisfied >= 0m && satisfied <= either && either <= 100m));
    }
}
