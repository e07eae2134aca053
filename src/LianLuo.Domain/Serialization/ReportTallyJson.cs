using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Satisfaction;
using NodaTime.Text;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// The JSON form of a <see cref="ReportTally"/> (a tally document, <c>lianluo-report-tally</c> version 1, described in
/// docs/tally-json.md): counts only, no item data. Reads back exactly what it writes, and refuses anything else with the
/// file, the JSON path and the reason. Stateless and thread-safe; AOT-clean (System.Text.Json source generation).
/// </summary>
public static class ReportTallyJson
{
    /// <summary>The value of <c>format</c> in a tally document.</summary>
    public const string FormatName = "lianluo-report-tally";

    private static readonly string[] SatisfactionKeys = ["verySatisfied", "satisfied", "basicallySatisfied", "unsatisfied", "noFeedback"];

    /// <summary>Writes a tally as indented JSON.</summary>
    /// <param name="tally">The tally.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static string Write(ReportTally tally)
    {
        Preconditions.CheckNotNull(tally);
        var dto = new TallyDocumentDto
        {
            Format = FormatName,
            Version = ReportTally.FormatVersion,
            Name = tally.Name,
            AsOf = LocalDatePattern.Iso.Format(tally.AsOf),
            Year = tally.Year,
            ComputedUnder = new IdentityDto
            {
                Classification = tally.ComputedUnder.Classification,
                DeadlinePolicy = tally.ComputedUnder.DeadlinePolicy,
                Calendar = tally.ComputedUnder.Calendar,
                Satisfaction = tally.ComputedUnder.Satisfaction,
                BelowAverageMargin = tally.ComputedUnder.BelowAverageMargin,
                MinimumItemsToCompare = tally.ComputedUnder.MinimumItemsToCompare,
            },
            Items = new ItemsDto
            {
                Count = tally.Fingerprint.Count,
                Fingerprint = tally.Fingerprint.SumText,
                Sketch = [.. tally.Sketch.Select(h => h.ToString("x32", CultureInfo.InvariantCulture))],
            },
            SummaryYears = tally.Years.ToDictionary(kv => kv.Key.ToString(CultureInfo.InvariantCulture), kv => kv.Value),
            ByKind = new Dictionary<string, TallyDto?>
            {
                ["suggestions"] = ToDto(tally.Suggestions, units: true),
                ["proposals"] = ToDto(tally.Proposals, units: true),
                ["motions"] = ToDto(tally.Motions, units: true),
            },
            ByUnit = tally.Units.ToDictionary(
                kv => kv.Key,
                kv => (UnitDto?)new UnitDto { Tally = ToDto(kv.Value.Tally, units: false), LateOrOverdue = kv.Value.LateOrOverdue, Unsolved = kv.Value.Unsolved, Unsatisfied = kv.Value.Unsatisfied }),
            Findings = new FindingsDto
            {
                NoCommunicationBeforeReply = tally.Silent,
                FollowUpOverdue = tally.FollowUps,
                UnreturnedForms = tally.Unreturned,
                LateReturnRequests = new Dictionary<string, long>(tally.LateReturns),
            },
            Activities = ActivityCounter.Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => tally.ActivityCounts[x.i]),
        };
        return JsonText.Write(dto, (json, value) => JsonSerializer.Serialize(json, value, TallyJsonContext.Default.TallyDocumentDto)) + "\n";
    }

    /// <summary>Writes a tally to a file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <param name="tally">The tally.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, ReportTally tally) =>
        File.WriteAllText(Preconditions.CheckNotNull(path), Write(tally), new UTF8Encoding(false));

    /// <summary>Reads a tally document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="origin">Where it comes from (a file name), named in errors and kept as <see cref="ReportTally.Origin"/>; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ReportTallyException">The text is not a tally document of a version this library reads; the message names the file, the JSON path and why.</exception>
    public static ReportTally Read(string json, string? origin = null)
    {
        Preconditions.CheckNotNull(json);
        TallyDocumentDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, TallyJsonContext.Default.TallyDocumentDto);
        }
        catch (JsonException ex)
        {
            throw new ReportTallyException(origin, ex.Path ?? "$", NotATally(ex, json), ex);
        }

        var reader = new Reader(origin);
        return reader.Read(dto).WithOrigin(origin);
    }

    /// <summary>Reads a tally document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ReportTallyException">The file cannot be read, or is not a tally document.</exception>
    public static ReportTally ReadFile(string path)
    {
        Preconditions.CheckNotNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportTallyException(path, null, $"cannot be read: {ex.Message}", ex);
        }

        return Read(text, path);
    }

    /// <summary>
    /// Why System.Text.Json refused the text, in our words: its own messages name .NET types and members (issue 14). A
    /// member the document does not have, a value of the wrong type, or text that is not JSON (line and position).
    /// </summary>
    private static string NotATally(JsonException ex, string json)
    {
        var line = ex.LineNumber is { } l ? $" (line {(l + 1).ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        if (ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"is not a member of version {ReportTally.FormatVersion} of the tally document{line}.";
        }

        if (ex.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return ex.Path is null or "$"
                ? $"a tally document is a JSON object{line}."
                : $"has a value of the wrong type{line}: counts are whole numbers, names, dates and hashes strings, the sketch and a kind's units arrays, everything else objects.";
        }

        return $"not a tally document: {JsonSyntax.Describe(ex, json)}.";
    }

    private static TallyDto ToDto(ItemTally tally, bool units)
    {
        var names = ItemTally.CounterNames;
        var values = tally.CounterValues;
        var counters = new Dictionary<string, long>();
        for (var i = 0; i < names.Count; i++)
        {
            counters[Camel(names[i])] = values[i];
        }

        var s = tally.Satisfaction;
        return new TallyDto
        {
            Counters = counters,
            Results = tally.Results.Codes.ToDictionary(c => c.Code, c => (long)tally.Results[c]),
            KeyResults = tally.KeyResults.Codes.ToDictionary(c => c.Code, c => (long)tally.KeyResults[c]),
            Satisfaction = new Dictionary<string, long>
            {
                ["verySatisfied"] = s.VerySatisfied,
                ["satisfied"] = s.Satisfied,
                ["basicallySatisfied"] = s.BasicallySatisfied,
                ["unsatisfied"] = s.Unsatisfied,
                ["noFeedback"] = s.NoFeedback,
            },
            Units = units ? [.. tally.Units.Select(u => u.Name)] : null,
        };
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Turns the DTO into a tally, with every problem named by its JSON path.</summary>
    private sealed class Reader(string? origin)
    {
        public ReportTally Read(TallyDocumentDto? dto)
        {
            if (dto is null)
            {
                throw Error("$", "a tally document is a JSON object.");
            }

            if (!string.Equals(dto.Format, FormatName, StringComparison.Ordinal))
            {
                throw Error("$.format", $"must be \"{FormatName}\" (value: {Show(dto.Format)}); this is not a tally document.");
            }

            if (dto.Version != ReportTally.FormatVersion)
            {
                throw Error("$.version", $"this library reads version {ReportTally.FormatVersion} of the tally document, not {Show(dto.Version?.ToString(CultureInfo.InvariantCulture))}.");
            }

            var name = string.IsNullOrWhiteSpace(dto.Name) ? throw Error("$.name", "the tally must name its city or issuer.") : dto.Name.Trim();
            var asOf = LocalDatePattern.Iso.Parse(dto.AsOf ?? string.Empty);
            if (!asOf.Success)
            {
                throw Error("$.asOf", $"must be a YYYY-MM-DD date (value: {Show(dto.AsOf)}).");
            }

            if (dto.Year is { } year && year is < 1949 or > 9999)
            {
                throw Error("$.year", $"must be a year from 1949 to 9999 or null (value: {year}).");
            }

            var u = dto.ComputedUnder ?? throw Error("$.computedUnder", "is missing.");
            var identity = new TallyIdentity(
                Text(u.Classification, "$.computedUnder.classification"),
                Text(u.DeadlinePolicy, "$.computedUnder.deadlinePolicy"),
                Text(u.Calendar, "$.computedUnder.calendar"),
                Text(u.Satisfaction, "$.computedUnder.satisfaction"),
                u.BelowAverageMargin ?? throw Error("$.computedUnder.belowAverageMargin", "is missing."),
                u.MinimumItemsToCompare ?? throw Error("$.computedUnder.minimumItemsToCompare", "is missing."));

            var items = dto.Items ?? throw Error("$.items", "is missing.");
            var count = Count(items.Count, "$.items.count");
            if (!ItemFingerprint.TryParseSum(items.Fingerprint, out var sum))
            {
                throw Error("$.items.fingerprint", $"must be 32 hexadecimal digits (value: {Show(items.Fingerprint)}).");
            }

            var sketch = new List<UInt128>();
            var sketchTexts = items.Sketch ?? throw Error("$.items.sketch", "is missing.");
            if (sketchTexts.Length > IdSketch.Size)
            {
                throw Error("$.items.sketch", $"holds at most {IdSketch.Size} hashes (has {sketchTexts.Length}).");
            }

            for (var i = 0; i < sketchTexts.Length; i++)
            {
                sketch.Add(ItemFingerprint.TryParseSum(sketchTexts[i], out var h) ? h : throw Error($"$.items.sketch[{i}]", $"must be 32 hexadecimal digits (value: {Show(sketchTexts[i])})."));
            }

            sketch.Sort();
            var years = new Dictionary<int, long>();
            foreach (var (key, value) in dto.SummaryYears ?? throw Error("$.summaryYears", "is missing."))
            {
                if (key.Length != 4 || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    throw Error($"$.summaryYears.{key}", "the key must be a four-digit year.");
                }

                years[y] = Count(value, $"$.summaryYears.{key}");
            }

            var byKind = dto.ByKind ?? throw Error("$.byKind", "is missing.");
            var suggestions = Tally(byKind, "suggestions");
            var proposals = Tally(byKind, "proposals");
            var motions = Tally(byKind, "motions");
            var units = new Dictionary<string, UnitCounts>(StringComparer.Ordinal);
            foreach (var (unit, unitDto) in dto.ByUnit ?? throw Error("$.byUnit", "is missing."))
            {
                var path = $"$.byUnit['{unit}']";
                if (unitDto is null || string.IsNullOrWhiteSpace(unit))
                {
                    throw Error(path, "must be an object keyed by a unit name.");
                }

                units[unit] = new UnitCounts(
                    Tally(unitDto.Tally, $"{path}.tally"),
                    Count(unitDto.LateOrOverdue, $"{path}.lateOrOverdue"),
                    Count(unitDto.Unsolved, $"{path}.unsolved"),
                    Count(unitDto.Unsatisfied, $"{path}.unsatisfied"));
            }

            var findings = dto.Findings ?? throw Error("$.findings", "is missing.");
            var lateReturns = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (unit, n) in findings.LateReturnRequests ?? throw Error("$.findings.lateReturnRequests", "is missing."))
            {
                lateReturns[unit] = Count(n, $"$.findings.lateReturnRequests['{unit}']");
            }

            var activities = new long[ActivityCounter.Count];
            var activityDto = dto.Activities ?? throw Error("$.activities", "is missing.");
            for (var i = 0; i < activities.Length; i++)
            {
                var key = ActivityCounter.Keys[i];
                activities[i] = Count(activityDto.TryGetValue(key, out var v) ? v : null, $"$.activities.{key}");
            }

            var counted = (long)suggestions.Items + proposals.Items + motions.Items;
            if (counted != count)
            {
                throw Error("$.items.count", $"is {count}, but the tallies by kind count {counted} items.");
            }

            return new ReportTally(
                name,
                asOf.Value,
                dto.Year,
                identity,
                new ItemFingerprint(count, sum),
                sketch,
                suggestions,
                proposals,
                motions,
                units,
                years,
                Count(findings.NoCommunicationBeforeReply, "$.findings.noCommunicationBeforeReply"),
                Count(findings.FollowUpOverdue, "$.findings.followUpOverdue"),
                Count(findings.UnreturnedForms, "$.findings.unreturnedForms"),
                lateReturns,
                activities);
        }

        private ItemTally Tally(Dictionary<string, TallyDto?> byKind, string key) =>
            Tally(byKind.TryGetValue(key, out var t) ? t : null, $"$.byKind.{key}");

        private ItemTally Tally(TallyDto? dto, string path)
        {
            if (dto is null)
            {
                throw Error(path, "is missing.");
            }

            var names = ItemTally.CounterNames;
            var counters = dto.Counters ?? throw Error($"{path}.counters", "is missing.");
            var values = new long[names.Count];
            for (var i = 0; i < names.Count; i++)
            {
                var key = Camel(names[i]);
                values[i] = Count(counters.TryGetValue(key, out var v) ? v : null, $"{path}.counters.{key}");
            }

            var unknown = counters.Keys.FirstOrDefault(k => !names.Any(n => string.Equals(Camel(n), k, StringComparison.Ordinal)));
            if (unknown is not null)
            {
                throw Error($"{path}.counters.{unknown}", "is not a counter of this version.");
            }

            var satisfaction = dto.Satisfaction ?? throw Error($"{path}.satisfaction", "is missing.");
            var s = SatisfactionKeys.Select(k => Int(satisfaction.TryGetValue(k, out var v) ? v : null, $"{path}.satisfaction.{k}")).ToArray();
            var tally = ItemTally.FromParts(
                values,
                Categories(dto.Results, $"{path}.results"),
                Categories(dto.KeyResults, $"{path}.keyResults"),
                new SatisfactionCounts(s[0], s[1], s[2], s[3], s[4]),
                (dto.Units ?? []).Select((n, i) => string.IsNullOrWhiteSpace(n) ? throw Error($"{path}.units[{i}]", "must be a unit name.") : new HandlingUnit(n)));
            _ = Int(tally.Items, $"{path}.counters");
            return tally;
        }

        private CategoryCounts Categories(Dictionary<string, long>? counts, string path)
        {
            var pairs = new List<KeyValuePair<ResultCategory, int>>();
            foreach (var (code, n) in counts ?? throw Error(path, "is missing."))
            {
                ResultCategory category;
                try
                {
                    category = new ResultCategory(code);
                }
                catch (ArgumentException)
                {
                    throw Error($"{path}.{code}", "is not a result category code.");
                }

                pairs.Add(new(category, Int(n, $"{path}.{code}")));
            }

            return CategoryCounts.Of(pairs);
        }

        private long Count(long? value, string path) => value switch
        {
            null => throw Error(path, "is missing."),
            < 0 => throw Error(path, $"a count cannot be negative (value: {value})."),
            { } v => v,
        };

        private int Int(long? value, string path)
        {
            var n = Count(value, path);
            return n <= int.MaxValue ? (int)n : throw Error(path, $"a count of items must be at most {int.MaxValue} (value: {n}).");
        }

        private string Text(string? value, string path) => string.IsNullOrWhiteSpace(value) ? throw Error(path, "is missing.") : value;

        private ReportTallyException Error(string path, string reason) => new(origin, path, reason);

        private static string Show(string? value) => value is null ? "none" : $"\"{value}\"";
    }
}

