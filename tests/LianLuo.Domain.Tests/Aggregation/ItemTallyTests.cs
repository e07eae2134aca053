using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Tests.Arbitraries;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Classification.TestItems;

namespace LianLuo.Domain.Tests.Aggregation;

public class ItemTallyTests
{
    private static ItemFacts Facts(
        string id,
        SubmissionKind kind,
        ReportStatus status,
        string? category = null,
        SatisfactionLevel? level = null,
        HandlingUnit? lead = null,
        HandlingUnit[]? coUnits = null,
        bool isKey = false,
        bool isSupervised = false,
        ReportStatus? rehandling = null,
        int faceToFace = 0,
        int phoneEmail = 0,
        int visits = 0,
        LocalDateOrNull assignedOn = default) =>
        new(
            new ItemId(id),
            kind,
            status,
            leadUnits: [lead ?? Education],
            coUnits: coUnits,
            assignedOn: assignedOn.Value ?? D(2025, 3, 3),
            category: category is null ? null : new ResultCategory(category),
            satisfaction: status is ReportStatus.OnTime or ReportStatus.Late
                ? level is { } l ? ItemSatisfaction.Returned(l) : ItemSatisfaction.AwaitingForm
                : ItemSatisfaction.NotReplied,
            isKey: isKey,
            isSupervised: isSupervised,
            rehandling: rehandling,
            faceToFace: faceToFace,
            phoneEmail: phoneEmail,
            visits: visits);

    public readonly record struct LocalDateOrNull(NodaTime.LocalDate? Value);

    // Six items worked out on paper:
    // 1 建议 on time A 满意, 市教育局 with 会办 市交通运输局, key + supervised, 面商 2 走访 1
    // 2 建议 late B 基本满意, 市教育局, 电话邮件 3
    // 3 提案 on time C 不满意, re-handled on time, 市卫生健康委, key (not supervised), 走访 2
    // 4 提案 overdue, 市卫生健康委
    // 5 提案 pending, 市教育局
    // 6 议案 on time A (form not back), 市交通运输局, 面商 1
    private static readonly ItemFacts[] Six =
    [
        Facts("1", SubmissionKind.Suggestion, ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, coUnits: [Transport], isKey: true, isSupervised: true, faceToFace: 2, visits: 1),
        Facts("2", SubmissionKind.Suggestion, ReportStatus.Late, "B", SatisfactionLevel.BasicallySatisfied, phoneEmail: 3),
        Facts("3", SubmissionKind.Proposal, ReportStatus.OnTime, "C", SatisfactionLevel.Unsatisfied, lead: Health, isKey: true, rehandling: ReportStatus.OnTime, visits: 2),
        Facts("4", SubmissionKind.Proposal, ReportStatus.Overdue, lead: Health),
        Facts("5", SubmissionKind.Proposal, ReportStatus.Pending, assignedOn: new(D(2025, 4, 10))),
        Facts("6", SubmissionKind.Motion, ReportStatus.OnTime, "A", lead: Transport, faceToFace: 1),
    ];

    [Fact]
    public void Of_SixItems_GivesTheFiguresComputedByHand()
    {
        var t = ItemTally.Of(Six);
        Assert.Equal((6, 2, 3, 1, 5), (t.Items, t.Suggestions, t.Proposals, t.Motions, t.SuggestionsAndProposals));
        Assert.Equal((4, 3, 1, 1, 1), (t.Replied, t.OnTime, t.Late, t.Overdue, t.Pending));
        Assert.Equal(new Proportion(3, 5), t.OnTimeRate);
        Assert.Equal(60.0m, t.OnTimeRate.Percent);
        Assert.Equal((2, 1, 1, 4), (t.Results[ResultCategory.A], t.Results[ResultCategory.B], t.Results[ResultCategory.C], t.WithResult));
        Assert.Equal(new SatisfactionCounts(0, 1, 1, 1, 1), t.Satisfaction);
        Assert.Equal((1, 1), (t.Rehandled, t.RehandledOnTime));
        Assert.Equal((2, 1), (t.Key, t.KeySupervised));
        Assert.Equal(1, t.KeyResults[ResultCategory.A]);
        Assert.Equal((3, 3, 3, 3), (t.FaceToFace, t.PhoneEmail, t.Visits, t.CommunicatedInPerson));
        Assert.Equal(["市交通运输局", "市卫生健康委", "市教育局"], t.Units.Select(u => u.Name));

        var shares = t.Shares();
        Assert.Equal([("A", 2, 50.0m), ("B", 1, 25.0m), ("C", 1, 25.0m)], shares.Select(s => (s.Category.Code, s.Count, s.Percent!.Value)));
        Assert.Equal(new Proportion(2, 4), t.SolvedRate());
        Assert.Equal(new Proportion(3, 4), t.SolvedOrPlannedRate());
        var satisfaction = t.SatisfactionSummary();
        Assert.Equal(33.3m, satisfaction.SatisfiedRate.Percent);
        Assert.Equal(66.7m, satisfaction.SatisfiedOrBasicallyRate.Percent);
    }

