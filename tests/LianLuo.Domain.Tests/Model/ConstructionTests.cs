using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using static LianLuo.Domain.Tests.Model.Samples;

namespace LianLuo.Domain.Tests.Model;

/// <summary>Every model type refuses invalid values on construction, naming the field, the value and the rule.</summary>
public class ConstructionTests
{
    private static readonly Deputy Zhang = new("张三", "城关代表团");

    [Fact]
    public void ItemId_EmptyOrNull_IsRefused()
    {
        Refusal.Assert<ArgumentException>(() => _ = new ItemId("   "), "value", "ItemId (编号)", "must not be empty", "\"   \"");
        Refusal.Assert<ArgumentNullException>(() => _ = new ItemId(null!), "value");
    }

    [Fact]
    public void ItemId_Valid_IsTrimmedAndOrderedOrdinally()
    {
        var id = new ItemId(" J2024-017 ");

        Assert.Equal("J2024-017", id.Value);
        Assert.Equal("J2024-017", id.ToString());
        Assert.Equal(string.Empty, default(ItemId).Value);
        Assert.True(new ItemId("J2024-009") < new ItemId("J2024-010"));
        Assert.True(new ItemId("J2024-010") > new ItemId("J2024-009"));
        Assert.True(new ItemId("T1") >= new ItemId("J1"));
        Assert.True(new ItemId("J1") <= new ItemId("J1"));
        Assert.Equal(0, new ItemId("J1").CompareTo(new ItemId(" J1")));

        // On equal ids (the same after trimming): neither is before the other, each is at most and at least the other.
        var (a, b) = (new ItemId("J1"), new ItemId(" J1 "));
        bool before = a < b, after = a > b, atMost = a <= b, atLeast = a >= b;
        Assert.Equal((false, false, true, true), (before, after, atMost, atLeast));
        Assert.Equal((false, true), (new ItemId("J1") >= new ItemId("T1"), new ItemId("J1") <= new ItemId("T1")));
    }

    [Fact]
    public void HandlingUnit_EmptyOrNull_IsRefused()
    {
        Refusal.Assert<ArgumentException>(() => _ = new HandlingUnit(""), "name", "HandlingUnit.Name (单位名称)", "must not be empty");
        Refusal.Assert<ArgumentNullException>(() => _ = new HandlingUnit(null!), "name");
        Assert.Equal("市教育局", new HandlingUnit(" 市教育局 ").Name);
        Assert.Equal("市教育局", new HandlingUnit("市教育局").ToString());
    }

    [Fact]
    public void ResultCategory_EmptyOrTooLong_IsRefused()
    {
        Refusal.Assert<ArgumentException>(() => _ = new ResultCategory("ABCDEFGHI"), "code", "ResultCategory.Code (办理结果)", "at most 8 characters", "\"ABCDEFGHI\"");
        Refusal.Assert<ArgumentException>(() => _ = new ResultCategory(" "), "code", "ResultCategory.Code (办理结果)", "must not be empty");
        Refusal.Assert<ArgumentNullException>(() => _ = new ResultCategory(null!), "code");
    }

    [Fact]
    public void ResultCategory_Valid_KeepsItsTrimmedCode()
    {
        Assert.Equal("甲", new ResultCategory(" 甲 ").Code);
        Assert.Equal("ABCDEFGH", new ResultCategory("ABCDEFGH").Code);
        Assert.Equal(new ResultCategory("A"), ResultCategory.A);
        Assert.Equal("B", ResultCategory.B.ToString());
        Assert.Equal("C", ResultCategory.C.Code);
        Assert.Equal(string.Empty, default(ResultCategory).Code);
    }

