using LianLuo.Domain.Classification;
using LianLuo.Domain.Satisfaction;

namespace LianLuo.Domain.Tests.Classification;

public class ClassificationNamesTests
{
    [Fact]
    public void EveryValue_HasDistinctChineseAndEnglishNames()
    {
        AssertNames(Enum.GetValues<ClassificationRule>(), ClassificationNames.Chinese, ClassificationNames.English);
        AssertNames(Enum.GetValues<FollowUpStatus>(), ClassificationNames.Chinese, ClassificationNames.English);
        AssertNames(Enum.GetValues<FeedbackStatus>(), SatisfactionNames.Chinese, SatisfactionNames.English);
        AssertNames(Enum.GetValues<SatisfactionScale>(), SatisfactionNames.Chinese, SatisfactionNames.English);
        Assert.Equal("未说明理由", ClassificationNames.Chinese(ClassificationRule.ReasonMissing));
        Assert.Equal("未反馈", SatisfactionNames.Chinese(FeedbackStatus.FormNotReturned));
    }

    [Fact]
    public void UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassificationNames.Chinese((ClassificationRule)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassificationNames.English((FollowUpStatus)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionNames.Chinese((FeedbackStatus)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionNames.English((SatisfactionScale)0));
    }

    [Fact]
    public void UndefinedValue_SaysWhichTypeAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClassificationNames.English((ClassificationRule)0));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("ClassificationRule has no such value (0).", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each value has a name in each language, and no two values share one: a Chinese name is written in Chinese (it holds
    /// a CJK character), an English name in English (letters, spaces and hyphens, no CJK), neither blank.
    /// </summary>
    private static void AssertNames<TEnum>(TEnum[] values, Func<TEnum, string> chinese, Func<TEnum, string> english)
    {
        Assert.Equal(values.Length, values.Select(chinese).Distinct().Count());
        Assert.Equal(values.Length, values.Select(english).Distinct().Count());
        foreach (var value in values)
        {
            Assert.Contains(chinese(value), c => c is >= '\u4E00' and <= '\u9FFF');
            Assert.Matches("^[A-Za-z][A-Za-z ()-]*[A-Za-z)]$", english(value));
        }
    }
}
