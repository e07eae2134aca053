using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace LianLuo.Domain.Calendars;

/// <summary>The arrangement of one notice year: its days off and make-up working days.</summary>
internal sealed record NoticeYearData(IReadOnlyList<ArrangedDay> OffDays, IReadOnlyList<ArrangedDay> WorkDays);

/// <summary>Reads and writes the china-holidays.json format with System.Text.Json source generation (no reflection, AOT-clean).</summary>
internal static class HolidayJson
{
    /// <summary>The reading options: comments and trailing commas are allowed, as in the bundled file.</summary>
    internal static readonly JsonDocumentOptions Options = Internal.JsonText.HandEdited;

    private const string Shape = "The JSON must be an object with a \"years\" object keyed by notice year (e.g. {\"years\": {\"2027\": {\"offDays\": [], \"workDays\": []}}}).";

    /// <summary>
    /// Parses a file in the china-holidays.json format. Syntax, shape and date-format problems are added to
    /// <paramref name="problems"/> in our words (never System.Text.Json's), each with its path; rule checks (weekend make-up
    /// days, duplicates, …) are left to the calendar. A member given twice is a problem, not read as its last value.
    /// </summary>
    internal static SortedDictionary<int, NoticeYearData> Parse(string json, List<CalendarProblem> problems)
    {
        var result = new SortedDictionary<int, NoticeYearData>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var (line, position, reason) = Internal.JsonSyntax.Locate(ex, json);
            problems.Add(new CalendarProblem("$", string.Create(CultureInfo.InvariantCulture, $"The JSON is malformed at line {line}, position {position}: {reason}.")) { Line = line });
            return result;
        }

        if (Internal.JsonSyntax.FindBrokenEscape(json, Options) is var (brokenLine, brokenPosition))
        {
            document.Dispose();
            problems.Add(new CalendarProblem("$", string.Create(CultureInfo.InvariantCulture, $"The JSON is malformed at line {brokenLine}, position {brokenPosition}: {Internal.JsonSyntax.BrokenEscape}.")) { Line = brokenLine });
            return result;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new CalendarProblem("$", $"{Shape} It is {Kind(root)}."));
                return result;
            }

            var members = Members(root, string.Empty, problems);
            if (!members.TryGetValue("years", out var years) || years.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new CalendarProblem("years", Shape));
                return result;
            }

            foreach (var (key, yearElement) in Members(years, "years", problems))
            {
                var path = $"years.{key}";
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || key.Length != 4)
                {
                    problems.Add(new CalendarProblem(path, $"The notice year must be a four-digit year (value: \"{key}\")."));
                    continue;
                }

                if (yearElement.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new CalendarProblem(path, $"The notice year must be an object with \"offDays\" and \"workDays\" arrays (it is {Kind(yearElement)})."));
                    continue;
                }

                var lists = Members(yearElement, path, problems);
                var offDays = ParseDays(lists.GetValueOrDefault("offDays"), $"{path}.offDays", problems);
                var workDays = ParseDays(lists.GetValueOrDefault("workDays"), $"{path}.workDays", problems);
                result[year] = new NoticeYearData(offDays, workDays);
            }
        }

        return result;
    }

    /// <summary>Writes notice years in the china-holidays.json format (dates sorted within each list).</summary>
    internal static string Write(string source, IEnumerable<KeyValuePair<int, NoticeYearData>> years)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Internal.JsonText.Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            writer.WriteStartObject("years");
            foreach (var (year, data) in years)
            {
                writer.WriteStartObject(year.ToString(CultureInfo.InvariantCulture));
                WriteDays(writer, "offDays", data.OffDays);
                WriteDays(writer, "workDays", data.WorkDays);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDays(Utf8JsonWriter writer, string name, IReadOnlyList<ArrangedDay> days)
    {
        writer.WriteStartArray(name);
        foreach (var day in days.OrderBy(d => d.Date))
        {
            writer.WriteStartObject();
            writer.WriteString("date", LocalDatePattern.Iso.Format(day.Date));
            writer.WriteString("name", day.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static ArrangedDay[] ParseDays(JsonElement days, string path, List<CalendarProblem> problems)
    {
        if (days.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            problems.Add(new CalendarProblem(path, "The list is missing; write [] when the notice arranges no such day."));
            return [];
        }

        if (days.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new CalendarProblem(path, $"The list must be an array of {{\"date\": \"YYYY-MM-DD\", \"name\": \"...\"}} objects (it is {Kind(days)})."));
            return [];
        }

        var result = new List<ArrangedDay>(days.GetArrayLength());
        var i = 0;
        foreach (var entry in days.EnumerateArray())
        {
            var itemPath = $"{path}[{(i++).ToString(CultureInfo.InvariantCulture)}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new CalendarProblem(itemPath, $"An entry must be an object {{\"date\": \"YYYY-MM-DD\", \"name\": \"...\"}}, not {Kind(entry)}."));
                continue;
            }

            var fields = Members(entry, itemPath, problems);
            var date = fields.GetValueOrDefault("date");
            var dateText = date.ValueKind == JsonValueKind.String ? date.GetString() : null;
            var parsed = dateText is null ? null : LocalDatePattern.Iso.Parse(dateText);
            if (parsed is null || !parsed.Success)
            {
                var shown = date.ValueKind == JsonValueKind.Undefined ? "missing" : date.ValueKind == JsonValueKind.String ? $"\"{dateText}\"" : date.GetRawText();
                problems.Add(new CalendarProblem($"{itemPath}.date", $"The date must be an existing date written YYYY-MM-DD (value: {shown})."));
                continue;
            }

            var name = fields.GetValueOrDefault("name");
            if (name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            {
                problems.Add(new CalendarProblem($"{itemPath}.name", name.ValueKind is JsonValueKind.String or JsonValueKind.Undefined or JsonValueKind.Null
                    ? $"The holiday name must not be empty (date: {dateText})."
                    : $"The holiday name must be a string (date: {dateText}; it is {Kind(name)})."));
                continue;
            }

            result.Add(new ArrangedDay(parsed.Value, name.GetString()!.Trim()));
        }

        return [.. result];
    }

    /// <summary>The members of an object by name; a name given twice is a problem at its path (the first value is kept).</summary>
    private static Dictionary<string, JsonElement> Members(JsonElement element, string path, List<CalendarProblem> problems)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (!members.TryAdd(member.Name, member.Value))
            {
                var at = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                problems.Add(new CalendarProblem(at, $"\"{member.Name}\" is given twice; give each member once."));
            }
        }

        return members;
    }

    /// <summary>A JSON value's kind in words: <c>a number</c>, <c>an array</c>, …</summary>
    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "missing",
    };
}
