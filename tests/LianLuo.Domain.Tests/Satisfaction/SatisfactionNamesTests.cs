using LianLuo.Domain.Satisfaction;

namespace LianLuo.Domain.Tests.Satisfaction;

/// <summary>
/// Every feedback status and satisfaction scale has a name to show in each language, no two alike; a scale's Chinese
/// name lists its levels from the best down; an undefined value is refused naming its type and value.
/// </summary>
public class SatisfactionNamesTests
{
    [Fact]
    public void EveryFeedbackStatus_HasItsOwnNameInBothLanguages()
    {
        var all = Enum.GetValues<FeedbackStatus>();
        Assert.All(all, s => Assert.False(string.IsNullOrWhiteSpace(SatisfactionNames.Chinese(s))));
        Assert.All(all, s => Assert.False(string.IsNullOrWhiteSpace(SatisfactionNames.English(s))));
        Assert.Equal(all.Length, all.Select(SatisfactionNames.Chinese).Distinct().Count());
        Assert.Equal(all.Length, all.Select(SatisfactionNames.English).Distinct().Count());
    }

    [Theory]
    [InlineData(SatisfactionScale.ThreeLevel, "满意、基本满意、不满意", "three levels")]
    [InlineData(SatisfactionScale.FourLevel, "非常满意、满意、基本满意、不满意", "four levels")]
    public void EachScale_ListsItsLevelsFromTheBestDown(SatisfactionScale scale, string levels, string english)
    {
        Assert.Contains($"（{levels}）", SatisfactionNames.Chinese(scale), StringComparison.Ordinal);
        Assert.Equal(english, SatisfactionNames.English(scale));
    }

    [Fact]
    public void UndefinedValues_AreRefusedByTypeAndValue()
    {
        Assert.Contains("FeedbackStatus has no such value (9)", Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionNames.Chinese((FeedbackStatus)9)).Message, StringComparison.Ordinal);
        Assert.Contains("SatisfactionScale has no such value (0)", Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionNames.English((SatisfactionScale)0)).Message, StringComparison.Ordinal);
    }
}
