using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Tests.Model;

/// <summary>Hand-made values for the example tests: a 2024 suggestion assigned on 2024-03-20.</summary>
internal static class Samples
{
    public static readonly LocalDate AssignedOn = new(2024, 3, 20);

    public static readonly HandlingUnit Education = new("市教育局");
    public static readonly HandlingUnit Police = new("市公安局");
    public static readonly HandlingUnit Transport = new("市交通运输局");
    public static readonly HandlingUnit Housing = new("市住房和城乡建设局");
    public static readonly HandlingUnit Audit = new("市审计局");

    public static Submission Suggestion() => new(
        new ItemId("J2024-017"),
        SubmissionKind.Suggestion,
        "关于加强校园周边交通安全管理的建议",
        2024,
        new Deputy("张三", "城关代表团"),
        [new Deputy("王五", "城关代表团")],
        "教育",
        isKey: true,
        session: "十六届三次会议");

    public static LocalDate Day(int daysAfterAssignment) => AssignedOn.PlusDays(daysAfterAssignment);

    /// <summary>交办 to 市教育局 (主办) with 市公安局 (会办).</summary>
    public static Assigned LeadWithCoHandling(int day = 0) =>
        new(Day(day), [new Assignment(Education, AssignmentRole.Lead, "李副局长", "赵科长"), new Assignment(Police, AssignmentRole.CoHandling)]);

    /// <summary>交办 to 市教育局, 市公安局 and 市交通运输局, each answering on its own (分办).</summary>
    public static Assigned Separate(int day = 0) =>
        new(Day(day), [new Assignment(Education, AssignmentRole.Separate), new Assignment(Police, AssignmentRole.Separate), new Assignment(Transport, AssignmentRole.Separate)]);

    public static ItemState Fold(params HandlingEvent[] history) => ItemLifecycle.Fold(Suggestion(), history);
}
