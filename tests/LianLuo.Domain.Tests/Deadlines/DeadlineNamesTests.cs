using LianLuo.Domain.Deadlines;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// Every deadline term has its Chinese name (the term of 人大代表建议、政协提案办理 work, as the enums' documentation gives
/// it) and its English name; none is empty, none is shared by two values, and the English start events carry the Chinese term.
/// </summary>
public class DeadlineNamesTests
{
    [Theory]
    [InlineData(StartEvent.Assigned, "交办", "assignment (交办)")]
    [InlineData(StartEvent.Received, "签收", "receipt (签收)")]
    [InlineData(StartEvent.Replied, "答复", "reply (答复)")]
    [InlineData(StartEvent.Feedback, "反馈", "feedback (反馈)")]
    [InlineData(StartEvent.RehandlingStarted, "重新办理", "start of re-handling (重新办理)")]
    public void StartEvent_HasItsTerm(StartEvent value, string chinese, string english) =>
        Assert.Equal((chinese, english), (DeadlineNames.Chinese(value), DeadlineNames.English(value)));

    [Theory]
    [InlineData(DeadlineKind.Reply, "答复期限", "reply deadline")]
    [InlineData(DeadlineKind.ComplexReply, "复杂件答复期限", "reply deadline of a complex item")]
    [InlineData(DeadlineKind.Rehandling, "重新办理期限", "re-handling deadline")]
    [InlineData(DeadlineKind.Return, "退回期限", "return window")]
    [InlineData(DeadlineKind.CoHandlingOpinion, "会办意见期限", "co-handling opinion deadline")]
    [InlineData(DeadlineKind.FaceToFaceBeforeHandling, "办前面商期限", "face-to-face talk before handling deadline")]
    [InlineData(DeadlineKind.SatisfactionForm, "满意度测评期限", "satisfaction form deadline")]
    [InlineData(DeadlineKind.ExtensionLimit, "最长办理期限", "extension limit")]
    [InlineData(DeadlineKind.SignIn, "签收期限", "sign-in window")]
    public void DeadlineKind_HasItsTerm(DeadlineKind value, string chinese, string english) =>
        Assert.Equal((chinese, english), (DeadlineNames.Chinese(value), DeadlineNames.English(value)));

    [Fact]
    public void EveryValue_HasTwoNamesOfItsOwn()
    {
        AssertDistinctNames(Enum.GetValues<StartEvent>(), DeadlineNames.Chinese, DeadlineNames.English);
        AssertDistinctNames(Enum.GetValues<DeadlineKind>(), DeadlineNames.Chinese, DeadlineNames.English);
    }

    [Fact]
    public void UndefinedValue_IsNamedByItsNumber()
    {
        // A value no version of the enum defines is still shown, as its number, rather than as nothing.
        Assert.Equal("99", DeadlineNames.Chinese((DeadlineKind)99));
        Assert.Equal("99", DeadlineNames.English((DeadlineKind)99));
        Assert.Equal("0", DeadlineNames.Chinese((StartEvent)0));
        Assert.Equal("0", DeadlineNames.English((StartEvent)0));
    }

    private static void AssertDistinctNames<T>(T[] values, Func<T, string> chinese, Func<T, string> english)
    {
        foreach (var names in new[] { values.Select(chinese).ToList(), values.Select(english).ToList() })
        {
            Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
            Assert.Equal(values.Length, names.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
