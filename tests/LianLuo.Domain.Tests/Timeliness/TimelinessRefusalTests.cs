using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Timeliness;

/// <summary>
/// Recorded verdicts are keyed by item and unit, and each key is recorded once; a status reads as its words, its date
/// and its deadline; and the judge refuses a missing engine or item state.
/// </summary>
public class TimelinessRefusalTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;
    private static readonly Submission Suggestion = new(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全的建议", 2025, new Deputy("张三"));
    private static readonly LocalDate Replied = new(2025, 6, 23);
    private static readonly LocalDate Due = new(2025, 6, 20);

    private static ReplyVerdict Verdict(string? id, string? unit = null) =>
        new(id is null ? null : new ItemId(id), Replied, Due, false, false, "v") { Unit = unit is null ? null : new HandlingUnit(unit) };

    private static ItemState Open() =>
        ItemLifecycle.Fold(Suggestion, [new Assigned(new LocalDate(2025, 3, 20), [new Assignment(new HandlingUnit("市教育局"), AssignmentRole.Lead)])]);

    [Fact]
    public void RecordedVerdicts_OneForEachItemAndUnit()
    {
        var verdicts = new RecordedVerdicts([Verdict("J1"), Verdict("J1", "市教育局"), Verdict("J1", "市民政局"), Verdict("J2")]);
        Assert.Equal(4, verdicts.Count);
        Assert.Equal(new HandlingUnit("市民政局"), verdicts.Find(new ItemId("J1"), new HandlingUnit("市民政局"))!.Unit);
        Assert.Null(verdicts.Find(new ItemId("J3")));

        Assert.Contains(
            "Item J1 has more than one recorded verdict",
            Assert.Throws<ArgumentException>(() => new RecordedVerdicts([Verdict("J1"), Verdict("J2"), Verdict("J1")])).Message,
            StringComparison.Ordinal);
        Assert.Contains(
            "Item J1 unit 市教育局 has more than one recorded verdict",
            Assert.Throws<ArgumentException>(() => new RecordedVerdicts([Verdict("J1", "市教育局"), Verdict("J1", "市教育局")])).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RecordedVerdicts_RefuseAVerdictOfNoItem_NamingItsReplyDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RecordedVerdicts([Verdict(null)]));
        Assert.Contains("must name its item (编号); the verdict of the reply on 2025-06-23 names none", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new RecordedVerdicts(null!));
        Assert.Throws<ArgumentNullException>(() => new RecordedVerdicts([Verdict("J1"), null!]));
    }

    [Fact]
    public void Status_ReadsAsItsWordsDateAndDeadline()
    {
        var open = Engine.Status(Open(), new LocalDate(2025, 4, 1));
        Assert.False(open.IsReplied);
        Assert.False(open.IsProvisional);
        Assert.Equal($"not yet due as of 2025-04-01 (deadline 2025-06-20, calendar {WorkingCalendar.China.Version})", open.ToString());

        var bare = new ItemDeadlineStatus(DeadlineStatus.RepliedOnTime, new LocalDate(2025, 7, 1), null, null, new LocalDate(2025, 6, 1), null, "v1");
        Assert.True(bare.IsReplied);
        Assert.False(bare.IsProvisional);
        Assert.Equal("replied on time as of 2025-07-01 (deadline none, calendar v1)", bare.ToString());

        // A verdict recorded against a provisional deadline stays provisional, whatever the deadline known now.
        var recorded = bare with { Deadline = open.Deadline, Verdict = Verdict("J2025-001") with { DeadlineWasProvisional = true } };
        Assert.True(recorded.IsProvisional);
    }

    [Fact]
    public void Judge_RefusesNoEngineOrNoState()
    {
        var state = Open();
        var asOf = new LocalDate(2025, 4, 1);
        Assert.Throws<ArgumentNullException>(() => ((DeadlineEngine)null!).Verdict(state));
        Assert.Throws<ArgumentNullException>(() => Engine.Verdict(null!));
        Assert.Throws<ArgumentNullException>(() => ((DeadlineEngine)null!).UnitVerdict(state, new HandlingUnit("市教育局")));
        Assert.Throws<ArgumentNullException>(() => Engine.UnitVerdict(null!, new HandlingUnit("市教育局")));
        Assert.Throws<ArgumentNullException>(() => Engine.UnitVerdict(state, null!));
        Assert.Throws<ArgumentNullException>(() => ((DeadlineEngine)null!).Status(state, asOf, null));
        Assert.Throws<ArgumentNullException>(() => Engine.Status(null!, asOf, null));
        Assert.Throws<ArgumentNullException>(() => ((DeadlineEngine)null!).Status(SubmissionKind.Suggestion, asOf, false, null, null, asOf));
        Assert.Throws<ArgumentNullException>(() => ((DeadlineEngine)null!).RehandlingStatus(state, asOf));
        Assert.Throws<ArgumentNullException>(() => Engine.RehandlingStatus(null!, asOf));
    }
}
