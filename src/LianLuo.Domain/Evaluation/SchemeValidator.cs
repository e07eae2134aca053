using System.Globalization;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>Checks every rule of a scheme and collects every problem (paths are the JSON paths of <c>Serialization.EvaluationSchemeJson</c>).</summary>
internal static class SchemeValidator
{
    internal static IReadOnlyList<SchemeProblem> Validate(EvaluationSchemeBuilder scheme)
    {
        var problems = new List<SchemeProblem>();
        if (string.IsNullOrWhiteSpace(scheme.Name))
        {
            problems.Add(new(SchemeProblemKind.Missing, "name", "the scheme's name (方案名称) must not be empty"));
        }

        ValidateKinds(scheme, problems);
        if (scheme.MinimumItems is < 1)
        {
            problems.Add(new(SchemeProblemKind.OutOfRange, "minimumItems", $"minimumItems must be 1 or more, or absent to rank every unit (value: {Format(scheme.MinimumItems.Value)})"));
        }

        var bands = ValidateGrades(scheme.Grades, problems);
        var indicators = new Dictionary<string, EvaluationIndicator>(StringComparer.Ordinal);
        for (var i = 0; i < scheme.Indicators.Count; i++)
        {
            var indicator = scheme.Indicators[i];
            var path = $"indicators[{Format(i)}]";
            if (indicator is null)
            {
                problems.Add(new(SchemeProblemKind.Missing, path, "an indicator must not be null"));
                continue;
            }

            ValidateIndicator(indicator, path, bands, problems);
            if (!string.IsNullOrWhiteSpace(indicator.Id) && !indicators.TryAdd(indicator.Id, indicator))
            {
                problems.Add(new(SchemeProblemKind.Duplicate, path + ".id", $"indicator id '{indicator.Id}' appears more than once"));
            }
        }

        ValidateRules(scheme.Deductions, "deductions", bands, problems);
        ValidateRules(scheme.Bonuses, "bonuses", bands, problems);
        ValidateManualScores(scheme.ManualScores, indicators, problems);
        return problems;
    }

    private static void ValidateKinds(EvaluationSchemeBuilder scheme, List<SchemeProblem> problems)
    {
        if (scheme.ScoredKinds.Count == 0)
        {
            problems.Add(new(SchemeProblemKind.Missing, "scoredKinds", "at least one kind of item (建议, 提案) must be scored"));
        }

        var seen = new HashSet<SubmissionKind>();
        for (var i = 0; i < scheme.ScoredKinds.Count; i++)
        {
            var kind = scheme.ScoredKinds[i];
            if (!Enum.IsDefined(kind))
            {
                problems.Add(new(SchemeProblemKind.OutOfRange, $"scoredKinds[{Format(i)}]", $"scoredKinds holds an undefined kind ({kind})"));
            }
            else if (!seen.Add(kind))
            {
                problems.Add(new(SchemeProblemKind.Duplicate, $"scoredKinds[{Format(i)}]", $"scoredKinds names {DisplayNames.Chinese(kind)} more than once"));
            }
        }
    }

