using FsCheck;
using FsCheck.Fluent;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>FsCheck generators for item facts, satisfaction counts and counts for percentages.</summary>
internal static class AggregationArbitraries
{
    public static readonly HandlingUnit[] UnitPool =
        [new("市教育局"), new("市卫生健康委"), new("市交通运输局"), new("市住房城乡建设局"), new("市民政局"), new("市生态环境局")];

    public static readonly ResultCategory[] CategoryPool = [ResultCategory.A, ResultCategory.B, ResultCategory.C, new("D")];

    public static Gen<ItemFacts> FactsGen =>
        from id in Gen.Choose(1, 99999)
        from kind in Gen.Elements(SubmissionKind.Suggestion, SubmissionKind.Proposal, SubmissionKind.Motion)
        from timeliness in Gen.Elements(ReportStatus.Pending, ReportStatus.OnTime, ReportStatus.Late, ReportStatus.Overdue)
        from units in Gen.Shuffle(UnitPool)
        from leads in Gen.Frequency((8, Gen.Constant(1)), (1, Gen.Constant(0)), (1, Gen.Constant(2)))
        from coUnits in Gen.Choose(0, 2)
        from assigned in Gen.Frequency((9, Gen.Choose(0, 700).Select(d => (LocalDate?)new LocalDate(2024, 1, 1).PlusDays(d))), (1, Gen.Constant((LocalDate?)null)))
        from category in Gen.Frequency((9, Gen.Elements(CategoryPool).Select(c => (ResultCategory?)c)), (1, Gen.Constant((ResultCategory?)null)))
        from satisfaction in SatisfactionGen
        from isKey in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from isSupervised in Gen.Elements(true, false)
        from rehandling in Gen.Frequency((3, Gen.Constant((ReportStatus?)null)), (1, Gen.Elements(ReportStatus.Pending, ReportStatus.OnTime, ReportStatus.Late, ReportStatus.Overdue).Select(r => (ReportStatus?)r)))
        from faceToFace in Gen.Choose(0, 4)
        from phoneEmail in Gen.Choose(0, 4)
        from visits in Gen.Choose(0, 3)
        let replied = timeliness is ReportStatus.OnTime or ReportStatus.Late
        select new ItemFacts(
            new ItemId($"J{id:D5}"),
            kind,
            timeliness,
            leadUnits: units.Take(leads),
            coUnits: leads == 1 ? units.Skip(1).Take(coUnits) : [],
            assignedOn: assigned,
            category: replied ? category : null,
            satisfaction: replied ? satisfaction : ItemSatisfaction.NotReplied,
            isKey: isKey,
            isSupervised: isSupervised,
            rehandling: replied ? rehandling : null,
            faceToFace: faceToFace,
            phoneEmail: phoneEmail,
            visits: visits);

    public static Gen<ItemSatisfaction> SatisfactionGen => Gen.Frequency(
        (6, Gen.Elements(SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.BasicallySatisfied, SatisfactionLevel.Unsatisfied).Select(ItemSatisfaction.Returned)),
        (1, Gen.Constant(ItemSatisfaction.AwaitingForm)),
        (1, Gen.Constant(ItemSatisfaction.FormNotReturned)));

    public static Arbitrary<ItemFacts> Facts() => Arb.From(FactsGen);

    public static Arbitrary<ItemFacts[]> FactsArray() => Arb.From(Gen.Sized(size => Gen.Choose(0, Math.Min(size, 40)).SelectMany(n => Gen.ArrayOf(FactsGen, n))));

    public static Arbitrary<SatisfactionCounts> SatisfactionCounts() => Arb.From(
        from very in Gen.Choose(0, 50)
        from satisfied in Gen.Choose(0, 200)
        from basically in Gen.Choose(0, 100)
        from unsatisfied in Gen.Choose(0, 30)
        from noFeedback in Gen.Choose(0, 30)
        select new SatisfactionCounts(very, satisfied, basically, unsatisfied, noFeedback));

    public static Arbitrary<Proportion> Proportions() => Arb.From(
        from denominator in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 60)), (3, Gen.Choose(61, 5000)))
        from numerator in Gen.Choose(0, denominator)
        select new Proportion(numerator, denominator));

    public static Arbitrary<ConfidenceLevel> ConfidenceLevels() => Arb.From(
        Gen.Frequency(
            (3, Gen.Elements(ConfidenceLevel.Percent90, ConfidenceLevel.Percent95, ConfidenceLevel.Percent99)),
            (2, Gen.Choose(5001, 9999).Select(n => new ConfidenceLevel(n / 10000m)))));
}
