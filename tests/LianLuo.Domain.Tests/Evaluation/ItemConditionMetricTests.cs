using LianLuo.Domain.Classification;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Evaluation.EvaluationFixtures;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// What each metric of a scheme's conditions means, item by item: the kind of the item, its timeliness, its result
/// class under the default classification (A solved, B planned, C neither) and its contacts; and the factories' and
/// the parser's refusals, which name the condition and the value.
/// </summary>
public class ItemConditionMetricTests
{
    private static bool Holds(string condition, EvaluationItem item) => ItemCondition.Parse(condition).Matches(item, ClassificationScheme.Default);

    [Fact]
    public void KindMetrics_MatchTheirKindOnly()
    {
        var suggestion = Item("S1", "市教育局", ReportStatus.OnTime, kind: SubmissionKind.Suggestion);
        var proposal = Item("P1", "市教育局", ReportStatus.OnTime, kind: SubmissionKind.Proposal);
        Assert.True(Holds("suggestion", suggestion));
        Assert.False(Holds("suggestion", proposal));
        Assert.True(Holds("proposal", proposal));
        Assert.False(Holds("proposal", suggestion));
    }

    [Theory]
    [InlineData(ReportStatus.Pending, true)]
    [InlineData(ReportStatus.OnTime, false)]
    [InlineData(ReportStatus.Late, false)]
    [InlineData(ReportStatus.Overdue, false)]
    public void Pending_IsNeitherRepliedNorOverdue(ReportStatus timeliness, bool pending)
    {
        Assert.Equal(pending, Holds("pending", Item("E1", "市教育局", timeliness)));
        Assert.Equal(!pending, Holds("due", Item("E1", "市教育局", timeliness)));
    }

    // 未解决 is a result that is neither solved (A) nor planned (B); an item with no result yet is not counted.
    [Theory]
    [InlineData("A", false)]
    [InlineData("B", false)]
    [InlineData("C", true)]
    [InlineData(null, false)]
    public void Unsolved_IsAResultNeitherSolvedNorPlanned(string? result, bool unsolved) =>
        Assert.Equal(unsolved, Holds("unsolved", Item("E1", "市教育局", ReportStatus.OnTime, result)));

    // 联系: any one of 面商, 电话/邮件, 走访 is enough; 面商或走访 does not count a call.
    [Theory]
    [InlineData(1, 0, 0, true, true)]
    [InlineData(0, 1, 0, true, false)]
    [InlineData(0, 0, 1, true, true)]
    [InlineData(2, 3, 4, true, true)]
    [InlineData(0, 0, 0, false, false)]
    public void Contacted_NeedsAnyOneContact(int faceToFace, int phoneEmail, int visits, bool contacted, bool faceToFaceOrVisit)
    {
        var item = Item("E1", "市教育局", ReportStatus.OnTime, faceToFace: faceToFace, phoneEmail: phoneEmail, visits: visits);
        Assert.Equal(contacted, Holds("contacted", item));
        Assert.Equal(!contacted, Holds("not:contacted", item));
        Assert.Equal(faceToFaceOrVisit, Holds("faceToFaceOrVisit", item));
    }

    [Fact]
    public void Matches_RefusesNoItemOrNoClassification()
    {
        var condition = ItemCondition.Parse("all");
        Assert.Throws<ArgumentNullException>(() => condition.Matches(null!, ClassificationScheme.Default));
        Assert.Throws<ArgumentNullException>(() => condition.Matches(Item("E1", "市教育局", ReportStatus.OnTime), null!));
    }

    [Fact]
    public void Factories_RefuseWhatNoConditionMeans()
    {
        Assert.Contains("needs a category code", Assert.Throws<ArgumentException>(() => ItemCondition.ResultIs(default)).Message, StringComparison.Ordinal);
        Assert.Contains("receivedWithin:N needs N ≥ 0 (value: -1)", Assert.Throws<ArgumentOutOfRangeException>(() => ItemCondition.ReceivedWithinDays(-1)).Message, StringComparison.Ordinal);
        Assert.Contains("repliedEarly:N needs N ≥ 0 (value: -3)", Assert.Throws<ArgumentOutOfRangeException>(() => ItemCondition.RepliedDaysEarly(-3)).Message, StringComparison.Ordinal);
        Assert.Contains("takes an argument", Assert.Throws<ArgumentOutOfRangeException>(() => ItemCondition.Of(ItemMetric.Result)).Message, StringComparison.Ordinal);
    }

    // Zero days is a condition like any other: received on the day of assignment, replied on the deadline itself.
    [Fact]
    public void Factories_TakeZeroDays_AsAPlainCondition()
    {
        Assert.Equal(ItemCondition.Parse("receivedWithin:0"), ItemCondition.ReceivedWithinDays(0));
        Assert.Equal(ItemCondition.Parse("repliedEarly:0"), ItemCondition.RepliedDaysEarly(0));
        Assert.False(ItemCondition.ReceivedWithinDays(0).IsNegated);
        Assert.False(ItemCondition.RepliedDaysEarly(0).IsNegated);
        Assert.Equal("receivedWithin:7", ItemCondition.ReceivedWithinDays(7).ToString());
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("  ", "must not be empty")]
    [InlineData("answered", "unknown metric 'answered'; known metrics: all, suggestion, proposal")]
    [InlineData("result:", "needs a category code of 1-8 characters, as in result:A (value: 'result:')")]
    [InlineData("receivedWithin:x", "metric 'receivedWithin' needs a whole number of days ≥ 0, as in receivedWithin:7 (value: 'receivedWithin:x')")]
    [InlineData("repliedEarly:-2", "metric 'repliedEarly' needs a whole number of days ≥ 0, as in repliedEarly:7 (value: 'repliedEarly:-2')")]
    [InlineData("key:1", "metric 'key' takes no argument (value: 'key:1')")]
    public void Parse_SaysWhatIsWrong(string text, string reason)
    {
        Assert.False(ItemCondition.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.Equal(("condition", text), (problem.Code, problem.Value));
        var ex = Assert.Throws<FormatException>(() => ItemCondition.Parse(text));
        Assert.StartsWith("ItemCondition: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
