using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Evaluation.EvaluationFixtures;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>A score exactly at a band's minimum earns that band (ledger.md §4: "90 分以上优秀" includes 90).</summary>
public class GradeBandBoundaryTests
{
    [Fact]
    public void ScoreOfExactly90_IsExcellent()
    {
        // Default preset, one unit with two items: J1 perfect; J2 replied late, result A, 满意, with a talk.
        // 按时办复 1/2 × 20 = 10, 沟通联系 20, 办理实效 30, 满意度 30: 90.00, no deduction, no bonus. A single unit may
        // hold max(1, ⌊20 % × 1⌋) = 1 优秀 place, so nothing lowers the band the score earns.
        var result = UnitEvaluator.Evaluate(EvaluationPresets.Default,
        [
            Perfect("J1", "市教育局"),
            Item("J2", "市教育局", ReportStatus.Late, "A", SatisfactionLevel.Satisfied, faceToFace: 1),
        ]);

        var unit = result.Unit("市教育局");
        Assert.Equal(90.00m, unit.Score);
        Assert.Equal(("优秀", "优秀"), (unit.ScoreGrade, unit.Grade));
        Assert.Empty(unit.GradeNotes);
    }
}
