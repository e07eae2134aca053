using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime.Text;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// The JSON form of a <see cref="DeadlinePolicy"/>, so that a city sets its periods in a file. Reading checks the form and
/// every rule of the policy (<see cref="DeadlinePolicyBuilder.Validate"/>) and reports every problem at once, each with
/// its JSON path and line; unknown members are problems (a typo is never ignored). Writing then reading gives an equal
/// policy. Stateless and thread-safe; no reflection (AOT-clean).
/// </summary>
/// <remarks>
/// <code>
/// {
///   "name": "四川省 (2024)",                     optional, for people
///   "base": "default",                           optional: default (ledger.md §2) or empty (every rule must then be given)
///   "rules": [
///     { "deadline": "reply", "kind": "proposal", "start": "received", "months": 5 },
///     { "deadline": "return", "start": "received", "workingDays": 5 }
///   ],
///   "dueSoonWorkingDays": 10, "allowExtensionBeyondLimit": false, "allowLateReturnRequests": false
/// }
/// </code>
/// A rule sets one deadline (<c>reply</c>, <c>complexReply</c>, <c>rehandling</c>, <c>return</c>, <c>coHandlingOpinion</c>,
/// <c>faceToFaceBeforeHandling</c>, <c>satisfactionForm</c>, <c>extensionLimit</c>, <c>signIn</c>) for one kind
/// (<c>suggestion</c>, <c>proposal</c>, <c>motion</c>) or, without <c>kind</c>, for all; rules apply in order over the base.
/// Its start event is <c>assigned</c> (default), <c>received</c>, <c>replied</c>, <c>feedback</c> or
/// <c>rehandlingStarted</c>, and its length exactly one of <c>months</c>, <c>days</c>, <c>workingDays</c>, <c>date</c>
/// (a fixed YYYY-MM-DD) or <c>annualDate</c> (MM-DD, the next such day after the start).
/// </remarks>
/// <example>
/// <code>
/// // A city that gives 提案 5 months, counted from 交办 as by default.
/// var policy = DeadlinePolicyJson.Read("""{ "rules": [ { "deadline": "reply", "kind": "proposal", "months": 5 } ] }""");
/// var engine = DeadlineEngine.Default.WithPolicy(policy);
/// Deadline due = engine.RegularReplyDeadline(SubmissionKind.Proposal, new LocalDate(2025, 3, 20), isComplex: false);  // 2025-08-20
/// </code>
/// </example>
public static class DeadlinePolicyJson
{
    private static readonly string[] RootMembers = ["name", "base", "rules", "dueSoonWorkingDays", "allowExtensionBeyondLimit", "allowLateReturnRequests"];
    private static readonly string[] RuleMembers = ["deadline", "kind", "start", "months", "days", "workingDays", "date", "annualDate"];
    private static readonly string[] LengthMembers = ["months", "days", "workingDays", "date", "annualDate"];

    /// <summary>Writes the policy as indented JSON, without a name.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string Write(DeadlinePolicy policy) => Write(policy, null);

    /// <summary>Writes the policy as indented JSON: every deadline, one rule for all kinds where they agree, else one per kind.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="name">An optional name for people (e.g. the regulation it follows).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string Write(DeadlinePolicy policy, string? name)
    {
        Preconditions.CheckNotNull(policy);
        return JsonText.Write(policy, (json, p) => Write(json, p, name));
    }

    /// <summary>Writes the policy to a JSON writer.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="name">An optional name for people, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="policy"/> is null.</exception>
    public static void Write(Utf8JsonWriter json, DeadlinePolicy policy, string? name) => DeadlinePolicyForm.Write(json, policy, name);

    /// <summary>Reads a policy from JSON, or throws with every problem.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DeadlinePolicyException">The JSON is malformed or the policy breaks rules; every problem is listed, with its line.</exception>
    public static DeadlinePolicy Read(string json) =>
        TryRead(json, out var policy, out var problems) ? policy : throw new DeadlinePolicyException(problems);

