using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using LianLuo.SampleCity;
using NodaTime;

namespace LianLuo.Domain.Ledger.Tests.SampleCity;

public class SampleCityGeneratorTests
{
    private static readonly Lazy<LianLuo.SampleCity.SampleCity> Bundled = new(() => new SampleCityGenerator(2025, 300).Generate());

    private static LianLuo.SampleCity.SampleCity City => Bundled.Value;

    [Fact]
    public void Generate_SameSeedAndSize_GivesTheSameCity()
    {
        Assert.Equal(City, new SampleCityGenerator(2025, 300).Generate());
        Assert.NotEqual(City, new SampleCityGenerator(2026, 300).Generate());
    }

    [Fact]
    public void Generate_Size_IsTheNumberOfItems_WithAFewMotions()
    {
        var kinds = City.Items.GroupBy(i => i.Submission.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(300, City.Items.Count);
        Assert.InRange(kinds[SubmissionKind.Motion], 2, 12);
        Assert.True(kinds[SubmissionKind.Suggestion] > kinds[SubmissionKind.Proposal]);
        Assert.Equal(1000, new SampleCityGenerator(7, 1000).Generate().Items.Count);
    }

    [Fact]
    public void Generate_City_HasEveryFeatureTheReportNeeds()
    {
        var engine = DeadlineEngine.Default;
        var states = City.Items.Select(i => i.State).ToList();
        var units = City.Items.SelectMany(i => i.State.Assignment!.Assignments).Select(a => a.Unit).Distinct().Count();
        var statuses = states.Select(s => engine.Status(s, City.AsOf).ReportStatus).ToList();

        Assert.InRange(units, 20, 30);
        Assert.Contains(states, s => s.IsComplex);
        Assert.Contains(states, s => s.Extension is not null);
        Assert.Contains(City.Items, i => i.Submission.IsKey && i.State.IsSupervised);
        Assert.Contains(states, s => s.Assignment!.Assignments.Count > 1);
        Assert.Contains(states, s => s.FirstRepliedOn is null);
        Assert.Contains(states, s => s.IsRehandled && s.Rounds[1].Feedback is not null);
        Assert.Contains(states, s => s.FinalSatisfaction == SatisfactionLevel.Unsatisfied);
        Assert.All(new[] { ResultCategory.A, ResultCategory.B, ResultCategory.C }, c => Assert.Contains(states, s => s.FirstCategory == c));
        Assert.All(new[] { CommunicationMode.FaceToFace, CommunicationMode.Phone, CommunicationMode.Visit }, m => Assert.Contains(states, s => s.PersonTimes(m) > 0));
        Assert.Equal(Enum.GetValues<ActivityType>().Order(), City.Activities.Select(a => a.Type).Distinct().Order());
        Assert.Equal(Enum.GetValues<ReportStatus>().Order(), statuses.Distinct().Order());
        Assert.True(statuses.Count(s => s == ReportStatus.OnTime) > statuses.Count / 2);
    }

    [Fact]
    public void Generate_City_HasNoEventAfterTheAsOfDate()
    {
        Assert.All(City.Items, i => Assert.True(i.History.All(e => e.Date <= City.AsOf)));
        Assert.All(City.Activities, a => Assert.True(a.Date.Year == SampleCityGenerator.Year && a.Date <= City.AsOf));
        Assert.Equal(new LocalDate(2026, 1, 15), City.AsOf);
    }

    [Theory]
    [InlineData(2025, 300)]
    [InlineData(1, 2000)]
    [InlineData(-42, 10)]
    public void WriteTo_ThenRead_GivesTheSameCityAndValidLedgers(int seed, int size)
    {
        var city = seed == 2025 && size == 300 ? City : new SampleCityGenerator(seed, size).Generate();
        var directory = Path.Combine(Path.GetTempPath(), $"sample-city-{Guid.NewGuid():N}");
        try
        {
            city.WriteTo(directory);
            var options = new LedgerReadOptions(city.AsOf);
            var items = LedgerReader.ReadItemsFile(Path.Combine(directory, "items.csv"), options);
            var activities = LedgerReader.ReadActivitiesFile(Path.Combine(directory, "activities.csv"), options);

            Assert.True(items.IsValid, string.Join("\n", items.Errors.Take(10)));
            Assert.True(activities.IsValid, string.Join("\n", activities.Errors.Take(10)));
            Assert.Equal(city.Items, items.Rows);
            Assert.Equal(city.Activities, activities.Rows);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void BundledSampleLedgers_AreTheGeneratorsOutputForSeed2025Size300()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sample-city-{Guid.NewGuid():N}");
        try
        {
            City.WriteTo(directory);
            var data = Path.Combine(LedgerTestKit.RepositoryRoot(), "samples", "data");

            Assert.Equal(File.ReadAllBytes(Path.Combine(directory, "items.csv")), File.ReadAllBytes(Path.Combine(data, "items.csv")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(directory, "activities.csv")), File.ReadAllBytes(Path.Combine(data, "activities.csv")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Constructor_SizeBelowTen_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleCityGenerator(1, 9));
}