    [Fact]
    public void ByKind_SplitsItemsFromMotions_AsTheReportNeeds()
    {
        var byKind = Tallies.ByKind(Six);
        Assert.Equal([SubmissionKind.Suggestion, SubmissionKind.Proposal, SubmissionKind.Motion], byKind.Keys);
        var items = byKind[SubmissionKind.Suggestion] + byKind[SubmissionKind.Proposal];
        Assert.Equal(5, items.Items);
        Assert.Equal(2, items.OnTime);
        Assert.Equal(new Proportion(2, 4), items.OnTimeRate);
        Assert.Equal(3, items.UnitCount);
        Assert.Equal(["市交通运输局"], byKind[SubmissionKind.Motion].Units.Select(u => u.Name));
        Assert.Same(ItemTally.Empty, Tallies.ByKind([])[SubmissionKind.Motion]);
    }

    [Fact]
    public void ByUnit_LeadOnlyOrWithCoUnits()
    {
        var lead = Tallies.ByUnit(Six);
        Assert.Equal(["市交通运输局", "市卫生健康委", "市教育局"], lead.Keys.Select(u => u.Name));
        Assert.Equal((1, 2, 3), (lead[Transport].Items, lead[Health].Items, lead[Education].Items));
        var withCo = Tallies.ByUnit(Six, UnitGrouping.LeadAndCoHandling);
        Assert.Equal(2, withCo[Transport].Items);
        Assert.Throws<ArgumentOutOfRangeException>(() => Tallies.ByUnit(Six, (UnitGrouping)0));
    }

    [Fact]
    public void ByCategory_ByKeyItem_ByMonth()
    {
        var byCategory = Tallies.ByCategory([.. Six, Facts("7", SubmissionKind.Suggestion, ReportStatus.OnTime, "D")]);
        Assert.Equal(["A", "B", "C", "D"], byCategory.Keys.Select(c => c.Code));
        Assert.Equal(2, byCategory[ResultCategory.A].Items);
        Assert.Equal(["甲", "乙"], Tallies.ByCategory(
            [Facts("8", SubmissionKind.Suggestion, ReportStatus.OnTime, "乙"), Facts("9", SubmissionKind.Suggestion, ReportStatus.OnTime, "甲")],
            ClassificationScheme.JiaYiBing).Keys.Select(c => c.Code));

        var byKey = Tallies.ByKeyItem(Six);
        Assert.Equal([false, true], byKey.Keys);
        Assert.Equal(2, byKey[true].Items);

        var byMonth = Tallies.ByAssignmentMonth(Six);
        Assert.Equal([new NodaTime.YearMonth(2025, 3), new NodaTime.YearMonth(2025, 4)], byMonth.Keys);
        Assert.Equal(1, byMonth[new NodaTime.YearMonth(2025, 4)].Items);
    }

    [Fact]
    public void From_ItemState_ReadsUnitsCommunicationsAndSatisfaction()
    {
        var item = Assigned("J301", D(2025, 3, 3), isKey: true, coUnits: [Health]).With(
            new Communicated(D(2025, 3, 10), CommunicationStage.BeforeHandling, CommunicationMode.FaceToFace, 2),
            new Communicated(D(2025, 3, 11), CommunicationStage.DuringHandling, CommunicationMode.Phone),
            new Communicated(D(2025, 3, 12), CommunicationStage.DuringHandling, CommunicationMode.Email, 2),
            new Communicated(D(2025, 3, 13), CommunicationStage.DuringHandling, CommunicationMode.Symposium, 5),
            new Supervised(D(2025, 3, 14), "张副市长"),
            Reply(D(2025, 5, 20), "A"),
            new FeedbackReceived(D(2025, 6, 1), SatisfactionLevel.Satisfied));
        var facts = ItemFacts.From(item.State, DeadlineEngine.Default, D(2025, 12, 31));
        Assert.Equal(ReportStatus.OnTime, facts.Timeliness);
        Assert.Equal(new[] { Education }, facts.LeadUnits.AsEnumerable());
        Assert.Equal(new[] { Health }, facts.CoUnits.AsEnumerable());
        Assert.Equal(D(2025, 3, 3), facts.AssignedOn);
        Assert.Equal(ResultCategory.A, facts.Category);
        Assert.Equal(ItemSatisfaction.Returned(SatisfactionLevel.Satisfied), facts.Satisfaction);
        Assert.True(facts.IsKey && facts.IsSupervised);
        Assert.Null(facts.Rehandling);
        Assert.Equal((2, 3, 0), (facts.FaceToFace, facts.PhoneEmail, facts.Visits));
    }

