using FsCheck.Xunit;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

public class AnnualReportPropertyTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 1);

    private static AnnualReport Build(IEnumerable<HandledItem> items) => AnnualReportBuilder.Build(items, [], AsOf);

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Build_Counts_AddUp(HandledItem[] items)
    {
        var r = Build(items);
        var t = r.Timeliness;
        var s = r.Satisfaction;
        return t.Replied + t.Overdue + t.Pending == r.Total
            && r.Total + r.Motions == items.Length
            && r.Results.Sum(c => c.Count) <= t.Replied
            && s.Satisfied + s.BasicallySatisfied + s.Unsatisfied + s.NoFeedback == t.Replied
            && r.Rehandling.OnTime <= r.Rehandling.Rehandled
            && r.ByUnit.Sum(u => u.OnTime) >= t.OnTime;
    }

    /// <summary>
    /// The counts that need no deadline, against the generated histories themselves (replaces a check of
    /// replied = onTime + late, which is how the report defines replied and so could not fail).
    /// </summary>
    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Build_Counts_AgreeWithTheHistories(HandledItem[] items)
    {
        var r = Build(items);
        var scored = items.Where(i => i.Submission.Kind != SubmissionKind.Motion).ToArray();
        var replied = scored.Where(i => i.History.OfType<Replied>().Any() && i.State.FirstRepliedOn is not null).ToArray();
        int Final(params SatisfactionLevel[] levels) => replied.Count(i => i.State.FinalSatisfaction is { } level && levels.Contains(level));
        return r.Suggestions == items.Count(i => i.Submission.Kind == SubmissionKind.Suggestion)
            && r.Proposals == items.Count(i => i.Submission.Kind == SubmissionKind.Proposal)
            && r.Motions == items.Count(i => i.Submission.Kind == SubmissionKind.Motion)
            && r.Timeliness.Replied == replied.Length
            && r.Satisfaction.Satisfied == Final(SatisfactionLevel.Satisfied, SatisfactionLevel.VerySatisfied)
            && r.Satisfaction.BasicallySatisfied == Final(SatisfactionLevel.BasicallySatisfied)
            && r.Satisfaction.Unsatisfied == Final(SatisfactionLevel.Unsatisfied)
            && r.KeySupervised == scored.Count(i => i.Submission.IsKey && i.History.OfType<Supervised>().Any());
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Build_Shares_AddUpTo100_AndRatesLieIn0To100(HandledItem[] items)
    {
        var r = Build(items);
        var withResult = r.Results.Sum(c => c.Count);
        var sharesOk = withResult == 0
            ? r.Results.All(c => c.Percent is null)
            : r.Results.Sum(c => c.Percent ?? -1000m) == 100.0m;
        decimal?[] rates = [r.Timeliness.OnTimeRate, r.Satisfaction.SatisfiedRate, r.Satisfaction.SatisfiedOrBasicallyRate, .. r.Results.Select(c => c.Percent)];
        return sharesOk && rates.All(p => p is null or (>= 0m and <= 100m) && (p is null || decimal.Round(p.Value, 1) == p.Value));
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Build_DoesNotDependOnTheOrderOfItems(HandledItem[] items)
    {
        var shuffled = items.Reverse().Skip(1).Concat(items.Reverse().Take(1)).ToArray();
        return Build(items).Equals(Build(shuffled));
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Json_ParsesBackToTheSameFigures(HandledItem[] items)
    {
        var report = Build(items);
        var back = AnnualReportJson.Read(AnnualReportJson.Write(report));
        return back.Equals(report with
        {
            Year = null,
            SummaryYear = null,
            ByUnit = EquatableArray<UnitFigures>.Empty,
            ByKind = EquatableArray<KindFigures>.Empty,
            Findings = EquatableArray<ReportFinding>.Empty,
            CategoryLabels = EquatableArray<CategoryLabel>.Empty,
        });
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Text_HasNoPlaceholderAndNoZeroCountSentence(HandledItem[] items)
    {
        var text = ChineseSummaryRenderer.Render(Build(items));
        return !text.Contains("xx", StringComparison.Ordinal)
            && !text.Contains("共计0件", StringComparison.Ordinal)
            && !text.Contains("议案0件", StringComparison.Ordinal)
            && !text.Contains("协商0次", StringComparison.Ordinal);
    }
}
