using System.Text.Json;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// The JSON form of an <see cref="EvaluationResult"/>, as <c>lianluo score --format json</c> prints it:
/// <c>{"scheme": …, "unitsRanked": n, "units": [...], "notScored": [...]}</c>, units in rank order then unit name, each
/// with <c>unit</c>, <c>items</c>, <c>score</c>, <c>rank</c>, <c>grade</c>, <c>deductions</c>, <c>bonus</c>, <c>base</c>,
/// the indicator breakdown and the rules applied with their items (a list cut by a one-pass assessment is followed by
/// <c>omittedItems</c>, and a cut <c>notScored</c> by <c>notScoredOmitted</c>: how many were not listed). Scores and points are JSON numbers with their
/// decimals; <c>rank</c> and <c>grade</c> are null for a unit with too few items. Stateless and thread-safe; AOT-clean.
/// </summary>
public static class EvaluationResultJson
{
    /// <summary>Writes the result as indented JSON (Chinese text unescaped).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(EvaluationResult result)
    {
        Preconditions.CheckNotNull(result);
        return JsonText.Write(result, Write);
    }

    /// <summary>Writes the result to a JSON writer.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter json, EvaluationResult result)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(result);
        json.WriteStartObject();
        json.WriteString("scheme", result.Scheme);
        json.WriteNumber("unitsRanked", result.UnitsRanked);
        json.WriteStartArray("units");
        foreach (var unit in result.Units)
        {
            WriteUnit(json, unit);
        }

        json.WriteEndArray();
        WriteIds(json, "notScored", result.NotScored);
        if (result.OmittedNotScored > 0)
        {
            json.WriteNumber("notScoredOmitted", result.OmittedNotScored);
        }

        json.WriteStartArray("notApplicable");
        foreach (var note in result.NotApplicable)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter json, UnitEvaluation unit)
    {
        json.WriteStartObject();
        json.WriteString("unit", unit.Unit);
        json.WriteNumber("items", unit.Items);
        json.WriteNumber("score", unit.Score);
        if (unit.Rank is { } rank)
        {
            json.WriteNumber("rank", rank);
        }
        else
        {
            json.WriteNull("rank");
        }

        WriteOptional(json, "grade", unit.Grade);
        json.WriteNumber("deductions", unit.Deductions);
        json.WriteNumber("bonus", unit.Bonus);
        json.WriteNumber("base", unit.Base);
        json.WriteString("standing", unit.Standing == UnitStanding.Ranked ? "ranked" : "tooFewItems");
        WriteOptional(json, "scoreGrade", unit.ScoreGrade);
        json.WriteStartArray("gradeNotes");
        foreach (var note in unit.GradeNotes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteStartArray("indicators");
        foreach (var indicator in unit.Indicators)
        {
            json.WriteStartObject();
            json.WriteString("id", indicator.Id);
            json.WriteString("name", indicator.Name);
            json.WriteNumber("maxPoints", indicator.MaxPoints);
            json.WriteBoolean("applicable", indicator.Applicable);
            json.WriteBoolean("manual", indicator.Manual);
            json.WriteNumber("numerator", indicator.Numerator);
            json.WriteNumber("denominator", indicator.Denominator);
            WriteOptional(json, "rate", indicator.Rate);
            WriteOptional(json, "points", indicator.Points);
            WriteOptional(json, "level", indicator.Level);
            if (indicator.NotApplicableReason is { } reason)
            {
                json.WriteString("notApplicableReason", reason);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteRules(json, "deductionRules", unit.DeductionRules);
        WriteRules(json, "bonusRules", unit.BonusRules);
        json.WriteString("explanation", unit.Explanation);
        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, string key, EquatableArray<RuleScore> rules)
    {
        json.WriteStartArray(key);
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteIds(json, "items", rule.Items);
            if (rule.OmittedItems > 0)
            {
                json.WriteNumber("omittedItems", rule.OmittedItems);
            }

            json.WriteNumber("pointsPerItem", rule.PointsPerItem);
            json.WriteNumber("points", rule.Points);
            json.WriteBoolean("capped", rule.Capped);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter json, string key, EquatableArray<ItemId> ids)
    {
        json.WriteStartArray(key);
        foreach (var id in ids)
        {
            json.WriteStringValue(id.Value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string key, string? value)
    {
        if (value is null)
        {
            json.WriteNull(key);
        }
        else
        {
            json.WriteString(key, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string key, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(key, number);
        }
        else
        {
            json.WriteNull(key);
        }
    }
}
