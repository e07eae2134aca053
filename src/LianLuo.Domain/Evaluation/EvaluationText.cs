using System.Globalization;
using System.Text;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>The Chinese wording of assessment results, one line per unit like a line of a 考核通报.</summary>
internal static class EvaluationText
{
    internal static string Explain(EvaluationScheme scheme, UnitEvaluation unit, bool clamped)
    {
        var text = new StringBuilder();
        text.Append(unit.Unit).Append("主办").Append(string.Concat(scheme.ScoredKinds.Select(DisplayNames.Chinese)))
            .Append(Count(unit.Items)).Append("件。");
        if (unit.Indicators.Count > 0)
        {
            text.Append(string.Join("；", unit.Indicators.Select(Indicator)));
            var applicable = unit.Indicators.Where(i => i.Applicable).ToList();
            if (applicable.Count > 0 && applicable.Sum(i => i.MaxPoints) != 100m)
            {
                text.Append("；按适用指标满分").Append(Amount(applicable.Sum(i => i.MaxPoints))).Append("分折算");
            }

            text.Append("，基础分").Append(Score(unit.Base)).Append("分。");
        }
        else
        {
            text.Append("基础分").Append(Score(unit.Base)).Append("分。");
        }

        if (unit.DeductionRules.Count > 0)
        {
            text.Append(string.Join("，", unit.DeductionRules.Select(r => Rule(r, "扣")))).Append('。');
        }

        if (unit.BonusRules.Count > 0)
        {
            text.Append(string.Join("，", unit.BonusRules.Select(r => Rule(r, "加")))).Append('。');
        }

        text.Append("综合得分").Append(Score(unit.Score)).Append('分');
        if (clamped)
        {
            text.Append("（按0至100分计）");
        }

        if (unit.Standing == UnitStanding.TooFewItems)
        {
            text.Append("，主办件数不足").Append(Count(scheme.MinimumItems ?? 0)).Append("件，不参加排名和评定等次。");
            return text.ToString();
        }

        text.Append("，排名第").Append(Count(unit.Rank ?? 0)).Append('，');
        foreach (var note in unit.GradeNotes)
        {
            text.Append(note).Append('，');
        }

        text.Append("评定为").Append(unit.Grade).Append('。');
        return text.ToString();
    }

    private static string Indicator(IndicatorScore indicator)
    {
        if (!indicator.Applicable)
        {
            return indicator.Manual ? $"{indicator.Name}未评分，不计入"
                : indicator.NotApplicableReason is not null ? $"{indicator.Name}因数据未记录所需信息不适用，不计入"
                : $"{indicator.Name}无可考核事项，不计入";
        }

        if (indicator.Manual)
        {
            return $"{indicator.Name}（人工评分）得{Amount(indicator.Points ?? 0m)}分";
        }

        var rate = $"{indicator.Name}{(indicator.Name.EndsWith('率') || indicator.Name.EndsWith('度') ? string.Empty : "率")}{Percent(indicator.Rate ?? 0m, 2)}（{Amount(indicator.Numerator)}/{Count(indicator.Denominator)}）";
        return indicator.Level is { } level
            ? $"{rate}，评为{level}，得{Amount(indicator.Points ?? 0m)}分"
            : $"{rate}，得{Score(indicator.Points ?? 0m)}分";
    }

    private static string Rule(RuleScore rule, string verb) =>
        $"{rule.Name}{Count(rule.ItemCount)}件{verb}{Amount(rule.Points)}分{(rule.Capped ? "（已达上限）" : string.Empty)}";

    internal static string Percent(decimal share, int decimals) =>
        (share * 100m).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    internal static string Score(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);

    internal static string Amount(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
