using System.Text.Json;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime.Text;

namespace LianLuo.Domain.Deadlines;

/// <summary>
/// The written form of a deadline policy, the one the public <c>Serialization.DeadlinePolicyJson</c> reads and
/// writes: the names of deadlines, kinds and start events, and the canonical writing (every deadline, one rule for all
/// kinds where they agree). It stays beside the policy because the report's tallies fingerprint a policy by this text
/// (<see cref="Text"/>), below the document code. Stateless and thread-safe.
/// </summary>
internal static class DeadlinePolicyForm
{
    internal static readonly (string Name, DeadlineKind Value)[] Deadlines =
    [
        ("reply", DeadlineKind.Reply), ("complexReply", DeadlineKind.ComplexReply), ("rehandling", DeadlineKind.Rehandling),
        ("return", DeadlineKind.Return), ("coHandlingOpinion", DeadlineKind.CoHandlingOpinion),
        ("faceToFaceBeforeHandling", DeadlineKind.FaceToFaceBeforeHandling), ("satisfactionForm", DeadlineKind.SatisfactionForm),
        ("extensionLimit", DeadlineKind.ExtensionLimit), ("signIn", DeadlineKind.SignIn),
    ];

    internal static readonly (string Name, SubmissionKind Value)[] Kinds = [("suggestion", SubmissionKind.Suggestion), ("proposal", SubmissionKind.Proposal), ("motion", SubmissionKind.Motion)];

    internal static readonly (string Name, StartEvent Value)[] Starts =
        [("assigned", StartEvent.Assigned), ("received", StartEvent.Received), ("replied", StartEvent.Replied), ("feedback", StartEvent.Feedback), ("rehandlingStarted", StartEvent.RehandlingStarted)];

    internal static readonly AnnualDatePattern MonthDay = AnnualDatePattern.CreateWithInvariantCulture("MM-dd");

    /// <summary>The policy's canonical JSON text, without a name: what <c>DeadlinePolicyJson.Write(policy)</c> returns.</summary>
    internal static string Text(DeadlinePolicy policy) => JsonText.Write(policy, (json, p) => Write(json, p, null));

    internal static void Write(Utf8JsonWriter json, DeadlinePolicy policy, string? name)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(policy);
        json.WriteStartObject();
        if (name is not null)
        {
            json.WriteString("name", name);
        }

        json.WriteString("base", "empty");
        json.WriteStartArray("rules");
        foreach (var (deadlineName, deadline) in Deadlines)
        {
            var rules = Kinds.Select(k => (k.Name, Rule: policy.RuleFor(deadline, k.Value))).ToList();
            if (rules.All(r => r.Rule.Equals(rules[0].Rule)))
            {
                WriteRule(json, deadlineName, null, rules[0].Rule);
            }
            else
            {
                foreach (var (kindName, rule) in rules)
                {
                    WriteRule(json, deadlineName, kindName, rule);
                }
            }
        }

        json.WriteEndArray();
        json.WriteNumber("dueSoonWorkingDays", policy.DueSoonWindow.Value);
        json.WriteBoolean("allowExtensionBeyondLimit", policy.AllowExtensionBeyondLimit);
        json.WriteBoolean("allowLateReturnRequests", policy.AllowLateReturnRequests);
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, string deadline, string? kind, PeriodRule rule)
    {
        json.WriteStartObject();
        json.WriteString("deadline", deadline);
        if (kind is not null)
        {
            json.WriteString("kind", kind);
        }

        json.WriteString("start", Starts.First(s => s.Value == rule.Start).Name);
        if (rule.Period is { } period)
        {
            json.WriteNumber(period.Unit switch { PeriodUnit.CalendarMonths => "months", PeriodUnit.WorkingDays => "workingDays", _ => "days" }, period.Length);
        }
        else if (rule.FixedDate is { } date)
        {
            json.WriteString("date", LocalDatePattern.Iso.Format(date));
        }
        else
        {
            json.WriteString("annualDate", MonthDay.Format(rule.AnnualDate!.Value));
        }

        json.WriteEndObject();
    }
}
