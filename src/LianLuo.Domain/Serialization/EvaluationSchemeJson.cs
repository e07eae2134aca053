using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// The JSON form of an <see cref="EvaluationScheme"/>. Reading checks the form and every rule of the scheme and reports
/// every problem at once, each with its JSON path and its line (<see cref="SchemeProblem.Line"/>); unknown keys are problems too (a misspelt key must not be ignored).
/// Writing then reading gives an equal scheme. Comments and trailing commas are accepted. Stateless and thread-safe;
/// AOT-clean (no reflection).
/// </summary>
/// <remarks>
/// Keys: <c>name</c>, <c>description</c>, <c>scoredKinds</c> (建议, 提案, 议案), <c>minimumItems</c>, <c>indicators</c>
/// (<c>id</c>, <c>name</c>, <c>maxPoints</c>, <c>source</c> items|manual, <c>population</c>, <c>credits</c> of
/// <c>when</c> and <c>weight</c>, <c>notApplicable</c> whenNoData|never, <c>mapping</c> proportional|graded,
/// <c>levels</c> of <c>name</c>, <c>minRate</c>, <c>points</c>, <c>blockedBy</c>, <c>gradeCeiling</c>),
/// <c>deductions</c> and <c>bonuses</c> (<c>id</c>, <c>name</c>, <c>when</c>, <c>pointsPerItem</c>, <c>cap</c>,
/// <c>gradeCeiling</c>), <c>grades</c> (<c>name</c>, <c>minScore</c>, <c>capShare</c>, <c>capMinimum</c>) and
/// <c>manualScores</c> (<c>indicator</c>, <c>unit</c>, <c>points</c>). Conditions are strings of the
/// <see cref="ItemMetric"/> catalogue such as <c>onTime</c>, <c>result:A</c> or <c>not:late</c>; rates and shares are
/// fractions in [0, 1].
/// </remarks>
/// <example>
/// <code>
/// // A scheme is data: written, edited by hand, read back; a broken one gets every problem with its line and JSON path.
/// File.WriteAllText("考核方案.json", EvaluationSchemeJson.Write(EvaluationPresets.Default));
/// if (!EvaluationSchemeJson.TryRead(File.ReadAllText("考核方案.json"), out EvaluationScheme? scheme, out var problems))
/// {
///     foreach (IProblem problem in problems)
///     {
///         Console.WriteLine($"{problem.Location}: {problem.Message}"); // e.g. line 1, indicators[0].maxPoints: …
///     }
/// }
/// </code>
/// </example>
public static class EvaluationSchemeJson
{
    private static readonly JsonDocumentOptions DocumentOptions = JsonText.HandEdited;

    /// <summary>Writes the scheme as indented JSON (Chinese text unescaped).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static string Write(EvaluationScheme scheme)
    {
        Preconditions.CheckNotNull(scheme);
        return JsonText.Write(scheme, Write);
    }

    /// <summary>Writes the scheme to a JSON writer.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter json, EvaluationScheme scheme)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(scheme);
        json.WriteStartObject();
        json.WriteString("name", scheme.Name);
        if (scheme.Description is { } description)
        {
            json.WriteString("description", description);
        }

        json.WriteStartArray("scoredKinds");
        foreach (var kind in scheme.ScoredKinds)
        {
            json.WriteStringValue(DisplayNames.Chinese(kind));
        }

        json.WriteEndArray();
        if (scheme.MinimumItems is { } minimum)
        {
            json.WriteNumber("minimumItems", minimum);
        }

        json.WriteStartArray("indicators");
        foreach (var indicator in scheme.Indicators)
        {
            WriteIndicator(json, indicator);
        }

