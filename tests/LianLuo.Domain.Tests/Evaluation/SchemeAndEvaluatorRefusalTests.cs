using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Evaluation.EvaluationFixtures;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// What the evaluator and the scheme refuse, and how an invalid scheme is told: one line per problem, counted in
/// the right number; and manual scores replaced as a whole.
/// </summary>
public class SchemeAndEvaluatorRefusalTests
{
    [Fact]
    public void Evaluate_RefusesNoSchemeNoItemsAndANullItem()
    {
        Assert.Throws<ArgumentNullException>(() => UnitEvaluator.Evaluate(null!, []));
        Assert.Throws<ArgumentNullException>(() => UnitEvaluator.Evaluate(EvaluationPresets.Default, null!));
        var ex = Assert.Throws<ArgumentException>(() => UnitEvaluator.Evaluate(EvaluationPresets.Default, [Item("E1", "市教育局", ReportStatus.OnTime), null!]));
        Assert.Contains("items must not contain null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidScheme_CountsOneProblemInTheSingular_AndListsEachOnItsOwnLine()
    {
        var one = EvaluationPresets.Default.ToBuilder();
        one.Name = "";
        Assert.StartsWith(
            "The evaluation scheme (考核方案) is not valid (1 problem):" + Environment.NewLine + "  name: ",
            Assert.Throws<InvalidSchemeException>(one.Build).Message,
            StringComparison.Ordinal);

        var two = EvaluationPresets.Default.ToBuilder();
        two.Name = "";
        two.MinimumItems = 0;
        var message = Assert.Throws<InvalidSchemeException>(two.Build).Message;
        Assert.StartsWith("The evaluation scheme (考核方案) is not valid (2 problems):", message, StringComparison.Ordinal);
        var lines = message.Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("  name: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  minimumItems: ", lines[2], StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new InvalidSchemeException((IReadOnlyList<SchemeProblem>)null!));
    }

    [Fact]
    public void WithManualScores_ReplacesTheScoresAsAWhole_AndToBuilderKeepsThem()
    {
        var builder = EvaluationPresets.Default.ToBuilder();
        builder.Indicators.Add(new EvaluationIndicator { Id = "leadership", Name = "领导重视", MaxPoints = 10m, Source = IndicatorSource.Manual });
        builder.ManualScores.Add(new ManualScore { Indicator = "leadership", Unit = "市教育局", Points = 4m });
        var scheme = builder.Build();
        Assert.Single(scheme.ToBuilder().ManualScores);

        var replaced = scheme.WithManualScores([new ManualScore { Indicator = "leadership", Unit = "市民政局", Points = 7m }]);
        var score = Assert.Single(replaced.ManualScores);
        Assert.Equal(("市民政局", 7m), (score.Unit, score.Points));
        Assert.Empty(scheme.WithManualScores([]).ManualScores);
        Assert.Throws<ArgumentNullException>(() => scheme.WithManualScores(null!));
    }
}
