using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace LianLuo.Domain.Calendars;

/// <summary>The arrangement of one notice year: its days off and make-up working days.</summary>
internal sealed record NoticeYearData(IReadOnlyList<ArrangedDay> OffDays, IReadOnlyList<ArrangedDay> WorkDays);

/// <summary>Reads and writes the china-holidays.json format with System.Text.Json source generation (no reflection, AOT-clean).</summary>
internal static class HolidayJson
{
    /// <summary>
    /// Parses a file in the china-holidays.json format. Syntax, shape and date-format problems are added to
    /// <paramref name="problems"/>; rule checks (weekend make-up days, duplicates, …) are left to the calendar.
    /// </summary>
    internal static SortedDictionary<int, NoticeYearData> Parse(string json, List<CalendarProblem> problems)
    {
        var result = new SortedDictionary<int, NoticeYearData>();
        HolidayFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize(json, HolidayJsonContext.Default.HolidayFileDto);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {(line + 1).ToString(CultureInfo.InvariantCulture)}, position {((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}" : "unknown position";
            problems.Add(new CalendarProblem(ex.Path ?? "$", $"The JSON is malformed at {where}: {ex.Message}") { Line = ex.LineNumber is { } l ? (int)l + 1 : null });
            return result;
        }

        if (file?.Years is null)
        {
            problems.Add(new CalendarProblem("years", "The JSON must be an object with a \"years\" object keyed by notice year (e.g. {\"years\": {\"2027\": {\"offDays\": [], \"workDays\": []}}})."));
            return result;
        }

        foreach (var (key, yearDto) in file.Years)
        {
            var path = $"years.{key}";
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || key.Length != 4)
            {
                problems.Add(new CalendarProblem(path, $"The notice year must be a four-digit year (value: \"{key}\")."));
                continue;
            }

            if (yearDto is null)
            {
                problems.Add(new CalendarProblem(path, "The notice year must be an object with \"offDays\" and \"workDays\" arrays."));
                continue;
            }

            var offDays = ParseDays(yearDto.OffDays, $"{path}.offDays", problems);
            var workDays = ParseDays(yearDto.WorkDays, $"{path}.workDays", problems);
            result[year] = new NoticeYearData(offDays, workDays);
        }

        return result;
    }

    /// <summary>Writes notice years in the china-holidays.json format (dates sorted within each list).</summary>
    internal static string Write(string source, IEnumerable<KeyValuePair<int, NoticeYearData>> years)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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

    private static ArrangedDay[] ParseDays(ArrangedDayDto?[]? days, string path, List<CalendarProblem> problems)
    {
        if (days is null)
        {
            problems.Add(new CalendarProblem(path, "The list is missing; write [] when the notice arranges no such day."));
            return [];
        }

        var result = new List<ArrangedDay>(days.Length);
        for (var i = 0; i < days.Length; i++)
        {
            var itemPath = $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]";
            var dto = days[i];
            if (dto is null)
            {
                problems.Add(new CalendarProblem(itemPath, "An entry must be an object {\"date\": \"YYYY-MM-DD\", \"name\": \"...\"}, not null."));
                continue;
            }

            var parsed = dto.Date is null ? null : LocalDatePattern.Iso.Parse(dto.Date);
            if (parsed is null || !parsed.Success)
            {
                problems.Add(new CalendarProblem($"{itemPath}.date", $"The date must be an existing date written YYYY-MM-DD (value: \"{dto.Date}\")."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(dto.Name))
            {
                problems.Add(new CalendarProblem($"{itemPath}.name", $"The holiday name must not be empty (date: {dto.Date})."));
                continue;
            }

            result.Add(new ArrangedDay(parsed.Value, dto.Name.Trim()));
        }

        return [.. result];
    }
}

/// <summary>The whole file.</summary>
internal sealed class HolidayFileDto
{
    public string? Source { get; init; }

    public Dictionary<string, HolidayYearDto?>? Years { get; init; }
}

/// <summary>One notice year.</summary>
internal sealed class HolidayYearDto
{
    public ArrangedDayDto?[]? OffDays { get; init; }

    public ArrangedDayDto?[]? WorkDays { get; init; }
}

/// <summary>One arranged day.</summary>
internal sealed class ArrangedDayDto
{
    public string? Date { get; init; }

    public string? Name { get; init; }
}

/// <summary>The source-generated serializer context.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(HolidayFileDto))]
internal sealed partial class HolidayJsonContext : JsonSerializerContext;
