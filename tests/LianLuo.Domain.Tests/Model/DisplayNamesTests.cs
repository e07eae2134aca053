using LianLuo.Domain.Model;

namespace LianLuo.Domain.Tests.Model;

public class DisplayNamesTests
{
    [Fact]
    public void Chinese_SubmissionKinds_AreTheOfficialTerms()
    {
        Assert.Equal("建议", DisplayNames.Chinese(SubmissionKind.Suggestion));
        Assert.Equal("提案", DisplayNames.Chinese(SubmissionKind.Proposal));
        Assert.Equal("议案", DisplayNames.Chinese(SubmissionKind.Motion));
    }

    [Fact]
    public void EveryEnumValue_HasBothNames_AndParsesBackFromEither()
    {
        AssertAll<SubmissionKind>();
        AssertAll<AssignmentRole>();
        AssertAll<CommunicationStage>();
        AssertAll<CommunicationMode>();
        AssertAll<SatisfactionLevel>();
        AssertAll<GroupKind>();
        AssertAll<ActivityType>();
        AssertAll<HandlingPhase>();
        AssertAll<LifecycleRule>();
    }

    [Fact]
    public void Parse_UnknownName_ThrowsWithTheChoices()
    {
        var ex = Assert.Throws<FormatException>(() => DisplayNames.Parse<SubmissionKind>("请示"));
        Assert.Contains("建议", ex.Message, StringComparison.Ordinal);
        Assert.Contains("请示", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertAll<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var chinese = DisplayNames.Chinese(value);
            var english = DisplayNames.English(value);
            Assert.False(string.IsNullOrWhiteSpace(chinese));
            Assert.False(string.IsNullOrWhiteSpace(english));
            Assert.Equal(value, DisplayNames.Parse<TEnum>(chinese));
            Assert.Equal(value, DisplayNames.Parse<TEnum>(" " + english.ToUpperInvariant() + " "));
        }
    }
}