    /// <summary>Reads a policy from JSON, or reports every problem, each with its JSON path and line.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="policy">The policy, when valid.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryRead(string json, [NotNullWhen(true)] out DeadlinePolicy? policy, out IReadOnlyList<DeadlinePolicyProblem> problems)
    {
        Preconditions.CheckNotNull(json);
        policy = null;
        var found = new List<DeadlinePolicyProblem>();
        DocumentNode root;
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
        using (var reader = new DocumentNodeReader(stream, 16, 1 << 16))
        {
            try
            {
                reader.Next();
                root = reader.ReadNode((line, at, name, _) => found.Add(new DeadlinePolicyProblem("$" + at, $"member '{name}' is given twice") { Line = line }));
                if (reader.Read())
                {
                    throw new JsonStopException(reader.TokenLine, "not valid JSON: more after the policy", null);
                }
            }
            catch (JsonStopException ex)
            {
                problems = [new DeadlinePolicyProblem("$", ex.Reason) { Line = ex.Line }];
                return false;
            }
        }

        var builder = new PolicyReader(found).Read(root, out var origins);
        if (found.Count > 0)
        {
            problems = found;
            return false;
        }

        if (!builder.TryBuild(out policy, out var rules))
        {
            // The builder names a slot (Reply/提案); the problem belongs to the rule that set it, or to the base.
            problems = [.. rules.Select(p => origins.TryGetValue(p.Path, out var origin) ? p with { Path = origin.Path + " (" + p.Path + ")", Line = origin.Line } : p with { Path = "$.base (" + p.Path + ")", Line = root.Line })];
            return false;
        }

        problems = [];
        return true;
    }

    /// <summary>Reads a policy file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DeadlinePolicyException">The policy has problems; every one is listed, with its line.</exception>
    public static DeadlinePolicy ReadFile(string path) => Read(File.ReadAllText(Preconditions.CheckNotNull(path)));


    private sealed class PolicyReader(List<DeadlinePolicyProblem> problems)
    {
        public DeadlinePolicyBuilder Read(DocumentNode root, out Dictionary<string, (string Path, int Line)> origins)
        {
            origins = new(StringComparer.Ordinal);
            var builder = DeadlinePolicy.Default.ToBuilder();
            if (root.Kind != JsonTokenType.StartObject)
            {
                Problem("$", root.Line, $"a policy must be a JSON object (value: {root.Shown})");
                return builder;
            }

            Members(root, "$", RootMembers);
            if (root["base"] is { } baseNode)
            {
                switch (baseNode.Kind == JsonTokenType.String ? baseNode.Text : null)
                {
                    case "default":
                        break;
                    case "empty":
                        builder = DeadlinePolicy.CreateEmptyBuilder();
                        break;
                    default:
                        Problem("$.base", baseNode.Line, $"'base' must be \"default\" or \"empty\" (value: {baseNode.Shown})");
                        break;
                }
            }

            if (root["name"] is { Kind: not JsonTokenType.String } nameNode)
            {
                Problem("$.name", nameNode.Line, $"'name' must be a string (value: {nameNode.Shown})");
            }

            if (root["dueSoonWorkingDays"] is { } window && Whole(window, "$.dueSoonWorkingDays", 0) is { } days)
            {
                builder.DueSoonWindow = new WorkingDays(days);
            }

            if (root["allowExtensionBeyondLimit"] is { } beyond && Flag(beyond, "$.allowExtensionBeyondLimit") is { } allowBeyond)
            {
                builder.AllowExtensionBeyondLimit = allowBeyond;
            }

            if (root["allowLateReturnRequests"] is { } late && Flag(late, "$.allowLateReturnRequests") is { } allowLate)
            {
                builder.AllowLateReturnRequests = allowLate;
            }

            if (root["rules"] is not { } rules)
            {
                return builder;
            }

            if (rules.Kind != JsonTokenType.StartArray)
            {
                Problem("$.rules", rules.Line, $"'rules' must be an array (value: {rules.Shown})");
                return builder;
            }

            for (var i = 0; i < rules.Elements!.Count; i++)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$.rules[{i}]");
                var node = rules.Elements[i];
                if (node.Kind != JsonTokenType.StartObject)
                {
                    Problem(path, node.Line, $"a rule must be a JSON object (value: {node.Shown})");
                    continue;
                }

                Members(node, path, RuleMembers);
                var deadline = Choice(node, "deadline", path, DeadlinePolicyForm.Deadlines, required: true);
                var kind = Choice(node, "kind", path, DeadlinePolicyForm.Kinds, required: false);
                var start = Choice(node, "start", path, DeadlinePolicyForm.Starts, required: false) ?? StartEvent.Assigned;
                var rule = Length(node, path, start);
                if (deadline is not { } d || rule is null || (node["kind"] is not null && kind is null))
                {
                    continue;
                }

                foreach (var k in kind is { } one ? [one] : Enum.GetValues<SubmissionKind>())
                {
                    builder.Set(d, k, rule);
                    origins[$"{d}/{DisplayNames.Chinese(k)}"] = (path, node.Line);
                }
            }

