using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Tests.Arbitraries;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>
/// Write → read gives equal items for generated histories of every event type (lead and co-handling, 分办, returns and
/// reassignment, extensions, 情况复杂, re-handling, 回头看, leap days and year ends, 2007 to provisional years), and every
/// document the writer makes is valid against the packed JSON Schema.
/// </summary>
public sealed class ItemDocumentPropertyTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ItemDocumentReader.JsonSchema));

    /// <summary>
    /// What the document holds of an item (items-json.md §1): the submission's id, kind, title, proposer's name and key
    /// flag, the year of the first 交办; units and roles of a 交办 (not the responsible leader or handler); a 沟通 read back is 办中; result categories other than A, B, C do not exist in v1
    /// (D is written as C). Null when the item so reduced breaks a rule (then it has no document form to compare).
    /// </summary>
    internal static HandledItem? Expressible(HandledItem item)
    {
        var s = item.Submission;
        var year = item.History.Count > 0 ? item.History[0].Date.Year : s.Year;
        var submission = new Submission(s.Id, s.Kind, s.Title, year, s.Kind == SubmissionKind.Proposal ? new Member(s.LeadProposer.Name) : new Deputy(s.LeadProposer.Name), isKey: s.IsKey);
        var history = item.History.Select(e => e switch
        {
            Assigned a => new Assigned(a.Date, a.Assignments.Select(x => new Assignment(x.Unit, x.Role)), a.IsComplex),
            Communicated c => new Communicated(c.Date, CommunicationStage.DuringHandling, c.Mode, c.PersonTimes, c.Unit),
            Replied { Category: { Code: not ("A" or "B" or "C") } } r => new Replied(r.Date, ResultCategory.C, r.Unit, r.PlannedCompletion, r.Reason),
            _ => e,
        });
        return HandledItem.TryCreate(submission, history, LianLuo.Domain.Deadlines.DeadlineEngine.Default, out var result, out _) ? result : null;
    }

    private static bool RoundTrips(IReadOnlyList<HandledItem> items)
    {
        var text = ItemDocumentWriter.WriteText(items);
        var read = ItemDocumentReader.ReadText(text);
        Assert.Empty(read.Errors);
        Assert.Equal(items, read.Items.ToArray());
        var evaluation = Schema.Value.Evaluate(JsonDocument.Parse(text).RootElement);
        Assert.True(evaluation.IsValid, text);
        return true;
    }

    [Property(Arbitrary = [typeof(ItemHistories)], MaxTest = 200)]
    public bool WriteRead_RealisticHistories_GivesEqualItems(HandledItem[] items) =>
        RoundTrips([.. items.Select(Expressible).OfType<HandledItem>()]);

    [Property(Arbitrary = [typeof(LifecycleArbitraries)], MaxTest = 300)]
    public bool WriteRead_StepByStepHistories_GivesEqualItems(HistoryScenario scenario)
    {
        var item = HandledItem.TryCreate(scenario.Submission, scenario.History, LianLuo.Domain.Deadlines.DeadlineEngine.Default, out var folded, out _) ? Expressible(folded) : null;
        return item is null || RoundTrips([item]);
    }

    [Property(Arbitrary = [typeof(SeparateHistories)], MaxTest = 200)]
    public bool WriteRead_SeparateHandling_GivesEqualItems(SeparatePair pair)
    {
        var item = HandledItem.TryCreate(pair.Submission, pair.First, LianLuo.Domain.Deadlines.DeadlineEngine.Default, out var folded, out _) ? Expressible(folded) : null;
        return item is null || RoundTrips([item]);
    }

    [Fact]
    public void WriteRead_EveryEventType_IsCovered()
    {
        // The generators above together produce every event type; this checks it, so a new event type cannot go untested.
        var types = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(2025);
        for (var i = 0; i < 3000; i++)
        {
            var plan = LifecycleArbitraries.Scenarios.Sample(1, 1).Single();
            foreach (var e in plan.History)
            {
                types.Add(e.GetType().Name);
            }

            foreach (var e in ItemHistories.Build(random.Next()).History)
            {
                types.Add(e.GetType().Name);
            }
        }

        var all = typeof(HandlingEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(HandlingEvent)) && !t.IsAbstract).Select(t => t.Name);
        Assert.Empty(all.Except(types));
    }

    [Fact]
    public void Schema_SpecExampleAndSampleDocument_AreValid()
    {
        Assert.True(Schema.Value.Evaluate(JsonDocument.Parse(ItemDocumentReaderTests.SpecExample).RootElement).IsValid);
        var sample = Path.Combine(AppContext.BaseDirectory, "data", "items.json");
        Assert.True(File.Exists(sample), sample);
        var evaluation = Schema.Value.Evaluate(JsonDocument.Parse(File.ReadAllText(sample)).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
    }

    [Fact]
    public void Schema_RefusesAnUnknownMemberAndAnUnknownEvent()
    {
        var bad = ItemDocumentReaderTests.SpecExample.Replace("\"key\": true", "\"Key\": true", StringComparison.Ordinal);
        Assert.False(Schema.Value.Evaluate(JsonDocument.Parse(bad).RootElement).IsValid);
        var unknown = ItemDocumentReaderTests.SpecExample.Replace("\"type\": \"closed\"", "\"type\": \"finished\"", StringComparison.Ordinal);
        Assert.False(Schema.Value.Evaluate(JsonDocument.Parse(unknown).RootElement).IsValid);
    }
}
