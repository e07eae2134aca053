using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Aggregation;

/// <summary>
/// The facts of one item refuse what cannot be true of an item, and each refusal names the field in the ledger's words
/// (编号, 类别, 办理时效, 主办单位, 会办单位, 办理结果, 重办时效, 面商人次, 电话邮件人次, 走访人次) or the item and the two
/// facts that disagree, with the parameter that holds the bad value.
/// </summary>
public sealed class ItemFactsRefusalTests
{
    private static readonly ItemId Id = new("J2025-001");
    private static readonly HandlingUnit Education = new("市教育局");
    private static readonly HandlingUnit Police = new("市公安局");

    private static void Refused<TException>(Func<ItemFacts> make, string parameter, string words)
        where TException : ArgumentException
    {
        var ex = Assert.ThrowsAny<TException>(() => make());
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(words, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachFieldOutOfItsRange_IsRefusedNamingIt()
    {
        Refused<ArgumentException>(() => new ItemFacts(default, SubmissionKind.Suggestion, ReportStatus.Pending), "id", "ItemFacts.Id (编号) must be given.");
        Refused<ArgumentOutOfRangeException>(() => new ItemFacts(Id, (SubmissionKind)99, ReportStatus.Pending), "kind", "ItemFacts.Kind (类别) has no such value (99).");
        Refused<ArgumentOutOfRangeException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, (ReportStatus)99), "timeliness", "ItemFacts.Timeliness (办理时效) has no such value (99).");
        Refused<ArgumentOutOfRangeException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.OnTime, rehandling: (ReportStatus)99), "rehandling", "ItemFacts.Rehandling (重办时效) has no such value (99).");
        Refused<ArgumentOutOfRangeException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, faceToFace: -1), "faceToFace", "ItemFacts.FaceToFace (面商人次) must be zero or more (value: -1).");
        Refused<ArgumentOutOfRangeException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, phoneEmail: -1), "phoneEmail", "ItemFacts.PhoneEmail (电话邮件人次) must be zero or more (value: -1).");
        Refused<ArgumentOutOfRangeException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, visits: -1), "visits", "ItemFacts.Visits (走访人次) must be zero or more (value: -1).");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.OnTime, category: default(ResultCategory)), "category", "ItemFacts.Category (办理结果) must be null or a code.");
    }

    [Fact]
    public void Units_NullOrTwiceOrInBothRoles_AreRefusedNamingTheUnit()
    {
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, leadUnits: [Education, null!]), "leadUnits", "ItemFacts.LeadUnits (主办单位) must not contain null.");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, coUnits: [null!]), "coUnits", "ItemFacts.CoUnits (会办单位) must not contain null.");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, leadUnits: [Education, Education]), "leadUnits", "ItemFacts.LeadUnits (主办单位) names the unit 市教育局 more than once.");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, coUnits: [Police, Police]), "coUnits", "ItemFacts.CoUnits (会办单位) names the unit 市公安局 more than once.");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, leadUnits: [Education], coUnits: [Police, Education]), "coUnits", "ItemFacts of J2025-001: the unit 市教育局 is both a lead and a co-handling unit.");
    }

    [Fact]
    public void FactsOfARepliedItem_OnAnItemNotReplied_AreRefusedNamingBoth()
    {
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, category: ResultCategory.A), "category", "ItemFacts of J2025-001: a result category (办理结果) A needs a reply, but the item is Pending.");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Overdue, rehandling: ReportStatus.OnTime), "rehandling", "ItemFacts of J2025-001: re-handling (重新办理) needs a first reply, but the item is Overdue.");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Pending, satisfaction: ItemSatisfaction.AwaitingForm), "satisfaction", "does not agree with the reply status Pending.");
        Refused<ArgumentException>(() => new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.OnTime, satisfaction: ItemSatisfaction.NotReplied), "satisfaction", "does not agree with the reply status OnTime.");

        // Without a satisfaction given, a replied item awaits its form and one not replied has none.
        Assert.Equal(ItemSatisfaction.AwaitingForm, new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Late).Satisfaction);
        Assert.Equal(ItemSatisfaction.NotReplied, new ItemFacts(Id, SubmissionKind.Suggestion, ReportStatus.Overdue).Satisfaction);
    }

    [Fact]
    public void From_ATimelinessThatDisagreesWithTheState_IsRefusedSayingWhichItIs()
    {
        var submission = new Submission(Id, SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三"));
        var open = ItemLifecycle.Fold(submission, [new Assigned(new LocalDate(2025, 3, 20), [new Assignment(Education, AssignmentRole.Lead)])]);
        var replied = ItemLifecycle.Fold(submission, [new Assigned(new LocalDate(2025, 3, 20), [new Assignment(Education, AssignmentRole.Lead)]), new Replied(new LocalDate(2025, 5, 30), ResultCategory.A)]);

        Refused<ArgumentException>(() => ItemFacts.From(open, ReportStatus.OnTime, null, null), "timeliness", "ItemFacts of J2025-001: the timeliness OnTime disagrees with the state, which is not replied.");
        Refused<ArgumentException>(() => ItemFacts.From(replied, ReportStatus.Overdue, null, null), "timeliness", "ItemFacts of J2025-001: the timeliness Overdue disagrees with the state, which is replied.");
        Assert.Throws<ArgumentNullException>(() => ItemFacts.From(null!, ReportStatus.Pending, null, null));
        Assert.Throws<ArgumentNullException>(() => ItemFacts.From(null!, DeadlineEngine.Default, new LocalDate(2025, 6, 1)));
        Assert.Throws<ArgumentNullException>(() => ItemFacts.From(open, null!, new LocalDate(2025, 6, 1)));
    }
}
