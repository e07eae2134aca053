using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Timeliness;

/// <summary>
/// Each timeliness concept has one Chinese term (the README's glossary) and one English name, whichever enum names it; none
/// is empty, none is shared by two values of an enum, and the terms the code used to mix (已超期, 严重超期, 超期答复,
/// 超期未答复, 按时答复, 按期办复率) are gone.
/// </summary>
public class TimelinessNamesTests
{
    [Theory]
    [InlineData(DeadlineStatus.NotYetDue, "未到期", "not yet due")]
    [InlineData(DeadlineStatus.DueSoon, "即将到期", "due soon")]
    [InlineData(DeadlineStatus.Overdue, "逾期未答复", "overdue")]
    [InlineData(DeadlineStatus.SeriouslyOverdue, "严重逾期", "seriously overdue")]
    [InlineData(DeadlineStatus.RepliedOnTime, "按期答复", "replied on time")]
    [InlineData(DeadlineStatus.RepliedLate, "逾期答复", "replied late")]
    public void DeadlineStatus_HasItsTerm(DeadlineStatus value, string chinese, string english) =>
        Assert.Equal((chinese, english), (TimelinessNames.Chinese(value), TimelinessNames.English(value)));

    [Theory]
    [InlineData(ReportStatus.OnTime, "按期答复", "replied on time")]
    [InlineData(ReportStatus.Late, "逾期答复", "replied late")]
    [InlineData(ReportStatus.Overdue, "逾期未答复", "overdue")]
    [InlineData(ReportStatus.Pending, "未到期", "not yet due")]
    public void ReportStatus_HasItsTerm(ReportStatus value, string chinese, string english) =>
        Assert.Equal((chinese, english), (TimelinessNames.Chinese(value), TimelinessNames.English(value)));

    [Fact]
    public void Rate_AndDimension_HaveTheirTerms()
    {
        Assert.Equal("按期答复率", TimelinessNames.OnTimeRate);
        Assert.Equal("on-time rate", TimelinessNames.EnglishOnTimeRate);
        // The assessment dimension keeps the name ledger.md §4 gives it.
        Assert.Equal("按时办复", TimelinessNames.AssessmentDimension);
    }

    [Fact]
    public void EveryValue_HasTwoNamesOfItsOwn()
    {
        AssertDistinctNames(Enum.GetValues<DeadlineStatus>(), TimelinessNames.Chinese, TimelinessNames.English);
        AssertDistinctNames(Enum.GetValues<ReportStatus>(), TimelinessNames.Chinese, TimelinessNames.English);
    }

    [Fact]
    public void TheTwoEnums_NameTheSameConceptAlike()
    {
        Assert.Equal(TimelinessNames.Chinese(DeadlineStatus.RepliedOnTime), TimelinessNames.Chinese(ReportStatus.OnTime));
        Assert.Equal(TimelinessNames.Chinese(DeadlineStatus.RepliedLate), TimelinessNames.Chinese(ReportStatus.Late));
        Assert.Equal(TimelinessNames.Chinese(DeadlineStatus.Overdue), TimelinessNames.Chinese(ReportStatus.Overdue));
        Assert.Equal(TimelinessNames.Chinese(DeadlineStatus.NotYetDue), TimelinessNames.Chinese(ReportStatus.Pending));
    }

    [Fact]
    public void NoName_UsesAnOldTerm()
    {
        string[] old = ["已超期", "严重超期", "超期答复", "超期未答复", "按时答复", "按期办复率"];
        var names = Enum.GetValues<DeadlineStatus>().Select(TimelinessNames.Chinese)
            .Concat(Enum.GetValues<ReportStatus>().Select(TimelinessNames.Chinese))
            .Append(TimelinessNames.OnTimeRate);
        Assert.All(names, name => Assert.DoesNotContain(old, o => name.Contains(o, StringComparison.Ordinal)));
    }

    [Fact]
    public void UndefinedValue_IsNamedByItsNumber()
    {
        Assert.Equal("7", TimelinessNames.Chinese((DeadlineStatus)7));
        Assert.Equal("7", TimelinessNames.English((DeadlineStatus)7));
        Assert.Equal("0", TimelinessNames.Chinese((ReportStatus)0));
        Assert.Equal("0", TimelinessNames.English((ReportStatus)0));
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