            return builder;
        }

        private PeriodRule? Length(DocumentNode node, string path, StartEvent start)
        {
            var given = LengthMembers.Where(m => node[m] is not null).ToList();
            if (given.Count != 1)
            {
                Problem(path, node.Line, given.Count == 0
                    ? "a rule needs its length: one of months, days, workingDays, date, annualDate"
                    : $"a rule has one length, not {string.Join(" and ", given)}");
                return null;
            }

            var member = given[0];
            var value = node[member]!;
            var at = path + "." + member;
            switch (member)
            {
                case "date" or "annualDate":
                    var text = value.Kind == JsonTokenType.String ? value.Text! : string.Empty;
                    if (member == "date" && LocalDatePattern.Iso.Parse(text) is { Success: true } date)
                    {
                        return PeriodRule.On(date.Value, start);
                    }

                    if (member == "annualDate" && DeadlinePolicyForm.MonthDay.Parse(text) is { Success: true } annual)
                    {
                        return PeriodRule.OnAnnualDate(annual.Value, start);
                    }

                    Problem(at, value.Line, $"'{member}' must be {(member == "date" ? "a date YYYY-MM-DD" : "a day of the year MM-DD")} that exists (value: {value.Shown})");
                    return null;
                default:
                    if (Whole(value, at, 1) is not { } length)
                    {
                        return null;
                    }

                    return PeriodRule.After(start, member switch
                    {
                        "months" => DeadlinePeriod.Months(length),
                        "workingDays" => DeadlinePeriod.OfWorkingDays(length),
                        _ => DeadlinePeriod.Days(length),
                    });
            }
        }

        private void Members(DocumentNode node, string path, string[] allowed)
        {
            foreach (var (name, value) in node.Members!)
            {
                if (Array.IndexOf(allowed, name) < 0)
                {
                    Problem(path + "." + name, value.Line, $"unknown member '{name}'; expected one of: {string.Join(", ", allowed)} (names are case-sensitive)");
                }
            }
        }

        private T? Choice<T>(DocumentNode node, string name, string path, (string Name, T Value)[] table, bool required)
            where T : struct
        {
            var value = node[name];
            if (value is null)
            {
                if (required)
                {
                    Problem(path + "." + name, node.Line, $"missing member '{name}'");
                }

                return null;
            }

            foreach (var (key, v) in table)
            {
                if (value.Kind == JsonTokenType.String && string.Equals(key, value.Text, StringComparison.Ordinal))
                {
                    return v;
                }
            }

            Problem(path + "." + name, value.Line, $"'{name}' must be one of {string.Join(", ", table.Select(t => t.Name))} (value: {value.Shown})");
            return null;
        }

        private int? Whole(DocumentNode value, string path, int minimum)
        {
            if (value.Kind == JsonTokenType.Number && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= 10_000)
            {
                return number;
            }

            Problem(path, value.Line, string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {minimum} to 10000 (value: {value.Shown})"));
            return null;
        }

        private bool? Flag(DocumentNode value, string path)
        {
            if (value.Kind is JsonTokenType.True or JsonTokenType.False)
            {
                return value.Kind == JsonTokenType.True;
            }

            Problem(path, value.Line, $"must be true or false (value: {value.Shown})");
            return null;
        }

        private void Problem(string path, int line, string message) => problems.Add(new DeadlinePolicyProblem(path, message) { Line = line });
    }
}
