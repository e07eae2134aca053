using FsCheck;
using FsCheck.Fluent;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

#pragma warning disable CA5394 // not security: reproducible test data from FsCheck's seed

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>
/// Realistic item histories, built step by step from valid transitions of the handling lifecycle: 交办 (lead with
/// co-handling units, or 分办), 督办, communications, replies in any category (A–D, sometimes without the reason
/// or planned date the rules ask for), feedback, re-handling and 回头看. Each history is drawn from a
/// <see cref="System.Random"/> seeded by FsCheck, so a failing case replays from FsCheck's seed.
/// </summary>
public static class ItemHistories
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    public static Gen<HandledItem> ItemGen => Gen.Choose(0, int.MaxValue).Select(Build);

    public static Arbitrary<HandledItem> Items() => Arb.From(ItemGen);

    public static Arbitrary<HandledItem[]> ItemArrays() =>
        Arb.From(Gen.Sized(size => Gen.Choose(0, Math.Min(size, 25)).SelectMany(n => Gen.ArrayOf(ItemGen, n)))
            .Select(items => items.Select((item, i) => Renumber(item, i)).ToArray()));

    public static HandledItem Build(int seed)
    {
        var random = new Random(seed);
        var kind = random.Next(10) switch { < 5 => SubmissionKind.Suggestion, < 9 => SubmissionKind.Proposal, _ => SubmissionKind.Motion };
        Proposer proposer = kind == SubmissionKind.Proposal ? new Member("委员" + random.Next(100)) : new Deputy("代表" + random.Next(100));
        var submission = new Submission(new ItemId($"H{seed:D10}"), kind, "关于加强社区养老服务的建议", 2024, proposer, isKey: random.Next(4) == 0);
        var item = new HandledItem(submission, []);
        var date = Start.PlusDays(random.Next(200));
        var units = AggregationArbitraries.UnitPool.OrderBy(_ => random.Next()).ToArray();
        var separate = random.Next(8) == 0;
        Assignment[] assignments = separate
            ? [.. units.Take(2).Select(u => new Assignment(u, AssignmentRole.Separate))]
            : [new Assignment(units[0], AssignmentRole.Lead), .. units.Skip(1).Take(random.Next(3)).Select(u => new Assignment(u, AssignmentRole.CoHandling))];
        item = item.Append(new Assigned(date, assignments, isComplex: random.Next(6) == 0));
        if (random.Next(3) == 0)
        {
            item = item.Append(new Supervised(date.PlusDays(random.Next(1, 10)), random.Next(2) == 0 ? "张副市长" : "李副市长"));
        }

        date = item.State.LastEventOn!.Value;
        for (var i = random.Next(4); i > 0; i--)
        {
            date = date.PlusDays(random.Next(0, 15));
            item = item.Append(new Communicated(date, CommunicationStage.BeforeHandling, (CommunicationMode)random.Next(1, 6), random.Next(1, 4)));
        }

        var rounds = 0;
        HandlingUnit?[] repliers = separate ? [.. units.Take(2)] : [null];
        while (rounds < 2 && repliers.Length > 0 && random.Next(10) < 8)
        {
            rounds++;
            date = date.PlusDays(random.Next(5, 120));
            foreach (var unit in repliers)
            {
                item = item.Append(RandomReply(random, date, unit));
            }

            if (random.Next(10) < 7)
            {
                date = date.PlusDays(random.Next(1, 40));
                var unsatisfied = new List<HandlingUnit?>();
                foreach (var unit in repliers)
                {
                    // Under 分办 each unit's reply has its own form (反馈 names the unit).
                    SatisfactionLevel? level = random.Next(8) == 0 ? null : (SatisfactionLevel)random.Next(1, 5);
                    item = item.Append(new FeedbackReceived(date, level, unit));
                    if (level == SatisfactionLevel.Unsatisfied)
                    {
                        unsatisfied.Add(unit);
                    }
                }

                if (unsatisfied.Count > 0 && rounds < 2 && random.Next(3) > 0)
                {
                    date = date.PlusDays(random.Next(0, 10));
                    foreach (var unit in unsatisfied)
                    {
                        item = item.Append(new RehandlingStarted(date, unit));
                    }

                    repliers = [.. unsatisfied];
                    continue;
                }
            }

            break;
        }

        if (item.State.Promises.Any())
        {
            for (var i = random.Next(3); i > 0; i--)
            {
                date = date.PlusDays(random.Next(1, 200));
                item = item.Append(new FollowedUp(date, random.Next(3) > 0));
            }
        }

        return item;
    }

    private static Replied RandomReply(Random random, LocalDate date, HandlingUnit? unit)
    {
        var category = AggregationArbitraries.CategoryPool[random.Next(10) switch { < 4 => 0, < 7 => 1, < 9 => 2, _ => 3 }];
        var planned = random.Next(10) switch
        {
            < 6 => (LocalDate?)date.PlusDays(random.Next(1, 300)),
            < 7 => date.PlusDays(-random.Next(0, 10)),
            _ => null,
        };
        var reason = random.Next(5) > 0 ? "受财力所限" : null;
        return new Replied(date, category, unit, category == ResultCategory.B || random.Next(5) == 0 ? planned : null, category == ResultCategory.A ? null : reason);
    }

    private static HandledItem Renumber(HandledItem item, int index)
    {
        var s = item.Submission;
        var id = new ItemId($"{s.Id.Value}-{index}");
        return new HandledItem(new Submission(id, s.Kind, s.Title, s.Year, s.LeadProposer, s.CoSigners, s.Topic, s.IsKey, s.Session), item.History);
    }
}
