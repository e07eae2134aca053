using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

#pragma warning disable CA5394 // not security: reproducible test data from FsCheck's seed

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>
/// Two valid 分办 histories that share the item-level events (交办, 督办, 情况复杂, extensions) and one unit's own events, and
/// differ only in the other units' events (<see cref="Variant"/> "others differ") or only in the interleaving of the units'
/// events (<see cref="Variant"/> "interleaving").
/// </summary>
public sealed record SeparatePair(Submission Submission, HandlingUnit Unit, ImmutableArray<HandlingEvent> First, ImmutableArray<HandlingEvent> Second, LocalDate AsOf, string Variant)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Variant}, unit {Unit.Name}, as of {LocalDatePattern.Iso.Format(AsOf)}{Environment.NewLine}first:{Environment.NewLine}{Show(First)}{Environment.NewLine}second:{Environment.NewLine}{Show(Second)}");

    private static string Show(ImmutableArray<HandlingEvent> history) =>
        string.Join(Environment.NewLine, history.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"  #{i} {LocalDatePattern.Iso.Format(e.Date)} {e}")));
}

/// <summary>Generators of <see cref="SeparatePair"/>: per-unit tracks of valid steps merged by date.</summary>
public static class SeparateHistories
{
    public static Gen<SeparatePair> Pairs { get; } = Gen.Choose(0, int.MaxValue).Select(Build);

    public static Arbitrary<SeparatePair> Pair() => Arb.From(Pairs);

    public static SeparatePair Build(int seed)
    {
        var random = new Random(seed);
        var kind = random.Next(3) == 0 ? SubmissionKind.Proposal : SubmissionKind.Suggestion;
        var start = new LocalDate(2024, 1, 2).PlusDays(random.Next(600));
        var submission = new Submission(new ItemId(string.Create(CultureInfo.InvariantCulture, $"F{seed:D10}")), kind, "关于优化公交线路的建议", start.Year, kind == SubmissionKind.Proposal ? new Member("李四") : new Deputy("张三"));

        // The item-level prefix, through the test model so that 情况复杂 and extensions are valid.
        var model = new HistoryModel { Kind = kind };
        var prefix = new List<HandlingEvent>();
        (var assigned, model) = model.Step(StepKind.Assign, start, (5 * random.Next(100)) + 3 + random.Next(2) + (7 * 5 * random.Next(2)));
        prefix.Add(assigned);
        var date = start;
        foreach (var kindOfStep in new[] { StepKind.Supervise, StepKind.DesignateComplexity, StepKind.Extend, StepKind.Extend })
        {
            date = date.PlusDays(random.Next(0, 6));
            if (random.Next(2) == 0 && model.ValidSteps(date).Contains(kindOfStep))
            {
                (var step, model) = model.Step(kindOfStep, date, random.Next(10_000));
                prefix.Add(step);
            }
        }

        var units = model.Assignments.Select(a => a.Unit).ToArray();
        var focus = units[random.Next(units.Length)];
        var interleaving = random.Next(2) == 0;

        // Coarse dates (whole weeks) make same-day events of different units common, so their order varies.
        var tracks = units.ToDictionary(u => u, u => Track(random, u, date, interleaving));
        var first = Merge(random, prefix, tracks.Values);
        var second = interleaving
            ? Merge(random, prefix, tracks.Values)
            : Merge(random, prefix, units.Select(u => u == focus ? tracks[u] : Track(random, u, date, interleaving)));
        var asOf = new[] { first[^1].Date, second[^1].Date }.Max().PlusDays(random.Next(0, 400));
        return new SeparatePair(submission, focus, first, second, asOf, interleaving ? "interleaving" : "others differ");
    }

    /// <summary>A unit's own valid steps after <paramref name="after"/>: 签收, 沟通, reply, feedback, re-handling and its reply.</summary>
    private static List<HandlingEvent> Track(Random random, HandlingUnit unit, LocalDate after, bool coarse)
    {
        int Gap(int max) => coarse ? 7 * random.Next(0, (max / 7) + 1) : random.Next(0, max + 1);
        var events = new List<HandlingEvent>();
        var date = after;
        if (random.Next(3) > 0)
        {
            date = date.PlusDays(Gap(10));
            events.Add(new Received(date, unit));
        }

        if (random.Next(2) == 0)
        {
            date = date.PlusDays(Gap(20));
            events.Add(new Communicated(date, CommunicationStage.BeforeHandling, (CommunicationMode)random.Next(1, 6), random.Next(1, 4), unit));
        }

        for (var round = 1; round <= 2 && random.Next(10) < 8; round++)
        {
            date = date.PlusDays(1 + Gap(round == 1 ? 150 : 40));
            events.Add(random.Next(3) switch
            {
                0 => new Replied(date, ResultCategory.A, unit),
                1 => new Replied(date, ResultCategory.B, unit, date.PlusDays(random.Next(1, 300))),
                _ => new Replied(date, ResultCategory.C, unit, Reason: "受财力所限"),
            });
            if (random.Next(10) >= 7)
            {
                break;
            }

            date = date.PlusDays(Gap(30));
            SatisfactionLevel? level = random.Next(6) == 0 ? null : (SatisfactionLevel)random.Next(1, 5);
            events.Add(new FeedbackReceived(date, level, unit));
            if (level != SatisfactionLevel.Unsatisfied || random.Next(3) == 0)
            {
                break;
            }

            date = date.PlusDays(Gap(5));
            events.Add(new RehandlingStarted(date, unit));
        }

        return events;
    }

    /// <summary>The prefix, then the tracks merged by date; among events of one date the next track is drawn at random.</summary>
    private static ImmutableArray<HandlingEvent> Merge(Random random, List<HandlingEvent> prefix, IEnumerable<List<HandlingEvent>> tracks)
    {
        var queues = tracks.Select(t => new Queue<HandlingEvent>(t)).ToList();
        var merged = ImmutableArray.CreateBuilder<HandlingEvent>();
        merged.AddRange(prefix);
        while (queues.Any(q => q.Count > 0))
        {
            var earliest = queues.Where(q => q.Count > 0).Min(q => q.Peek().Date);
            var ready = queues.Where(q => q.Count > 0 && q.Peek().Date == earliest).ToList();
            merged.Add(ready[random.Next(ready.Count)].Dequeue());
        }

        return merged.ToImmutable();
    }
}
