using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>Short ways to write evaluation items in hand-computed examples.</summary>
internal static class EvaluationFixtures
{
    public static EvaluationItem Item(
        string id,
        string unit,
        ReportStatus timeliness,
        string? result = null,
        SatisfactionLevel? satisfaction = null,
        bool key = false,
        int faceToFace = 0,
        int visits = 0,
        int phoneEmail = 0,
        SubmissionKind kind = SubmissionKind.Suggestion,
        ReportStatus? rehandling = null)
    {
        var replied = timeliness is ReportStatus.OnTime or ReportStatus.Late;
        var facts = new ItemFacts(
            new ItemId(id),
            kind,
            timeliness,
            leadUnits: [new HandlingUnit(unit)],
            category: result is null ? null : new ResultCategory(result),
            satisfaction: !replied ? ItemSatisfaction.NotReplied : satisfaction is { } level ? ItemSatisfaction.Returned(level) : ItemSatisfaction.AwaitingForm,
            isKey: key,
            rehandling: rehandling,
            faceToFace: faceToFace,
            phoneEmail: phoneEmail,
            visits: visits);
        return new EvaluationItem(facts, new HandlingUnit(unit));
    }

    /// <summary>An item perfect under the default preset: on time, A, 满意, with a face-to-face talk.</summary>
    public static EvaluationItem Perfect(string id, string unit) =>
        Item(id, unit, ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, faceToFace: 1);

    public static UnitEvaluation Unit(this EvaluationResult result, string unit) =>
        result.Units.Single(u => u.Unit == unit);

    public static IndicatorScore Indicator(this UnitEvaluation unit, string id) =>
        unit.Indicators.Single(i => i.Id == id);
}
