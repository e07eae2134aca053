using FsCheck.Xunit;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Tests.Arbitraries;
using static LianLuo.Domain.Tests.Classification.TestItems;

namespace LianLuo.Domain.Tests.Satisfaction;

public class ItemSatisfactionTests
{
    private static HandledItem Replied() => Assigned("J201", D(2025, 3, 3)).With(Reply(D(2025, 5, 20), "A"));

    [Fact]
    public void Of_NotReplied_IsNotReplied()
    {
        var satisfaction = ItemSatisfaction.Of(Assigned("J200", D(2025, 3, 3)).State);
        Assert.Equal(FeedbackStatus.NotReplied, satisfaction.Status);
        Assert.False(satisfaction.IsReplied);
        Assert.Equal("未答复", satisfaction.ToString());
    }

    [Fact]
    public void Of_RepliedWithoutForm_IsAwaiting()
    {
        var satisfaction = ItemSatisfaction.Of(Replied().State);
        Assert.Equal(ItemSatisfaction.AwaitingForm, satisfaction);
        Assert.True(satisfaction.IsNoFeedback);
        Assert.Equal("待反馈", satisfaction.ToString());
    }

    [Fact]
    public void Of_FormRecordedAsNotReturned_IsItsOwnState()
    {
        var satisfaction = ItemSatisfaction.Of(Replied().With(new FeedbackReceived(D(2025, 6, 1), null)).State);
        Assert.Equal(FeedbackStatus.FormNotReturned, satisfaction.Status);
        Assert.Null(satisfaction.Level);
        Assert.True(satisfaction.IsNoFeedback);
        Assert.Equal("未反馈", satisfaction.ToString());
    }

    [Theory]
    [InlineData(SatisfactionLevel.VerySatisfied, true, true)]
    [InlineData(SatisfactionLevel.Satisfied, true, true)]
    [InlineData(SatisfactionLevel.BasicallySatisfied, false, true)]
    [InlineData(SatisfactionLevel.Unsatisfied, false, false)]
    public void Of_ReturnedForm_GivesItsLevel(SatisfactionLevel level, bool satisfied, bool satisfiedOrBasically)
    {
        var satisfaction = ItemSatisfaction.Of(Replied().With(new FeedbackReceived(D(2025, 6, 1), level)).State);
        Assert.Equal(ItemSatisfaction.Returned(level), satisfaction);
        Assert.Equal(satisfied, satisfaction.IsSatisfied);
        Assert.Equal(satisfiedOrBasically, satisfaction.IsSatisfiedOrBasically);
        Assert.Equal(DisplayNames.Chinese(level), satisfaction.ToString());
    }

    [Fact]
    public void Of_Rehandled_TakesTheLastRoundsLevel()
    {
        var rehandled = Replied().With(
            new FeedbackReceived(D(2025, 6, 1), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D(2025, 6, 2)),
            Reply(D(2025, 6, 30), "A"));
        Assert.Equal(ItemSatisfaction.Returned(SatisfactionLevel.Unsatisfied), ItemSatisfaction.Of(rehandled.State)); // 重办满意度 not given yet: 满意度
        var satisfied = rehandled.With(new FeedbackReceived(D(2025, 7, 10), SatisfactionLevel.BasicallySatisfied));
        Assert.Equal(ItemSatisfaction.Returned(SatisfactionLevel.BasicallySatisfied), ItemSatisfaction.Of(satisfied.State));
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Of_AgreesWithTheState(HandledItem item)
    {
        var satisfaction = ItemSatisfaction.Of(item.State);
        return satisfaction.IsReplied == (item.State.FirstRepliedOn is not null) &&
               satisfaction.Level == item.State.FinalSatisfaction &&
               (satisfaction.Status == FeedbackStatus.Returned) == (satisfaction.Level is not null);
    }
}