    private static HashSet<string> ValidateGrades(List<GradeBand> grades, List<SchemeProblem> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (grades.Count == 0)
        {
            problems.Add(new(SchemeProblemKind.Missing, "grades", "at least one grade band (等次) is needed, the lowest starting at 0"));
            return names;
        }

        decimal? previous = null;
        for (var i = 0; i < grades.Count; i++)
        {
            var band = grades[i];
            var path = $"grades[{Format(i)}]";
            if (band is null)
            {
                problems.Add(new(SchemeProblemKind.Missing, path, "a grade band must not be null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(band.Name))
            {
                problems.Add(new(SchemeProblemKind.Missing, path + ".name", "a grade band's name (等次名称) must not be empty"));
            }
            else if (!names.Add(band.Name))
            {
                problems.Add(new(SchemeProblemKind.Duplicate, path + ".name", $"grade band '{band.Name}' appears more than once"));
            }

            if (band.MinScore is < 0 or > 100)
            {
                problems.Add(new(SchemeProblemKind.OutOfRange, path + ".minScore", $"a band's minScore must be in [0, 100] (value: {Format(band.MinScore)})"));
            }

            if (previous is { } above && band.MinScore >= above)
            {
                problems.Add(new(SchemeProblemKind.OutOfOrder, path + ".minScore", $"grade bands must be listed from the highest minScore down; {Format(band.MinScore)} is not below {Format(above)}"));
            }

            previous = band.MinScore;
            if (band.CapShare is { } share && (share < 0 || share > 1))
            {
                problems.Add(new(SchemeProblemKind.CapOutOfRange, path + ".capShare", $"a band's capShare must be a share in [0, 1] (0-100 %) (value: {Format(share)})"));
            }

            if (band.CapMinimum < 0)
            {
                problems.Add(new(SchemeProblemKind.OutOfRange, path + ".capMinimum", $"a band's capMinimum must be 0 or more (value: {Format(band.CapMinimum)})"));
            }

            if (band.CapShare is not null && i == grades.Count - 1)
            {
                problems.Add(new(SchemeProblemKind.Inconsistent, path + ".capShare", "the lowest grade band cannot be capped: there is no band below for the units beyond the cap"));
            }
        }

        if (grades[^1] is { } lowest && lowest.MinScore != 0)
        {
            problems.Add(new(SchemeProblemKind.OutOfOrder, $"grades[{Format(grades.Count - 1)}].minScore", $"the lowest grade band must start at 0 so that every score has a grade (value: {Format(lowest.MinScore)})"));
        }

        return names;
    }

    private static void ValidateIndicator(EvaluationIndicator indicator, string path, HashSet<string> bands, List<SchemeProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(indicator.Id))
        {
            problems.Add(new(SchemeProblemKind.Missing, path + ".id", "an indicator's id must not be empty"));
        }

        if (string.IsNullOrWhiteSpace(indicator.Name))
        {
            problems.Add(new(SchemeProblemKind.Missing, path + ".name", "an indicator's name (指标名称) must not be empty"));
        }

        if (indicator.MaxPoints <= 0)
        {
            problems.Add(new(SchemeProblemKind.NotPositive, path + ".maxPoints", $"an indicator's maxPoints (分值) must be positive (value: {Format(indicator.MaxPoints)})"));
        }

        if (!Enum.IsDefined(indicator.NotApplicable))
        {
            problems.Add(new(SchemeProblemKind.OutOfRange, path + ".notApplicable", $"notApplicable has no such value ({indicator.NotApplicable})"));
        }

        if (!Enum.IsDefined(indicator.Mapping))
        {
            problems.Add(new(SchemeProblemKind.OutOfRange, path + ".mapping", $"mapping has no such value ({indicator.Mapping})"));
        }

        switch (indicator.Source)
        {
            case IndicatorSource.Items:
                ValidateConditions(indicator.Population, path + ".population", problems);
                if (indicator.Credits.IsEmpty)
                {
                    problems.Add(new(SchemeProblemKind.Missing, path + ".credits", "an item indicator needs at least one credit (what counts in the numerator)"));
                }

                for (var c = 0; c < indicator.Credits.Count; c++)
                {
                    var credit = indicator.Credits[c];
                    var creditPath = $"{path}.credits[{Format(c)}]";
                    if (credit is null)
                    {
                        problems.Add(new(SchemeProblemKind.Missing, creditPath, "a credit must not be null"));
                        continue;
                    }

                    ValidateConditions(credit.When, creditPath + ".when", problems);
                    if (credit.Weight <= 0 || credit.Weight > 1)
                    {
                        problems.Add(new(SchemeProblemKind.OutOfRange, creditPath + ".weight", $"a credit's weight must be in (0, 1] so that the rate stays in [0, 1] (value: {Format(credit.Weight)})"));
                    }
                }

                break;
            case IndicatorSource.Manual:
                if (!indicator.Population.IsEmpty || !indicator.Credits.IsEmpty)
                {
                    problems.Add(new(SchemeProblemKind.Inconsistent, path + ".source", "a manual indicator takes no population or credits: its points are entered per unit in manualScores"));
                }

                if (indicator.Mapping != RateMapping.Proportional)
                {
                    problems.Add(new(SchemeProblemKind.Inconsistent, path + ".mapping", "a manual indicator's points are entered directly: its mapping must be proportional"));
                }

                break;
            default:
                problems.Add(new(SchemeProblemKind.OutOfRange, path + ".source", $"source has no such value ({indicator.Source})"));
                break;
        }

        if (indicator.Mapping == RateMapping.Graded)
        {
            ValidateLevels(indicator, path, bands, problems);
        }
        else if (!indicator.Levels.IsEmpty)
        {
            problems.Add(new(SchemeProblemKind.Inconsistent, path + ".levels", "levels are only for a graded indicator (mapping: graded)"));
        }
    }

    private static void ValidateLevels(EvaluationIndicator indicator, string path, HashSet<string> bands, List<SchemeProblem> problems)
    {
        if (indicator.Levels.IsEmpty)
        {
            problems.Add(new(SchemeProblemKind.Missing, path + ".levels", "a graded indicator needs at least one level, the lowest starting at a rate of 0"));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        RateLevel? previous = null;
        for (var l = 0; l < indicator.Levels.Count; l++)
        {
            var level = indicator.Levels[l];
            var levelPath = $"{path}.levels[{Format(l)}]";
            if (level is null)
            {
                problems.Add(new(SchemeProblemKind.Missing, levelPath, "a level must not be null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(level.Name))
            {
                problems.Add(new(SchemeProblemKind.Missing, levelPath + ".name", "a level's name (良好, 合格, …) must not be empty"));
            }
            else if (!names.Add(level.Name))
            {
                problems.Add(new(SchemeProblemKind.Duplicate, levelPath + ".name", $"level '{level.Name}' appears more than once"));
            }

            if (level.MinRate is < 0 or > 1)
            {
                problems.Add(new(SchemeProblemKind.OutOfRange, levelPath + ".minRate", $"a level's minRate must be a rate in [0, 1] (value: {Format(level.MinRate)})"));
            }

            if (level.Points < 0 || level.Points > indicator.MaxPoints)
            {
                problems.Add(new(SchemeProblemKind.OutOfRange, levelPath + ".points", $"a level's points must be in [0, maxPoints = {Format(indicator.MaxPoints)}] (value: {Format(level.Points)})"));
            }

            if (previous is not null)
            {
                if (level.MinRate > previous.MinRate || (level.MinRate == previous.MinRate && previous.BlockedBy.IsEmpty))
                {
                    problems.Add(new(SchemeProblemKind.OutOfOrder, levelPath + ".minRate", $"levels must be listed from the highest minRate down (equal only below a level with blockedBy); {Format(level.MinRate)} is not below {Format(previous.MinRate)}"));
                }

                if (level.Points > previous.Points)
                {
                    problems.Add(new(SchemeProblemKind.OutOfOrder, levelPath + ".points", $"a lower level must not earn more points than the level above ({Format(level.Points)} > {Format(previous.Points)})"));
                }
            }

            ValidateConditions(level.BlockedBy, levelPath + ".blockedBy", problems);
            if (level.GradeCeiling is { } ceiling && !bands.Contains(ceiling))
            {
                problems.Add(new(SchemeProblemKind.UnknownReference, levelPath + ".gradeCeiling", $"gradeCeiling '{ceiling}' names no grade band"));
            }

            previous = level;
        }

        if (indicator.Levels[^1] is { } lowest && lowest.MinRate != 0)
        {
            problems.Add(new(SchemeProblemKind.OutOfOrder, $"{path}.levels[{Format(indicator.Levels.Count - 1)}].minRate", $"the lowest level must start at a rate of 0 so that every rate has a level (value: {Format(lowest.MinRate)})"));
        }
    }

    private static void ValidateRules(List<ItemRule> rules, string list, HashSet<string> bands, List<SchemeProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var path = $"{list}[{Format(i)}]";
            if (rule is null)
            {
                problems.Add(new(SchemeProblemKind.Missing, path, "a rule must not be null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                problems.Add(new(SchemeProblemKind.Missing, path + ".id", "a rule's id must not be empty"));
            }
            else if (!ids.Add(rule.Id))
            {
                problems.Add(new(SchemeProblemKind.Duplicate, path + ".id", $"rule id '{rule.Id}' appears more than once in {list}"));
            }

            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                problems.Add(new(SchemeProblemKind.Missing, path + ".name", "a rule's name must not be empty"));
            }

            if (rule.When.IsEmpty)
            {
                problems.Add(new(SchemeProblemKind.Missing, path + ".when", "a rule needs at least one condition (use 'all' for every item)"));
            }

            ValidateConditions(rule.When, path + ".when", problems);
            if (rule.PointsPerItem <= 0)
            {
                problems.Add(new(SchemeProblemKind.NotPositive, path + ".pointsPerItem", $"pointsPerItem must be positive (value: {Format(rule.PointsPerItem)})"));
            }

            if (rule.Cap is { } cap && cap <= 0)
            {
                problems.Add(new(SchemeProblemKind.NotPositive, path + ".cap", $"a rule's cap must be positive, or absent for no cap (value: {Format(cap)})"));
            }

            if (rule.GradeCeiling is { } ceiling && !bands.Contains(ceiling))
            {
                problems.Add(new(SchemeProblemKind.UnknownReference, path + ".gradeCeiling", $"gradeCeiling '{ceiling}' names no grade band"));
            }
        }
    }

    private static void ValidateManualScores(List<ManualScore> scores, Dictionary<string, EvaluationIndicator> indicators, List<SchemeProblem> problems)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            var path = $"manualScores[{Format(i)}]";
            if (score is null)
            {
                problems.Add(new(SchemeProblemKind.Missing, path, "a manual score must not be null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(score.Unit))
            {
                problems.Add(new(SchemeProblemKind.Missing, path + ".unit", "a manual score's unit (单位) must not be empty"));
            }

            if (!indicators.TryGetValue(score.Indicator ?? string.Empty, out var indicator))
            {
                problems.Add(new(SchemeProblemKind.UnknownReference, path + ".indicator", $"indicator '{score.Indicator}' is not an indicator of the scheme"));
                continue;
            }

            if (indicator.Source != IndicatorSource.Manual)
            {
                problems.Add(new(SchemeProblemKind.Inconsistent, path + ".indicator", $"indicator '{score.Indicator}' is computed from items; only manual indicators take manual scores"));
            }

            if (score.Points < 0 || score.Points > indicator.MaxPoints)
            {
                problems.Add(new(SchemeProblemKind.OutOfRange, path + ".points", $"a manual score must be in [0, maxPoints = {Format(indicator.MaxPoints)}] of '{indicator.Id}' (value: {Format(score.Points)})"));
            }

            if (score.Unit is not null && !seen.Add((indicator.Id, score.Unit.Trim())))
            {
                problems.Add(new(SchemeProblemKind.Duplicate, path, $"unit '{score.Unit}' has more than one manual score for '{indicator.Id}'"));
            }
        }
    }

    private static void ValidateConditions(EquatableArray<ItemCondition> conditions, string path, List<SchemeProblem> problems)
    {
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            if (!Enum.IsDefined(condition.Metric))
            {
                problems.Add(new(SchemeProblemKind.UnknownMetric, $"{path}[{Format(i)}]", $"a condition names no metric of the catalogue ({condition.Metric}); known metrics: {string.Join(", ", ItemCondition.MetricNames)}"));
            }
        }
    }

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
