using System.Text.Json;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime.Text;
using LianLuo.Domain.Reporting;
using static LianLuo.Domain.Reporting.Text.ReportFormat;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// The JSON form of an <see cref="AnnualReport"/>: exactly the keys and nesting of ledger.md §3, dates as
/// <c>YYYY-MM-DD</c>, rates as numbers with one decimal or <c>null</c>. Reads back what it writes.
/// Stateless and thread-safe; AOT-clean (no reflection).
/// </summary>
public static class AnnualReportJson
{
    /// <summary>Writes the report as indented JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(AnnualReport report)
    {
        Preconditions.CheckNotNull(report);
        return JsonText.Write(report, Write);
    }

    /// <summary>Writes the report to a JSON writer.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter json, AnnualReport report)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(report);
        json.WriteStartObject();
        json.WriteString("asOf", IsoDate(report.AsOf));
        json.WriteNumber("suggestions", report.Suggestions);
        json.WriteNumber("proposals", report.Proposals);
        json.WriteNumber("total", report.Total);
        json.WriteNumber("motions", report.Motions);
        json.WriteNumber("units", report.Units);
        json.WriteNumber("motionUnits", report.MotionUnits);

        var t = report.Timeliness;
        json.WriteStartObject("timeliness");
        json.WriteNumber("replied", t.Replied);
        json.WriteNumber("onTime", t.OnTime);
        json.WriteNumber("late", t.Late);
        json.WriteNumber("overdue", t.Overdue);
        json.WriteNumber("pending", t.Pending);
        WriteRate(json, "onTimeRate", t.OnTimeRate);
        json.WriteEndObject();

        json.WriteStartObject("results");
        foreach (var category in report.Results)
        {
            json.WriteStartObject(category.Code);
            json.WriteNumber("count", category.Count);
            WriteRate(json, "percent", category.Percent);
            json.WriteEndObject();
        }

        json.WriteEndObject();

        var s = report.Satisfaction;
        json.WriteStartObject("satisfaction");
        json.WriteNumber("satisfied", s.Satisfied);
        json.WriteNumber("basicallySatisfied", s.BasicallySatisfied);
        json.WriteNumber("unsatisfied", s.Unsatisfied);
        json.WriteNumber("noFeedback", s.NoFeedback);
        WriteRate(json, "satisfiedRate", s.SatisfiedRate);
        WriteRate(json, "satisfiedOrBasicallyRate", s.SatisfiedOrBasicallyRate);
        json.WriteEndObject();

        json.WriteStartObject("rehandling");
        json.WriteNumber("rehandled", report.Rehandling.Rehandled);
        json.WriteNumber("onTime", report.Rehandling.OnTime);
        json.WriteEndObject();

        json.WriteNumber("keySupervised", report.KeySupervised);

        var c = report.Communication;
        json.WriteStartObject("communication");
        json.WriteNumber("faceToFace", c.FaceToFace);
        json.WriteNumber("phoneEmail", c.PhoneEmail);
        json.WriteNumber("visits", c.Visits);
        json.WriteEndObject();

