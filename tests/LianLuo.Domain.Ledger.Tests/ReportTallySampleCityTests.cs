using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using LianLuo.SampleCity;

namespace LianLuo.Domain.Ledger.Tests;

/// <summary>Two real sample-city ledgers (different seeds), each written and read back as CSV, merged from their tallies vs. reported together.</summary>
public class ReportTallySampleCityTests
{
    [Fact]
    public void Merge_OfTwoCitiesTallies_IsTheReportOnTheConcatenatedLedgers()
    {
        var directory = Directory.CreateTempSubdirectory("lianluo-tally-");
        try
        {
            var (itemsA, activitiesA) = WriteAndRead(new SampleCityGenerator(7, 400).Generate(), Path.Combine(directory.FullName, "a"));
            var (itemsB, activitiesB) = WriteAndRead(new SampleCityGenerator(8, 250).Generate(), Path.Combine(directory.FullName, "b"));
            var asOf = SampleCityGenerator.DefaultAsOf;

            var tallies = new[] { ("甲市", itemsA, activitiesA), ("乙市", itemsB, activitiesB) }.Select(city =>
            {
                var accumulator = new AnnualReportAccumulator(asOf);
                accumulator.AddRange(city.Item2);
                accumulator.AddRange(city.Item3);
                var path = Path.Combine(directory.FullName, city.Item1 + ".tally.json");
                ReportTallyJson.WriteFile(path, accumulator.ToTally(city.Item1));
                return ReportTallyJson.ReadFile(path);
            }).ToList();

            var merged = ReportTallies.Merge(tallies);
            var together = AnnualReportBuilder.Build([.. itemsA, .. itemsB], [.. activitiesA, .. activitiesB], asOf);

            // Figure for figure; the findings with the same text and number of items (a tally lists none of them).
            Assert.Equal(together with { Findings = EquatableArray<ReportFinding>.Empty }, merged with { Findings = EquatableArray<ReportFinding>.Empty, ByCity = EquatableArray<CityFigures>.Empty });
            Assert.Equal(together.Findings.Select(f => f with { Items = EquatableArray<ItemId>.Empty, OmittedItems = f.ItemCount }), merged.Findings);
            Assert.All(merged.Findings, f => Assert.True(f.Items.IsEmpty && f.OmittedItems > 0));
            Assert.Equal(["甲市", "乙市"], merged.ByCity.Select(c => c.Name));
            Assert.Equal(itemsA.Count(i => i.Submission.Kind != SubmissionKind.Motion), merged.ByCity[0].Total);
            Assert.Equal(merged.Total, merged.ByCity.Sum(c => c.Total));
            Assert.True(merged.Total > 600);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (List<HandledItem> Items, List<LiaisonActivity> Activities) WriteAndRead(global::LianLuo.SampleCity.SampleCity city, string directory)
    {
        city.WriteTo(directory);
        var items = LedgerReader.ReadItemsFile(Path.Combine(directory, "items.csv"), new LedgerReadOptions(city.AsOf)).Rows;
        var activities = LedgerReader.ReadActivitiesFile(Path.Combine(directory, "activities.csv"), new LedgerReadOptions(city.AsOf)).Rows;
        return ([.. items], [.. activities]);
    }
}