        json.WriteEndArray();
        WriteRules(json, "deductions", scheme.Deductions);
        WriteRules(json, "bonuses", scheme.Bonuses);
        json.WriteStartArray("grades");
        foreach (var band in scheme.Grades)
        {
            json.WriteStartObject();
            json.WriteString("name", band.Name);
            json.WriteNumber("minScore", band.MinScore);
            if (band.CapShare is { } share)
            {
                json.WriteNumber("capShare", share);
            }

            if (band.CapShare is not null || band.CapMinimum != 1)
            {
                json.WriteNumber("capMinimum", band.CapMinimum);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("manualScores");
        foreach (var score in scheme.ManualScores)
        {
            json.WriteStartObject();
            json.WriteString("indicator", score.Indicator);
            json.WriteString("unit", score.Unit);
            json.WriteNumber("points", score.Points);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a scheme from JSON, checking its form and every rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidSchemeException">The JSON is malformed or the scheme breaks rules; every problem is listed.</exception>
    public static EvaluationScheme Read(string json) =>
        TryRead(json, out var scheme, out var problems) ? scheme : throw new InvalidSchemeException(problems);

    /// <summary>
    /// Reads a scheme from the bytes of a JSON file, which must be UTF-8 (a BOM is allowed), or reports every problem: bytes
    /// that are not UTF-8 are a problem naming the first bad byte's offset, never decoded into a garbled name.
    /// </summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="scheme">The scheme, when valid.</param>
    /// <param name="problems">Every problem found (see <see cref="TryRead(string, out EvaluationScheme?, out IReadOnlyList{SchemeProblem})"/>).</param>
    public static bool TryRead(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out EvaluationScheme? scheme, out IReadOnlyList<SchemeProblem> problems)
    {
        var body = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
        var status = System.Text.Unicode.Utf8.ToUtf16(body, new char[body.Length], out var read, out _, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var line = 1 + body[..read].Count((byte)'\n');
            scheme = null;
            problems = [new SchemeProblem(SchemeProblemKind.Json, "$", string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8: byte {read + (body.Length < utf8.Length ? 3 : 0)} (0x{body[read]:X2}) starts no UTF-8 character; save the scheme as UTF-8")) { Line = line }];
            return false;
        }

        return TryRead(System.Text.Encoding.UTF8.GetString(body), out scheme, out problems);
    }

    /// <summary>Reads a scheme from JSON, or reports every problem.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scheme">The scheme, when valid.</param>
    /// <param name="problems">Every problem found, each with its JSON path and the 1-based line where that path's value starts; empty on success.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryRead(string json, [NotNullWhen(true)] out EvaluationScheme? scheme, out IReadOnlyList<SchemeProblem> problems)
    {
        Preconditions.CheckNotNull(json);
        scheme = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            problems = [new SchemeProblem(SchemeProblemKind.Json, "$", JsonSyntax.Describe(ex, json)) { Line = (int?)ex.LineNumber + 1 }];
            return false;
        }

        if (JsonSyntax.FindBrokenEscape(json, DocumentOptions) is var (brokenLine, brokenPosition))
        {
            document.Dispose();
            problems = [new SchemeProblem(SchemeProblemKind.Json, "$", string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {brokenLine}, position {brokenPosition}: {JsonSyntax.BrokenEscape}")) { Line = brokenLine }];
            return false;
        }

        using (document)
        {
            // A key given twice would otherwise be read as its last value, silently.
            var duplicates = new List<SchemeProblem>();
            FindDuplicateKeys(document.RootElement, string.Empty, duplicates);
            if (duplicates.Count > 0)
            {
                var duplicateLines = JsonLineMap.Of(json, DocumentOptions);
                problems = [.. duplicates.Select(p => p with { Line = duplicateLines.LineOf(p.Path) })];
                return false;
            }

            var reader = new SchemeReader();
            var builder = reader.ReadScheme(document.RootElement);
            var found = new List<SchemeProblem>(reader.Problems);
            found.AddRange(builder.Validate().Where(p => !reader.Problems.Any(r => Overlaps(r.Path, p.Path))));
            if (found.Count > 0)
            {
                var lines = JsonLineMap.Of(json, DocumentOptions);
                problems = [.. found.Select(p => p with { Line = lines.LineOf(p.Path) })];
                return false;
            }

            problems = found;

            scheme = new EvaluationScheme(builder);
            return true;
        }
    }

    private static void FindDuplicateKeys(JsonElement element, string path, List<SchemeProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!seen.Add(property.Name))
                    {
                        var where = path.Length == 0 ? "the scheme" : path;
                        problems.Add(new SchemeProblem(SchemeProblemKind.Duplicate, child, $"the key '{property.Name}' is given more than once in {where}; a scheme names each key once (value: {property.Value.GetRawText()})"));
                    }

                    FindDuplicateKeys(property.Value, child, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindDuplicateKeys(item, $"{path}[{index++}]", problems);
                }

                break;
        }
    }

    private static bool Overlaps(string a, string b) => a == "$" || IsWithin(a, b) || IsWithin(b, a);

    private static bool IsWithin(string path, string container) =>
        path.StartsWith(container, StringComparison.Ordinal) && (path.Length == container.Length || path[container.Length] is '.' or '[');

    private static void WriteIndicator(Utf8JsonWriter json, EvaluationIndicator indicator)
    {
        json.WriteStartObject();
        json.WriteString("id", indicator.Id);
        json.WriteString("name", indicator.Name);
        json.WriteNumber("maxPoints", indicator.MaxPoints);
        json.WriteString("source", indicator.Source == IndicatorSource.Manual ? "manual" : "items");
        if (indicator.Source != IndicatorSource.Manual || !indicator.Population.IsEmpty)
        {
            WriteConditions(json, "population", indicator.Population);
        }

        if (indicator.Source != IndicatorSource.Manual || !indicator.Credits.IsEmpty)
        {
            json.WriteStartArray("credits");
            foreach (var credit in indicator.Credits)
            {
                json.WriteStartObject();
                WriteConditions(json, "when", credit.When);
                json.WriteNumber("weight", credit.Weight);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("notApplicable", indicator.NotApplicable == NotApplicableRule.Never ? "never" : "whenNoData");
        json.WriteString("mapping", indicator.Mapping == RateMapping.Graded ? "graded" : "proportional");
        if (indicator.Mapping == RateMapping.Graded || !indicator.Levels.IsEmpty)
        {
            json.WriteStartArray("levels");
            foreach (var level in indicator.Levels)
            {
                json.WriteStartObject();
                json.WriteString("name", level.Name);
                json.WriteNumber("minRate", level.MinRate);
                json.WriteNumber("points", level.Points);
                if (!level.BlockedBy.IsEmpty)
                {
                    WriteConditions(json, "blockedBy", level.BlockedBy);
                }

                if (level.GradeCeiling is { } ceiling)
                {
                    json.WriteString("gradeCeiling", ceiling);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, string key, EquatableArray<ItemRule> rules)
    {
        json.WriteStartArray(key);
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteConditions(json, "when", rule.When);
            json.WriteNumber("pointsPerItem", rule.PointsPerItem);
            if (rule.Cap is { } cap)
            {
                json.WriteNumber("cap", cap);
            }

            if (rule.GradeCeiling is { } ceiling)
            {
                json.WriteString("gradeCeiling", ceiling);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteConditions(Utf8JsonWriter json, string key, EquatableArray<ItemCondition> conditions)
    {
        json.WriteStartArray(key);
        foreach (var condition in conditions)
        {
            json.WriteStringValue(condition.ToString());
        }

        json.WriteEndArray();
    }

    /// <summary>Reads the JSON tree into a builder, recording every problem of form with its path.</summary>
    private sealed class SchemeReader
    {
        private static readonly string[] SchemeKeys = ["name", "description", "scoredKinds", "minimumItems", "indicators", "deductions", "bonuses", "grades", "manualScores"];
        private static readonly string[] IndicatorKeys = ["id", "name", "maxPoints", "source", "population", "credits", "notApplicable", "mapping", "levels"];
        private static readonly string[] CreditKeys = ["when", "weight"];
        private static readonly string[] LevelKeys = ["name", "minRate", "points", "blockedBy", "gradeCeiling"];
        private static readonly string[] RuleKeys = ["id", "name", "when", "pointsPerItem", "cap", "gradeCeiling"];
        private static readonly string[] BandKeys = ["name", "minScore", "capShare", "capMinimum"];
        private static readonly string[] ManualKeys = ["indicator", "unit", "points"];

        public List<SchemeProblem> Problems { get; } = [];

        public EvaluationSchemeBuilder ReadScheme(JsonElement root)
        {
            var builder = new EvaluationSchemeBuilder();
            if (!IsObject(root, "$"))
            {
                return builder;
            }

            CheckKeys(root, string.Empty, SchemeKeys);
            builder.Name = String(root, "name", "name", required: true) ?? string.Empty;
            builder.Description = String(root, "description", "description", required: false);
            if (root.TryGetProperty("scoredKinds", out _))
            {
                builder.ScoredKinds.Clear();
                foreach (var (element, path) in Array(root, "scoredKinds", "scoredKinds"))
                {
                    var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
                    if (text is not null && DisplayNames.TryParse<SubmissionKind>(text, out var kind))
                    {
                        builder.ScoredKinds.Add(kind);
                    }
                    else
                    {
                        Problem(SchemeProblemKind.Json, path, $"must be 建议, 提案 or 议案 (value: {element.GetRawText()})");
                    }
                }
            }

            builder.MinimumItems = Int(root, "minimumItems", "minimumItems");
            builder.Indicators.AddRange(Objects(root, "indicators", "indicators", IndicatorKeys, ReadIndicator));
            builder.Deductions.AddRange(Objects(root, "deductions", "deductions", RuleKeys, ReadRule));
            builder.Bonuses.AddRange(Objects(root, "bonuses", "bonuses", RuleKeys, ReadRule));
            if (!root.TryGetProperty("grades", out _))
            {
                Problem(SchemeProblemKind.Missing, "grades", "missing key 'grades' (the grade bands)");
            }

            builder.Grades.AddRange(Objects(root, "grades", "grades", BandKeys, (e, p) => new GradeBand
            {
                Name = String(e, "name", p + ".name", required: true) ?? string.Empty,
                MinScore = Number(e, "minScore", p + ".minScore", required: true) ?? 0m,
                CapShare = Number(e, "capShare", p + ".capShare", required: false),
                CapMinimum = Int(e, "capMinimum", p + ".capMinimum") ?? 1,
            }));
            builder.ManualScores.AddRange(Objects(root, "manualScores", "manualScores", ManualKeys, (e, p) => new ManualScore
            {
                Indicator = String(e, "indicator", p + ".indicator", required: true) ?? string.Empty,
                Unit = String(e, "unit", p + ".unit", required: true) ?? string.Empty,
                Points = Number(e, "points", p + ".points", required: true) ?? 0m,
            }));
            return builder;
        }

        private EvaluationIndicator ReadIndicator(JsonElement e, string path)
        {
            var source = Choice(e, "source", path + ".source", ("items", IndicatorSource.Items), ("manual", IndicatorSource.Manual)) ?? IndicatorSource.Items;
            return new EvaluationIndicator
            {
                Id = String(e, "id", path + ".id", required: true) ?? string.Empty,
                Name = String(e, "name", path + ".name", required: true) ?? string.Empty,
                MaxPoints = Number(e, "maxPoints", path + ".maxPoints", required: true) ?? 0m,
                Source = source,
                Population = Conditions(e, "population", path + ".population"),
                Credits = Objects(e, "credits", path + ".credits", CreditKeys, (c, p) => new IndicatorCredit
                {
                    When = Conditions(c, "when", p + ".when"),
                    Weight = Number(c, "weight", p + ".weight", required: true) ?? 0m,
                }).ToImmutableArray(),
                NotApplicable = Choice(e, "notApplicable", path + ".notApplicable", ("whenNoData", NotApplicableRule.WhenNoData), ("never", NotApplicableRule.Never)) ?? NotApplicableRule.WhenNoData,
                Mapping = Choice(e, "mapping", path + ".mapping", ("proportional", RateMapping.Proportional), ("graded", RateMapping.Graded)) ?? RateMapping.Proportional,
                Levels = Objects(e, "levels", path + ".levels", LevelKeys, (l, p) => new RateLevel
                {
                    Name = String(l, "name", p + ".name", required: true) ?? string.Empty,
                    MinRate = Number(l, "minRate", p + ".minRate", required: true) ?? 0m,
                    Points = Number(l, "points", p + ".points", required: true) ?? 0m,
                    BlockedBy = Conditions(l, "blockedBy", p + ".blockedBy"),
                    GradeCeiling = String(l, "gradeCeiling", p + ".gradeCeiling", required: false),
                }).ToImmutableArray(),
            };
        }

        private ItemRule ReadRule(JsonElement e, string path) => new()
        {
            Id = String(e, "id", path + ".id", required: true) ?? string.Empty,
            Name = String(e, "name", path + ".name", required: true) ?? string.Empty,
            When = Conditions(e, "when", path + ".when"),
            PointsPerItem = Number(e, "pointsPerItem", path + ".pointsPerItem", required: true) ?? 0m,
            Cap = Number(e, "cap", path + ".cap", required: false),
            GradeCeiling = String(e, "gradeCeiling", path + ".gradeCeiling", required: false),
        };

        private List<T> Objects<T>(JsonElement parent, string key, string path, string[] keys, Func<JsonElement, string, T> read)
        {
            var list = new List<T>();
            foreach (var (element, itemPath) in Array(parent, key, path))
            {
                if (IsObject(element, itemPath))
                {
                    CheckKeys(element, itemPath, keys);
                    list.Add(read(element, itemPath));
                }
            }

            return list;
        }

        private ImmutableArray<ItemCondition> Conditions(JsonElement parent, string key, string path)
        {
            var list = ImmutableArray.CreateBuilder<ItemCondition>();
            foreach (var (element, itemPath) in Array(parent, key, path))
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    Problem(SchemeProblemKind.Json, itemPath, $"a condition must be a string such as \"onTime\" or \"result:A\" (value: {element.GetRawText()})");
                }
                else if (ItemCondition.TryParse(element.GetString(), out var condition, out var problem))
                {
                    list.Add(condition);
                }
                else
                {
                    Problem(SchemeProblemKind.UnknownMetric, itemPath, problem.Message);
                }
            }

            return list.ToImmutable();
        }

        private List<(JsonElement Element, string Path)> Array(JsonElement parent, string key, string path)
        {
            var list = new List<(JsonElement, string)>();
            if (!parent.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return list;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Problem(SchemeProblemKind.Json, path, $"must be an array (value: {Shorten(value.GetRawText())})");
                return list;
            }

            var i = 0;
            foreach (var element in value.EnumerateArray())
            {
                list.Add((element, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]"));
                i++;
            }

            return list;
        }

        private string? String(JsonElement parent, string key, string path, bool required)
        {
            if (!parent.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Problem(SchemeProblemKind.Missing, path, $"missing key '{key}'");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Problem(SchemeProblemKind.Json, path, $"must be a string (value: {Shorten(value.GetRawText())})");
                return null;
            }

            return value.GetString();
        }

        private decimal? Number(JsonElement parent, string key, string path, bool required)
        {
            if (!parent.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Problem(SchemeProblemKind.Missing, path, $"missing key '{key}'");
                }

                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            {
                return number;
            }

            Problem(SchemeProblemKind.Json, path, $"must be a number (value: {Shorten(value.GetRawText())})");
            return null;
        }

        private int? Int(JsonElement parent, string key, string path)
        {
            if (!parent.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                return number;
            }

            Problem(SchemeProblemKind.Json, path, $"must be a whole number (value: {Shorten(value.GetRawText())})");
            return null;
        }

        private T? Choice<T>(JsonElement parent, string key, string path, params (string Name, T Value)[] choices)
            where T : struct
        {
            var text = String(parent, key, path, required: false);
            if (text is null)
            {
                return null;
            }

            foreach (var (name, value) in choices)
            {
                if (string.Equals(name, text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            Problem(SchemeProblemKind.Json, path, $"must be one of {string.Join(", ", choices.Select(c => c.Name))} (value: \"{text}\")");
            return null;
        }

        private bool IsObject(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Problem(SchemeProblemKind.Json, path, $"must be an object (value: {Shorten(element.GetRawText())})");
            return false;
        }

        private void CheckKeys(JsonElement element, string path, string[] keys)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (System.Array.IndexOf(keys, property.Name) < 0)
                {
                    var where = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    Problem(SchemeProblemKind.Json, where, $"unknown key '{property.Name}'; expected one of: {string.Join(", ", keys)}");
                }
            }
        }

        private void Problem(SchemeProblemKind kind, string path, string message) => Problems.Add(new SchemeProblem(kind, path, message));

        private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
    }
}