        var a = report.Activities;
        json.WriteStartObject("activities");
        json.WriteNumber("topicConsultations", a.TopicConsultations);
        json.WriteNumber("counterpartConsultations", a.CounterpartConsultations);
        json.WriteNumber("sectorConsultations", a.SectorConsultations);
        json.WriteNumber("proposalConsultations", a.ProposalConsultations);
        json.WriteNumber("consultationLeaderAttendances", a.ConsultationLeaderAttendances);
        json.WriteNumber("briefings", a.Briefings);
        json.WriteNumber("executiveMeetingAttendances", a.ExecutiveMeetingAttendances);
        json.WriteNumber("symposiumAttendances", a.SymposiumAttendances);
        json.WriteNumber("motionProgressMeetings", a.MotionProgressMeetings);
        json.WriteNumber("studyMeetings", a.StudyMeetings);
        json.WriteEndObject();
        if (!report.ByCity.IsEmpty)
        {
            // Only in a report merged from tallies (docs/tally-json.md); never in a report on one ledger.
            json.WriteStartArray("byCity");
            foreach (var city in report.ByCity)
            {
                json.WriteStartObject();
                json.WriteString("name", city.Name);
                json.WriteNumber("suggestions", city.Suggestions);
                json.WriteNumber("proposals", city.Proposals);
                json.WriteNumber("total", city.Total);
                json.WriteNumber("motions", city.Motions);
                json.WriteNumber("replied", city.Replied);
                json.WriteNumber("onTime", city.OnTime);
                json.WriteNumber("late", city.Late);
                json.WriteNumber("overdue", city.Overdue);
                WriteRate(json, "onTimeRate", city.OnTimeRate);
                WriteRate(json, "solvedOrPlannedRate", city.SolvedOrPlannedRate);
                WriteRate(json, "satisfiedOrBasicallyRate", city.SatisfiedOrBasicallyRate);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Reads the figures of a report from its JSON form (the breakdowns, findings and category labels are not part of it:
    /// <see cref="AnnualReport.CategoryLabels"/> is empty, so renderers show the category codes only).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON does not have the form of ledger.md §3; the message names the key.</exception>
    public static AnnualReport Read(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var asOfText = Get(root, "asOf").GetString() ?? string.Empty;
            var asOf = LocalDatePattern.Iso.Parse(asOfText);
            if (!asOf.Success)
            {
                throw new FormatException($"Report JSON: 'asOf' is not a YYYY-MM-DD date (value: {asOfText}).");
            }

            var report = new AnnualReport
            {
                AsOf = asOf.Value,
                Suggestions = Int(root, "suggestions"),
                Proposals = Int(root, "proposals"),
                Motions = Int(root, "motions"),
                Units = Int(root, "units"),
                MotionUnits = Int(root, "motionUnits"),
                Timeliness = ReadTimeliness(Get(root, "timeliness")),
                Results = new EquatableArray<CategoryFigure>(
                    Get(root, "results").EnumerateObject().Select(p => new CategoryFigure(p.Name, Int(p.Value, "count"), Rate(p.Value, "percent")))),
                Satisfaction = ReadSatisfaction(Get(root, "satisfaction")),
                Rehandling = new RehandlingFigures(Int(Get(root, "rehandling"), "rehandled"), Int(Get(root, "rehandling"), "onTime")),
                KeySupervised = Int(root, "keySupervised"),
                Communication = new CommunicationFigures(
                    Long(Get(root, "communication"), "faceToFace"),
                    Long(Get(root, "communication"), "phoneEmail"),
                    Long(Get(root, "communication"), "visits")),
                Activities = ReadActivities(Get(root, "activities")),
            };
            if (Int(root, "total") != report.Total)
            {
                throw new FormatException($"Report JSON: 'total' ({Int(root, "total")}) is not suggestions + proposals ({report.Total}).");
            }

            return report;
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Report JSON is {Internal.JsonSyntax.Describe(ex, json)}.", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException("Report JSON has a value of the wrong type: a number, a string, an array or an object stands where another kind is expected (the format is what AnnualReportJson.Write writes).", ex);
        }
    }

    private static TimelinessFigures ReadTimeliness(JsonElement e) =>
        new(Int(e, "replied"), Int(e, "onTime"), Int(e, "late"), Int(e, "overdue"), Int(e, "pending"), Rate(e, "onTimeRate"));

    private static SatisfactionFigures ReadSatisfaction(JsonElement e) =>
        new(Int(e, "satisfied"), Int(e, "basicallySatisfied"), Int(e, "unsatisfied"), Int(e, "noFeedback"), Rate(e, "satisfiedRate"), Rate(e, "satisfiedOrBasicallyRate"));

    private static ActivityFigures ReadActivities(JsonElement e) =>
        new(
            Int(e, "topicConsultations"),
            Int(e, "counterpartConsultations"),
            Int(e, "sectorConsultations"),
            Int(e, "proposalConsultations"),
            Long(e, "consultationLeaderAttendances"),
            Int(e, "briefings"),
            Long(e, "executiveMeetingAttendances"),
            Long(e, "symposiumAttendances"),
            Int(e, "motionProgressMeetings"),
            Int(e, "studyMeetings"));

    private static JsonElement Get(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var value)
            ? value
            : throw new FormatException($"Report JSON: missing key '{key}'.");

    private static int Int(JsonElement e, string key)
    {
        var value = Get(e, key);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : throw new FormatException($"Report JSON: '{key}' must be a whole number (value: {value.GetRawText()}).");
    }

    private static long Long(JsonElement e, string key)
    {
        var value = Get(e, key);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : throw new FormatException($"Report JSON: '{key}' must be a whole number (value: {value.GetRawText()}).");
    }

    private static decimal? Rate(JsonElement e, string key)
    {
        var value = Get(e, key);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
            _ => throw new FormatException($"Report JSON: '{key}' must be a number or null (value: {value.GetRawText()})."),
        };
    }

    private static void WriteRate(Utf8JsonWriter json, string key, decimal? rate)
    {
        json.WritePropertyName(key);
        if (rate is { } r)
        {
            json.WriteRawValue(Decimal1(r));
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