    [Fact]
    public void Submission_InvalidFields_AreRefused()
    {
        var id = new ItemId("J2024-017");
        Refusal.Assert<ArgumentException>(() => _ = new Submission(default, SubmissionKind.Suggestion, "标题", 2024, Zhang), "id", "Submission.Id (编号)", "must be given");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Submission(id, 0, "标题", 2024, Zhang), "kind", "Submission.Kind (类别)", "has no such value (0)");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Submission(id, (SubmissionKind)4, "标题", 2024, Zhang), "kind", "(4)");
        Refusal.Assert<ArgumentException>(() => _ = new Submission(id, SubmissionKind.Suggestion, " ", 2024, Zhang), "title", "Submission.Title (标题)", "must not be empty");
        Refusal.Assert<ArgumentNullException>(() => _ = new Submission(id, SubmissionKind.Suggestion, null!, 2024, Zhang), "title");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Submission(id, SubmissionKind.Suggestion, "标题", 1948, Zhang), "year", "Submission.Year (年度)", "between 1949 and 9999", "1948");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Submission(id, SubmissionKind.Suggestion, "标题", 10000, Zhang), "year", "10000");
        Refusal.Assert<ArgumentNullException>(() => _ = new Submission(id, SubmissionKind.Suggestion, "标题", 2024, null!), "leadProposer");
        Refusal.Assert<ArgumentException>(() => _ = new Submission(id, SubmissionKind.Suggestion, "标题", 2024, Zhang, [null!]), "coSigners", "Submission.CoSigners (附议人)", "must not contain null");
        Refusal.Assert<ArgumentException>(() => _ = new Submission(id, SubmissionKind.Suggestion, "标题", 2024, Zhang, [new Deputy("张三", "城关代表团")]), "coSigners", "must not repeat the lead proposer", "张三");
    }

    [Fact]
    public void Submission_Valid_KeepsItsFieldsAndDropsBlankOptionalText()
    {
        var submission = new Submission(new ItemId("T2024-003"), SubmissionKind.Proposal, " 关于发展夜间经济的提案 ", 1949, new Member("李四", "经济界"), null, "  ", isKey: false, session: "");

        Assert.Equal(SubmissionKind.Proposal, submission.Kind);
        Assert.Equal("关于发展夜间经济的提案", submission.Title);
        Assert.Equal(1949, submission.Year);
        Assert.Empty(submission.CoSigners);
        Assert.Null(submission.Topic);
        Assert.Null(submission.Session);
        Assert.False(submission.IsKey);

        var full = Suggestion();
        Assert.Equal("教育", full.Topic);
        Assert.Equal("十六届三次会议", full.Session);
        Assert.True(full.IsKey);
        Assert.Equal([new Deputy("王五", "城关代表团")], full.CoSigners);
        Assert.Equal(9999, new Submission(new ItemId("Y1"), SubmissionKind.Motion, "议案", 9999, Zhang).Year);
    }

    [Fact]
    public void Proposers_InvalidFields_AreRefused()
    {
        Refusal.Assert<ArgumentException>(() => _ = new Deputy(" "), "name", "Proposer.Name (提出人)", "must not be empty");
        Refusal.Assert<ArgumentException>(() => _ = new Member(""), "name", "Proposer.Name (提出人)");
        Refusal.Assert<ArgumentNullException>(() => _ = new GroupProposer(null!, GroupKind.DemocraticParty), "name");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new GroupProposer("民盟市委", (GroupKind)9), "kind", "GroupProposer.Kind", "(9)");
    }

    [Fact]
    public void Proposers_Valid_KeepTheirFields()
    {
        Assert.Equal("城关代表团", new Deputy("张三", " 城关代表团 ").Delegation);
        Assert.Null(new Deputy("张三").Delegation);
        Assert.Equal("农工党", new Member("李四", "农工党").Sector);
        Assert.Null(new Member("李四", " ").Sector);
        var group = new GroupProposer(" 市工商联 ", GroupKind.FederationOfIndustryAndCommerce);
        Assert.Equal("市工商联", group.Name);
        Assert.Equal(GroupKind.FederationOfIndustryAndCommerce, group.Kind);
    }

    [Fact]
    public void Assignment_InvalidFields_AreRefused()
    {
        Refusal.Assert<ArgumentNullException>(() => _ = new Assignment(null!, AssignmentRole.Lead), "unit");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Assignment(Education, (AssignmentRole)7), "role", "Assignment.Role (承办方式)", "(7)");
    }

    [Fact]
    public void Assignment_Factories_SetTheRole()
    {
        Assert.Equal(new Assignment(Education, AssignmentRole.Lead), Assignment.Lead("市教育局"));
        Assert.Equal(AssignmentRole.CoHandling, Assignment.CoHandling("市公安局").Role);
        Assert.Equal(AssignmentRole.Separate, Assignment.Separate("市公安局").Role);
        var full = new Assignment(Education, AssignmentRole.Lead, " 李副局长 ", " ");
        Assert.Equal("李副局长", full.ResponsibleLeader);
        Assert.Null(full.Handler);
    }

    [Fact]
    public void Assigned_BadComposition_IsRefused()
    {
        var date = AssignedOn;
        Refusal.Assert<ArgumentNullException>(() => _ = new Assigned(date, null!), "assignments");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, []), "assignments", "exactly one 主办");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, [Assignment.CoHandling("市公安局")]), "assignments", "exactly one 主办", "市公安局/会办");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, [Assignment.Lead("市教育局"), Assignment.Lead("市公安局")]), "assignments", "市教育局/主办、市公安局/主办");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, [Assignment.Lead("市教育局"), Assignment.Separate("市公安局")]), "assignments", "only 分办");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, [Assignment.Separate("市教育局"), Assignment.CoHandling("市公安局")]), "assignments", "市公安局/会办");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, [Assignment.Lead("市教育局"), Assignment.CoHandling("市教育局")]), "assignments", "市教育局 more than once");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, [Assignment.Separate("市教育局"), Assignment.Separate("市教育局")]), "assignments", "more than once");
        Refusal.Assert<ArgumentException>(() => _ = new Assigned(date, [Assignment.Lead("市教育局"), null!]), "assignments", "must not contain null");
    }

    [Fact]
    public void Assigned_Valid_ExposesLeadAndSeparateHandling()
    {
        var lead = LeadWithCoHandling();
        Assert.Equal(Education, lead.LeadUnit);
        Assert.False(lead.IsSeparateHandling);
        Assert.False(lead.IsComplex);
        Assert.Equal("交办", lead.ChineseName);

        var separate = Separate();
        Assert.Null(separate.LeadUnit);
        Assert.True(separate.IsSeparateHandling);
        Assert.Equal(3, separate.Assignments.Count);
        Assert.True(new Assigned(AssignedOn, [Assignment.Separate("市教育局")], isComplex: true).IsComplex);
    }

    [Fact]
    public void Events_InvalidFields_AreRefused()
    {
        var date = AssignedOn;
        Refusal.Assert<ArgumentNullException>(() => _ = new Received(date, null!), "Unit");
        Refusal.Assert<ArgumentNullException>(() => _ = new ReturnRequested(date, null!, "理由"), "Unit");
        Refusal.Assert<ArgumentException>(() => _ = new ReturnRequested(date, Education, "  "), "Reason", "ReturnRequested.Reason (退回理由)", "must not be empty");
        Refusal.Assert<ArgumentNullException>(() => _ = new CoHandlingOpinionSent(date, null!), "Unit");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Communicated(date, 0, CommunicationMode.Phone), "stage", "Communicated.Stage (沟通阶段)", "(0)");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Communicated(date, CommunicationStage.AfterHandling, (CommunicationMode)6), "mode", "Communicated.Mode (沟通方式)", "(6)");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Communicated(date, CommunicationStage.AfterHandling, CommunicationMode.Phone, 0), "personTimes", "Communicated.PersonTimes (人次)", "must be positive", "value: 0");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new Communicated(date, CommunicationStage.AfterHandling, CommunicationMode.Phone, -2), "personTimes", "value: -2");
        Refusal.Assert<ArgumentException>(() => _ = new Replied(date, default(ResultCategory)), "Category", "Replied.Category (办理结果)", "must be null or a code");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new FeedbackReceived(date, (SatisfactionLevel)5), "level", "FeedbackReceived.Level (满意度)", "(5)");
        Refusal.Assert<ArgumentException>(() => _ = new Supervised(date, ""), "Leader", "Supervised.Leader (督办领导)", "must not be empty");
        Refusal.Assert<ArgumentNullException>(() => _ = new Supervised(date, null!), "Leader");
    }

    [Fact]
    public void Events_Valid_KeepTheirFieldsAndChineseNames()
    {
        var date = AssignedOn;
        var communicated = new Communicated(date, CommunicationStage.BeforeHandling, CommunicationMode.Email);
        Assert.Equal(1, communicated.PersonTimes);
        Assert.Null(communicated.Unit);
        Assert.Equal("沟通", communicated.ChineseName);
        var extended = new Extended(date, date.PlusDays(60), " 王副市长 ", " ");
        Assert.Equal("王副市长", extended.Approver);
        Assert.Null(extended.Reason);
        Assert.Equal("延期", extended.ChineseName);
        var replied = new Replied(date, ResultCategory.C, Education, null, " 资金不足 ");
        Assert.Equal("资金不足", replied.Reason);
        Assert.Equal(Education, replied.Unit);
        Assert.Null(new Replied(date, ResultCategory.A, Reason: " ").Reason);
        Assert.Equal("答复", replied.ChineseName);
        Assert.Equal("职责不符", new ReturnRequested(date, Education, " 职责不符 ").Reason);

        Assert.Equal("签收", new Received(date, Education).ChineseName);
        Assert.Equal("退回申请", new ReturnRequested(date, Education, "职责不符").ChineseName);
        Assert.Equal("同意退回", new ReturnDecided(date, true).ChineseName);
        Assert.Equal("不同意退回", new ReturnDecided(date, false).ChineseName);
        Assert.Equal("会办意见", new CoHandlingOpinionSent(date, Police).ChineseName);
        Assert.Equal("反馈", new FeedbackReceived(date, SatisfactionLevel.Satisfied).ChineseName);
        Assert.Equal("未反馈", new FeedbackReceived(date, null).ChineseName);
        Assert.Equal("重新办理", new RehandlingStarted(date).ChineseName);
        Assert.Equal("回头看", new FollowedUp(date, true).ChineseName);
        Assert.Equal("督办", new Supervised(date, "市长").ChineseName);
        Assert.Equal("认定情况复杂", new ComplexityDesignated(date, true).ChineseName);
        Assert.Equal("取消情况复杂", new ComplexityDesignated(date, false).ChineseName);
        Assert.Equal("办结", new Closed(date).ChineseName);
    }

    [Fact]
    public void LiaisonActivity_InvalidFields_AreRefused()
    {
        var date = new LocalDate(2024, 5, 10);
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new LiaisonActivity(date, (ActivityType)11), "type", "LiaisonActivity.Type (类型)", "(11)");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new LiaisonActivity(date, ActivityType.Briefing, leaderAttendances: -1), "leaderAttendances", "LiaisonActivity.LeaderAttendances (领导人次)", "zero or more", "value: -1");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new LiaisonActivity(date, ActivityType.Briefing, memberAttendances: -3), "memberAttendances", "LiaisonActivity.MemberAttendances (代表委员人次)", "value: -3");
    }

    [Fact]
    public void LiaisonActivity_Valid_KeepsItsFields()
    {
        var activity = new LiaisonActivity(new LocalDate(2024, 5, 10), ActivityType.ExecutiveMeetingAttendance, " 列席市政府常务会议 ", 0, 4, " ");

        Assert.Equal(ActivityType.ExecutiveMeetingAttendance, activity.Type);
        Assert.Equal("列席市政府常务会议", activity.Topic);
        Assert.Equal(0, activity.LeaderAttendances);
        Assert.Equal(4, activity.MemberAttendances);
        Assert.Null(activity.Leader);
        Assert.Equal(new LocalDate(2024, 5, 10), activity.Date);
    }

    [Fact]
    public void HandledItem_InvalidArguments_AreRefused()
    {
        Refusal.Assert<ArgumentNullException>(() => _ = new HandledItem(null!, []), "submission");
        Refusal.Assert<ArgumentNullException>(() => _ = new HandledItem(Suggestion(), null!), "history");
        Assert.Throws<ArgumentNullException>(() => new HandledItem(Suggestion(), [LeadWithCoHandling(), null!]));
        var ex = Assert.Throws<LifecycleException>(() => new HandledItem(Suggestion(), [new Closed(AssignedOn)]));
        Assert.Equal(LifecycleRule.NotAssigned, ex.Violation!.Rule);
    }

    [Fact]
    public void LiaisonYear_InvalidArguments_AreRefused()
    {
        var item = new HandledItem(Suggestion(), [LeadWithCoHandling()]);
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new LiaisonYear(1948, [], []), "year", "LiaisonYear.Year (年度)", "between 1949 and 9999", "1948");
        Refusal.Assert<ArgumentOutOfRangeException>(() => _ = new LiaisonYear(10000, [], []), "year", "10000");
        Assert.Equal((1949, 9999), (new LiaisonYear(1949, [], []).Year, new LiaisonYear(9999, [], []).Year)); // both ends are years
        Refusal.Assert<ArgumentNullException>(() => _ = new HandledItem(null!, []), "submission");
        Refusal.Assert<ArgumentNullException>(() => _ = ItemLifecycle.Fold(Suggestion(), [LeadWithCoHandling()], null!), "engine");
        Refusal.Assert<ArgumentNullException>(() => _ = new LiaisonYear(2024, null!, []), "items");
        Refusal.Assert<ArgumentNullException>(() => _ = new LiaisonYear(2024, [], null!), "activities");
        Refusal.Assert<ArgumentException>(() => _ = new LiaisonYear(2024, [item, null!], []), "items", "must not contain null");
        Refusal.Assert<ArgumentException>(() => _ = new LiaisonYear(2024, [], [null!]), "activities", "must not contain null");
        Refusal.Assert<ArgumentException>(() => _ = new LiaisonYear(2024, [item, new HandledItem(Suggestion(), [])], []), "items", "J2024-017 more than once");
    }

    [Fact]
    public void LiaisonYear_Valid_HoldsItemsAndActivities()
    {
        var other = Suggestion() with { };
        var year = new LiaisonYear(
            2024,
            [new HandledItem(Suggestion(), [LeadWithCoHandling()]), new HandledItem(new Submission(new ItemId("T2024-001"), SubmissionKind.Proposal, "提案", 2024, new Member("李四")), [])],
            [new LiaisonActivity(new LocalDate(2024, 6, 1), ActivityType.TopicConsultation, "营商环境", 2, 15, "市长")]);

        Assert.Equal(2024, year.Year);
        Assert.Equal(2, year.Items.Count);
        Assert.Single(year.Activities);
        Assert.Equal(other, year.Items[0].Submission);
    }
}
