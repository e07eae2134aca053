using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Tests.Classification;

/// <summary>Hand-built items for example tests.</summary>
internal static class TestItems
{
    public static readonly HandlingUnit Education = new("市教育局");
    public static readonly HandlingUnit Health = new("市卫生健康委");
    public static readonly HandlingUnit Transport = new("市交通运输局");

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>An item assigned on a date to a lead unit (default 市教育局) with optional co-handling units.</summary>
    public static HandledItem Assigned(
        string id,
        LocalDate on,
        HandlingUnit? lead = null,
        bool isKey = false,
        SubmissionKind kind = SubmissionKind.Suggestion,
        params HandlingUnit[] coUnits)
    {
        Proposer proposer = kind == SubmissionKind.Proposal ? new Member("王委员", "教育界") : new Deputy("李代表", "城区代表团");
        var submission = new Submission(new ItemId(id), kind, "关于优化中小学课后服务的建议", on.Year, proposer, isKey: isKey);
        Assignment[] assignments = [new(lead ?? Education, AssignmentRole.Lead), .. coUnits.Select(u => new Assignment(u, AssignmentRole.CoHandling))];
        return new HandledItem(submission, [new Assigned(on, assignments)]);
    }

    /// <summary>Appends events in order.</summary>
    public static HandledItem With(this HandledItem item, params HandlingEvent[] events) =>
        events.Aggregate(item, (current, e) => current.Append(e));

    public static Replied Reply(LocalDate on, string category, LocalDate? planned = null, string? reason = null, HandlingUnit? unit = null) =>
        new(on, new ResultCategory(category), unit, planned, reason);
}
