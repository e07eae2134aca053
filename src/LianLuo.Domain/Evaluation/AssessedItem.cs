using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// What the scheme's conditions read of one item for one unit: the fields of an <see cref="EvaluationItem"/> and of its
/// <see cref="ItemFacts"/> that <see cref="ItemCondition"/> tests, as a value. The one-pass assessment builds it straight
/// from an item's state (no <see cref="ItemFacts"/>, no lists), the list form from an <see cref="EvaluationItem"/>.
/// </summary>
internal readonly record struct AssessedItem(
    ItemId Id,
    string Unit,
    SubmissionKind Kind,
    ReportStatus Timeliness,
    ResultCategory? Category,
    ItemSatisfaction Satisfaction,
    long FaceToFace,
    long PhoneEmail,
    long Visits,
    bool IsKey,
    bool IsSupervised,
    bool IsRehandled,
    bool IsSeriouslyOverdue,
    int? DaysBeforeDeadline,
    int? DaysToReceive,
    bool CommunicatedBeforeReply,
    bool IsFollowUpDue,
    bool IsNonStandardReply,
    bool ReceivedOnTime,
    bool HasLateReturnRequest,
    RecordedFacts Recorded)
{
    /// <summary>Whether the item is replied (on time or late).</summary>
    public bool IsReplied => Timeliness is ReportStatus.OnTime or ReportStatus.Late;

    /// <summary>The fields of an evaluation item.</summary>
    public static AssessedItem Of(EvaluationItem item)
    {
        var facts = item.Facts;
        return new AssessedItem(
            facts.Id,
            item.Unit.Name,
            facts.Kind,
            facts.Timeliness,
            facts.Category,
            facts.Satisfaction,
            facts.FaceToFace,
            facts.PhoneEmail,
            facts.Visits,
            facts.IsKey,
            facts.IsSupervised,
            facts.Rehandling is not null,
            item.IsSeriouslyOverdue,
            item.DaysBeforeDeadline,
            item.DaysToReceive,
            item.CommunicatedBeforeReply,
            item.IsFollowUpDue,
            item.IsNonStandardReply,
            item.ReceivedOnTime,
            item.HasLateReturnRequest,
            item.Recorded);
    }
}