    // Re-handling deadline: 1 month from the unsatisfied feedback of 2025-06-03 = 2025-07-03 (a Thursday).
    [Theory]
    [InlineData(7, 3, 31, ReportStatus.OnTime)]
    [InlineData(7, 4, 31, ReportStatus.Late)]
    [InlineData(null, null, 3, ReportStatus.Pending)]
    [InlineData(null, null, 4, ReportStatus.Overdue)]
    public void From_Rehandled_JudgesTheReHandlingReplyAgainstItsDeadline(int? month, int? day, int asOfDay, ReportStatus expected)
    {
        var item = Assigned("J302", D(2025, 3, 3)).With(
            Reply(D(2025, 5, 20), "A"),
            new FeedbackReceived(D(2025, 6, 3), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D(2025, 6, 5)));
        if (month is { } m)
        {
            item = item.With(Reply(D(2025, m, day!.Value), "A"));
        }

        var facts = ItemFacts.From(item.State, DeadlineEngine.Default, D(2025, 7, asOfDay));
        Assert.Equal(expected, facts.Rehandling);
    }

    [Fact]
    public void Constructor_InconsistentFacts_Throw()
    {
        var id = new ItemId("X");
        Assert.Throws<ArgumentException>(() => new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.Pending, category: ResultCategory.A));
        Assert.Throws<ArgumentException>(() => new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.Overdue, satisfaction: ItemSatisfaction.Returned(SatisfactionLevel.Satisfied)));
        Assert.Throws<ArgumentException>(() => new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.OnTime, satisfaction: ItemSatisfaction.NotReplied));
        Assert.Throws<ArgumentException>(() => new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.Pending, rehandling: ReportStatus.OnTime));
        Assert.Throws<ArgumentException>(() => new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.OnTime, leadUnits: [Education], coUnits: [Education]));
        Assert.Throws<ArgumentException>(() => new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.OnTime, coUnits: [Health, Health]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.OnTime, visits: -1));
        Assert.Throws<ArgumentException>(() => ItemFacts.From(Assigned("J303", D(2025, 3, 3)).State, ReportStatus.OnTime, null));
        Assert.Equal(ItemSatisfaction.AwaitingForm, new ItemFacts(id, SubmissionKind.Suggestion, ReportStatus.Late).Satisfaction);
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Merge_IsAssociative(ItemFacts[] a, ItemFacts[] b, ItemFacts[] c)
    {
        var (x, y, z) = (ItemTally.Of(a), ItemTally.Of(b), ItemTally.Of(c));
        return x.Merge(y).Merge(z).Equals(x.Merge(y.Merge(z)));
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Merge_IsCommutative(ItemFacts[] a, ItemFacts[] b) =>
        (ItemTally.Of(a) + ItemTally.Of(b)).Equals(ItemTally.Of(b) + ItemTally.Of(a));

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Merge_HasEmptyAsIdentity(ItemFacts[] a)
    {
        var x = ItemTally.Of(a);
        return x.Merge(ItemTally.Empty).Equals(x) && ItemTally.Empty.Merge(x).Equals(x) && ItemTally.Of([]).Equals(ItemTally.Empty);
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Merge_OfParts_EqualsTallyOfTheWhole(ItemFacts[] a, ItemFacts[] b) =>
        (ItemTally.Of(a) + ItemTally.Of(b)).Equals(ItemTally.Of(a.Concat(b))) &&
        ItemTally.Sum(a.Select(ItemTally.Of)).Equals(ItemTally.Of(a));

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal Property Of_DoesNotDependOnOrder(ItemFacts[] a) => Prop.ForAll(
        Gen.Shuffle(a).ToArbitrary(),
        shuffled => ItemTally.Of(shuffled).Equals(ItemTally.Of(a)) && ItemTally.Of(shuffled).GetHashCode() == ItemTally.Of(a).GetHashCode());

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Of_AgreesWithADirectCount(ItemFacts[] a)
    {
        var t = ItemTally.Of(a);
        int Count(Func<ItemFacts, bool> p) => a.Count(p);
        return t.Items == a.Length &&
               t.Suggestions == Count(f => f.Kind == SubmissionKind.Suggestion) &&
               t.Proposals == Count(f => f.Kind == SubmissionKind.Proposal) &&
               t.Motions == Count(f => f.Kind == SubmissionKind.Motion) &&
               t.OnTime == Count(f => f.Timeliness == ReportStatus.OnTime) &&
               t.Late == Count(f => f.Timeliness == ReportStatus.Late) &&
               t.Overdue == Count(f => f.Timeliness == ReportStatus.Overdue) &&
               t.Pending == Count(f => f.Timeliness == ReportStatus.Pending) &&
               t.SuggestionsAndProposals == Count(f => f.Kind != SubmissionKind.Motion) &&
               t.Replied == Count(f => f.Timeliness is ReportStatus.OnTime or ReportStatus.Late) &&
               t.OnTimeRate.Numerator == Count(f => f.Timeliness == ReportStatus.OnTime) &&
               t.OnTimeRate.Denominator == Count(f => f.Timeliness is ReportStatus.OnTime or ReportStatus.Late or ReportStatus.Overdue) &&
               t.WithResult == Count(f => f.Category is not null) &&
               AggregationArbitraries.CategoryPool.All(c => t.Results[c] == Count(f => f.Category == c)) &&
               AggregationArbitraries.CategoryPool.All(c => t.KeyResults[c] == Count(f => f.IsKey && f.Category == c)) &&
               t.Satisfaction.Satisfied == Count(f => f.Satisfaction.Level == SatisfactionLevel.Satisfied) &&
               t.Satisfaction.VerySatisfied == Count(f => f.Satisfaction.Level == SatisfactionLevel.VerySatisfied) &&
               t.Satisfaction.BasicallySatisfied == Count(f => f.Satisfaction.Level == SatisfactionLevel.BasicallySatisfied) &&
               t.Satisfaction.Unsatisfied == Count(f => f.Satisfaction.Level == SatisfactionLevel.Unsatisfied) &&
               t.Satisfaction.NoFeedback == Count(f => f.Satisfaction.IsNoFeedback) &&
               t.Rehandled == Count(f => f.Rehandling is ReportStatus.OnTime or ReportStatus.Late) &&
               t.RehandledOnTime == Count(f => f.Rehandling == ReportStatus.OnTime) &&
               t.Key == Count(f => f.IsKey) &&
               t.KeySupervised == Count(f => f.IsKey && f.IsSupervised) &&
               t.FaceToFace == a.Sum(f => f.FaceToFace) &&
               t.PhoneEmail == a.Sum(f => f.PhoneEmail) &&
               t.Visits == a.Sum(f => f.Visits) &&
               t.CommunicatedInPerson == Count(f => f.FaceToFace + f.Visits > 0) &&
               t.UnitCount == a.SelectMany(f => f.AllUnits).Select(u => u.Name).Distinct().Count();
    }

    // Replied = OnTime + Late and Items = Suggestions + Proposals + Motions are how ItemTally defines them, so they
    // are not asserted here: Of_AgreesWithADirectCount checks each against the items themselves.
    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Counts_AddUp(ItemFacts[] a)
    {
        var t = ItemTally.Of(a);
        return t.Items == t.Replied + t.Overdue + t.Pending &&
               t.WithResult <= t.Replied &&
               t.Satisfaction.Replied == t.Replied &&
               t.RehandledOnTime <= t.Rehandled && t.Rehandled <= t.Replied &&
               t.KeySupervised <= t.Key;
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Shares_AddUpTo100_WhenAnyItemHasAResult(ItemFacts[] a)
    {
        var t = ItemTally.Of(a);
        var shares = t.Shares(ClassificationScheme.WithReference);
        return t.WithResult == 0
            ? shares.All(s => s.Percent is null)
            : shares.Sum(s => s.Percent!.Value) == 100.0m && shares.Sum(s => s.Count) == t.WithResult;
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Shares_UnderTheDefaultScheme_ListUnknownCodesLast(ItemFacts[] a)
    {
        var shares = ItemTally.Of(a).Shares();
        return shares.Take(3).Select(s => s.Category.Code).SequenceEqual(["A", "B", "C"]) &&
               shares.Skip(3).All(s => s.Definition is null);
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    internal bool Rates_LieIn0To100(ItemFacts[] a)
    {
        var t = ItemTally.Of(a);
        var summary = t.SatisfactionSummary();
        return new[] { t.OnTimeRate, t.SolvedRate(), t.SolvedOrPlannedRate(), summary.SatisfiedRate, summary.SatisfiedOrBasicallyRate }
            .All(r => r.Percent is null or (>= 0m and <= 100m));
    }
}