/// <summary>A tally document.</summary>
internal sealed class TallyDocumentDto
{
    public string? Format { get; init; }

    public int? Version { get; init; }

    public string? Name { get; init; }

    public string? AsOf { get; init; }

    public int? Year { get; init; }

    public IdentityDto? ComputedUnder { get; init; }

    public ItemsDto? Items { get; init; }

    public Dictionary<string, long>? SummaryYears { get; init; }

    public Dictionary<string, TallyDto?>? ByKind { get; init; }

    public Dictionary<string, UnitDto?>? ByUnit { get; init; }

    public FindingsDto? Findings { get; init; }

    public Dictionary<string, long>? Activities { get; init; }
}

/// <summary>What the tally was computed under.</summary>
internal sealed class IdentityDto
{
    public string? Classification { get; init; }

    public string? DeadlinePolicy { get; init; }

    public string? Calendar { get; init; }

    public string? Satisfaction { get; init; }

    public decimal? BelowAverageMargin { get; init; }

    public int? MinimumItemsToCompare { get; init; }
}

/// <summary>The items' count, fingerprint and sketch.</summary>
internal sealed class ItemsDto
{
    public long? Count { get; init; }

    public string? Fingerprint { get; init; }

    public string[]? Sketch { get; init; }
}

/// <summary>One tally.</summary>
internal sealed class TallyDto
{
    public Dictionary<string, long>? Counters { get; init; }

    public Dictionary<string, long>? Results { get; init; }

    public Dictionary<string, long>? KeyResults { get; init; }

    public Dictionary<string, long>? Satisfaction { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string[]? Units { get; init; }
}

/// <summary>A lead unit's tally and finding counts.</summary>
internal sealed class UnitDto
{
    public TallyDto? Tally { get; init; }

    public long? LateOrOverdue { get; init; }

    public long? Unsolved { get; init; }

    public long? Unsatisfied { get; init; }
}

/// <summary>The counts behind the findings over all units.</summary>
internal sealed class FindingsDto
{
    public long? NoCommunicationBeforeReply { get; init; }

    public long? FollowUpOverdue { get; init; }

    public long? UnreturnedForms { get; init; }

    public Dictionary<string, long>? LateReturnRequests { get; init; }
}

/// <summary>The source-generated serializer context of tally documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TallyDocumentDto))]
internal sealed partial class TallyJsonContext : JsonSerializerContext;
