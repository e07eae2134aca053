using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// Tallies roll cities up exactly: the report merged from the parts' tallies is the whole's report, figure for figure.
/// The only part a tally cannot carry is the list of items behind each finding (a tally holds no item data): the merged
/// findings have the same text and the same number of items, all counted as omitted.
/// </summary>
public class ReportTallyTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 1);

    /// <summary>What a merged report must equal: the whole's report with every finding's items counted but not listed, and the table by city.</summary>
    private static AnnualReport WithoutItemLists(AnnualReport whole, AnnualReport merged) => whole with
    {
        Findings = new EquatableArray<ReportFinding>(whole.Findings.Select(f => f with { Items = EquatableArray<ItemId>.Empty, OmittedItems = f.ItemCount })),
        ByCity = merged.ByCity,
    };

    private static HandledItem[] Distinct(HandledItem[] items) => [.. items.DistinctBy(i => i.Submission.Id)];

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public Property Merge_OfThePartsTallies_IsTheWholesReport(HandledItem[] generated, PositiveInt partCount, int seed)
    {
        var items = Distinct(generated);
        var parts = Math.Min(partCount.Get, 5);
        var random = new Random(seed);
        var assignment = items.Select(_ => random.Next(parts)).ToArray();
        var tallies = Enumerable.Range(0, parts).Select(p =>
        {
            var accumulator = new AnnualReportAccumulator(AsOf);
            accumulator.AddRange(items.Where((_, i) => assignment[i] == p));
            // Through the JSON document, as a city would send it.
            return ReportTallyJson.Read(ReportTallyJson.Write(accumulator.ToTally($"city {p}")), $"city{p}.tally.json");
        }).ToList();
        var whole = AnnualReportBuilder.Build(items, [], AsOf);
        var merged = ReportTallies.Merge(tallies);
        var cities = merged.ByCity.Select(c => c.Total).ToArray();
        var expectedCities = Enumerable.Range(0, parts).Select(p => items.Where((it, i) => assignment[i] == p && it.Submission.Kind != SubmissionKind.Motion).Count()).ToArray();
        return (merged.Equals(WithoutItemLists(whole, merged)) && cities.SequenceEqual(expectedCities))
            .Label($"parts {parts}, items {items.Length}");
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Merge_OfAccumulators_IsTheWholesReport_ItemListsIncluded(HandledItem[] generated, int seed)
    {
        var items = Distinct(generated);
        var random = new Random(seed);
        var left = new AnnualReportAccumulator(AsOf);
        var right = new AnnualReportAccumulator(AsOf);
        foreach (var item in items)
        {
            (random.Next(2) == 0 ? left : right).Add(item);
        }

        left.Merge(right);
        return left.ToReport().Equals(AnnualReportBuilder.Build(items, [], AsOf));
    }

    [Property(Arbitrary = [typeof(ItemHistories)])]
    public bool Json_RoundTrips(HandledItem[] generated)
    {
        var accumulator = new AnnualReportAccumulator(AsOf);
        accumulator.AddRange(Distinct(generated));
        var json = ReportTallyJson.Write(accumulator.ToTally("某市"));
        return ReportTallyJson.Write(ReportTallyJson.Read(json)) == json;
    }

    [Fact]
    public void Findings_ListAtMostTheCap_AndCountTheRest()
    {
        // The hand-computed city and three more overdue proposals of one unit (deadline 2025-06-20, not replied by
        // 2026-01-15), with no communication: their findings list 4 items, capped at one listed item per finding.
        List<HandledItem> items =
        [
            .. AnnualReportBuilderTests.Items(),
            .. new[] { "T7", "T8", "T9" }.Select(id => new HandledItem(
                new Submission(new ItemId(id), SubmissionKind.Proposal, "标题" + id, 2025, new Member("李四", "经济界")),
                [new Assigned(new LocalDate(2025, 3, 20), [Assignment.Lead("市交通运输局")])])),
        ];
        var full = AnnualReportBuilder.Build(items, [], new LocalDate(2026, 1, 15));
        var capped = AnnualReportBuilder.Build(items, [], new LocalDate(2026, 1, 15), new AnnualReportOptions { MaxFindingItems = 1 });
        Assert.Equal(full.Findings.Count, capped.Findings.Count);
        Assert.Contains(full.Findings, f => f.Unit == "市交通运输局" && f.Items.Count == 4);
        foreach (var (f, c) in full.Findings.Zip(capped.Findings))
        {
            Assert.Equal(ChineseSummaryRenderer.FindingText(f), ChineseSummaryRenderer.FindingText(c));
            Assert.Equal((f.Late, f.Overdue, f.Rate, f.Average), (c.Late, c.Overdue, c.Rate, c.Average));
            Assert.Equal(f.Items.Count, c.ItemCount);
            Assert.Equal([f.Items[0]], c.Items.AsImmutableArray());
            Assert.Equal(f.Items.Count - 1, c.OmittedItems);
        }

        Assert.Contains("件未列出", MarkdownReportRenderer.Render(capped), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_TheSameLedgerTwice_IsRefused_NamingBothFiles()
    {
        var tally = TallyOf(AnnualReportBuilderTests.Items());
        var a = ReportTallyJson.Read(ReportTallyJson.Write(tally), "a.tally.json");
        var b = ReportTallyJson.Read(ReportTallyJson.Write(tally), "b.tally.json");
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([a, b]));
        Assert.Contains("a.tally.json and b.tally.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OverlappingLedgers_IsRefused()
    {
        var items = AnnualReportBuilderTests.Items();
        var a = TallyOf(items.Take(4)).WithName("甲市");
        var b = TallyOf(items.Skip(3)).WithName("乙市");
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([a, b]));
        Assert.Contains("items in common", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentAsOfDates_IsRefused()
    {
        var items = AnnualReportBuilderTests.Items();
        var a = TallyOf(items.Take(3));
        var other = new AnnualReportAccumulator(new LocalDate(2026, 2, 1));
        other.AddRange(items.Skip(3));
        var b = ReportTallyJson.Read(ReportTallyJson.Write(other.ToTally("乙市")), "乙市.tally.json");
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([a, b]));
        Assert.Contains("乙市.tally.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-15 and 2026-02-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_UnderAnotherScheme_IsRefused()
    {
        var tally = TallyOf(AnnualReportBuilderTests.Items());
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([tally], new AnnualReportOptions { BelowAverageMargin = 10m }));
        Assert.Equal("$.computedUnder", error.JsonPath);
        Assert.Contains("belowAverageMargin: 15 ≠ 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ANegativeCount_NamesTheFileAndPath()
    {
        var json = ReportTallyJson.Write(TallyOf(AnnualReportBuilderTests.Items()));
        var broken = json.Replace("\"onTime\": ", "\"onTime\": -", StringComparison.Ordinal);
        var error = Assert.Throws<ReportTallyException>(() => ReportTallyJson.Read(broken, "某市.tally.json"));
        Assert.Equal("某市.tally.json", error.File);
        Assert.Equal("$.byKind.suggestions.counters.onTime", error.JsonPath);
        Assert.Contains("cannot be negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnotherVersion_IsRefused()
    {
        var json = ReportTallyJson.Write(TallyOf(AnnualReportBuilderTests.Items())).Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal);
        var error = Assert.Throws<ReportTallyException>(() => ReportTallyJson.Read(json, "x.json"));
        Assert.Equal("$.version", error.JsonPath);
    }

    [Fact]
    public void Tally_HoldsNoItemData()
    {
        var json = ReportTallyJson.Write(TallyOf(AnnualReportBuilderTests.Items()));
        foreach (var item in AnnualReportBuilderTests.Items())
        {
            Assert.DoesNotContain($"\"{item.Submission.Id.Value}\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain(item.Submission.Title, json, StringComparison.Ordinal);
        }
    }

    private static ReportTally TallyOf(IEnumerable<HandledItem> items)
    {
        var accumulator = new AnnualReportAccumulator(new LocalDate(2026, 1, 15));
        accumulator.AddRange(items);
        return accumulator.ToTally("某市");
    }
}
