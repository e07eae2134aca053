using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Satisfaction;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// What a city's tally records of how it was computed (<see cref="TallyIdentity"/>), and how a merge refuses tallies that
/// cannot be added: each refusal names the tallies (their files, or "the tally of" their city), the JSON path of the
/// field that differs and both values; a tally is named by its city or issuer, never by a blank.
/// </summary>
public sealed class ReportTallyRulesTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 15);

    private static readonly TallyIdentity Identity = new("默认（A/B/C） [A,B,C]", "sha256:0011223344556677", "cal-1", "ThreeLevel", 15m, 5);

    private static ReportTally TallyOf(IEnumerable<HandledItem> items, string name = "某市", AnnualReportOptions? options = null, LocalDate? asOf = null)
    {
        var accumulator = new AnnualReportAccumulator(asOf ?? AsOf, options);
        accumulator.AddRange(items);
        return accumulator.ToTally(name);
    }

    [Fact]
    public void Identity_SaysTheSchemeWithItsCodes_ThePolicysHash_TheCalendar_AndTheSatisfactionRule()
    {
        var identity = TallyIdentity.Of(AnnualReportOptions.Default);
        Assert.Equal("默认（A/B/C） [A,B,C]", identity.Classification);
        Assert.Matches("^sha256:[0-9a-f]{16}$", identity.DeadlinePolicy);
        Assert.Equal(DeadlineEngine.Default.Calendar.Version, identity.Calendar);
        Assert.Equal("ThreeLevel", identity.Satisfaction);
        Assert.Equal((15m, 3), (identity.BelowAverageMargin, identity.MinimumItemsToCompare));

        var counting = TallyIdentity.Of(new AnnualReportOptions { Satisfaction = new SatisfactionPolicy(SatisfactionScale.FourLevel, countUnreturnedForms: true) });
        Assert.Equal("FourLevel, unreturned forms counted", counting.Satisfaction);
        var sichuan = TallyIdentity.Of(new AnnualReportOptions { Engine = new DeadlineEngine(DeadlineEngine.Default.Calendar, DeadlinePolicyPresets.Sichuan2024) });
        Assert.NotEqual(identity.DeadlinePolicy, sichuan.DeadlinePolicy);
        Assert.Equal(identity.DeadlinePolicy, TallyIdentity.Of(new AnnualReportOptions()).DeadlinePolicy);
        Assert.Equal(
            $"classification 默认（A/B/C） [A,B,C], deadline policy {identity.DeadlinePolicy}, calendar {identity.Calendar}, satisfaction ThreeLevel, margin 15, minimum 3",
            identity.ToString());
    }

    [Fact]
    public void Difference_NamesTheFirstFieldThatDiffers_WithBothValues()
    {
        Assert.Null(Identity.Difference(Identity with { }));
        Assert.Equal("classification: 默认（A/B/C） [A,B,C] ≠ 甲/乙/丙 [甲,乙,丙]", Identity.Difference(Identity with { Classification = "甲/乙/丙 [甲,乙,丙]", Calendar = "cal-2" }));
        Assert.Equal("deadlinePolicy: sha256:0011223344556677 ≠ sha256:ffffffffffffffff", Identity.Difference(Identity with { DeadlinePolicy = "sha256:ffffffffffffffff", Calendar = "cal-2" }));
        Assert.Equal("calendar: cal-1 ≠ cal-2", Identity.Difference(Identity with { Calendar = "cal-2", Satisfaction = "FourLevel" }));
        Assert.Equal("satisfaction: ThreeLevel ≠ FourLevel", Identity.Difference(Identity with { Satisfaction = "FourLevel", BelowAverageMargin = 10m }));
        Assert.Equal("belowAverageMargin: 15 ≠ 10.5", Identity.Difference(Identity with { BelowAverageMargin = 10.5m, MinimumItemsToCompare = 3 }));
        Assert.Equal("minimumItemsToCompare: 5 ≠ 3", Identity.Difference(Identity with { MinimumItemsToCompare = 3 }));
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Identity.Difference(null!)).ParamName);
    }

    [Fact]
    public void TallyException_SaysWhereThenWhy()
    {
        Assert.Equal("a.tally.json: $.year: bad", new ReportTallyException("a.tally.json", "$.year", "bad").Message);
        Assert.Equal("a.tally.json: bad", new ReportTallyException("a.tally.json", null, "bad").Message);
        Assert.Equal("$.year: bad", new ReportTallyException(null, "$.year", "bad").Message);
        Assert.Equal("bad", new ReportTallyException(null, null, "bad").Message);
        var full = new ReportTallyException("a.tally.json", "$.year", "bad");
        Assert.Equal(("a.tally.json", "$.year", "bad"), (full.File, full.JsonPath, full.Reason));
        Assert.Equal(("The tally is not valid.", "The tally is not valid."), (new ReportTallyException().Message, new ReportTallyException().Reason));
        Assert.Equal("bad", new ReportTallyException("bad").Reason);
        var inner = new FormatException("x");
        var wrapped = new ReportTallyException("bad", inner);
        Assert.Equal(("bad", "bad"), (wrapped.Message, wrapped.Reason));
        Assert.Same(inner, wrapped.InnerException);
    }

    [Fact]
    public void ATally_IsNamedByItsCityOrIssuer_NeverByABlank()
    {
        var tally = TallyOf(AnnualReportBuilderTests.Items(), name: "  甲市 ");
        Assert.Equal("甲市", tally.Name);
        Assert.Equal("乙市", tally.WithName(" 乙市 ").Name);
        Assert.Equal(tally.Items, tally.WithName("乙市").Items);
        foreach (var blank in new[] { "", "  " })
        {
            var ex = Assert.Throws<ArgumentException>(() => tally.WithName(blank));
            Assert.Equal("name", ex.ParamName);
            Assert.StartsWith("A tally needs the name of its city or issuer.", ex.Message, StringComparison.Ordinal);
            var accumulator = new AnnualReportAccumulator(AsOf);
            Assert.StartsWith("A tally needs the name of its city or issuer.", Assert.Throws<ArgumentException>(() => accumulator.ToTally(blank)).Message, StringComparison.Ordinal);
        }

        Assert.StartsWith("甲市: 0 items as of 2026-01-15, fingerprint 0:", TallyOf([], name: "甲市").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_RefusesNothingToMerge_AndNulls()
    {
        Assert.Equal("There is no tally to merge.", Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([])).Message);
        Assert.Equal("tallies", Assert.Throws<ArgumentNullException>(() => ReportTallies.Merge(null!)).ParamName);
        Assert.Equal("tallies", Assert.Throws<ArgumentNullException>(() => ReportTallies.Merge([null!])).ParamName);
        Assert.Equal("tallies", Assert.Throws<ArgumentNullException>(() => ReportTallies.Merge([TallyOf([]), null!])).ParamName);
    }

    [Fact]
    public void Merge_TalliesOfDifferentYears_IsRefusedNamingBothYears()
    {
        var items = AnnualReportBuilderTests.Items();
        var all = TallyOf(items.Take(3), "甲市");
        var year = TallyOf(items.Skip(3), "乙市", new AnnualReportOptions { Year = 2025 });
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([all, year]));
        Assert.Equal("the tally of 甲市 and the tally of 乙市: $.year: the tallies are for different years (every year and 2025).", error.Message);
    }

    [Fact]
    public void Merge_TalliesOfDifferentDays_IsRefusedNamingBothDates()
    {
        var items = AnnualReportBuilderTests.Items();
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([TallyOf(items.Take(3), "甲市"), TallyOf(items.Skip(3), "乙市", asOf: new LocalDate(2026, 2, 1))]));
        Assert.Equal(
            "the tally of 甲市 and the tally of 乙市: $.asOf: the tallies are as of different dates (2026-01-15 and 2026-02-01); make every city's tally with the same --as-of.",
            error.Message);
    }

    [Fact]
    public void Merge_UnderAnotherPolicy_SaysWhatDiffers()
    {
        var tally = TallyOf(AnnualReportBuilderTests.Items(), "甲市");
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([tally], new AnnualReportOptions { MinimumItemsToCompare = 5 }));
        Assert.Equal("the tally of 甲市: $.computedUnder: the tally was computed under another scheme or policy than this report's (minimumItemsToCompare: 3 ≠ 5).", error.Message);
    }

    // Two cities with no item yet have equal (empty) fingerprints: that is not the same ledger twice.
    [Fact]
    public void Merge_TwoEmptyLedgers_IsNotTheSameLedgerTwice()
    {
        var report = ReportTallies.Merge([TallyOf([], "甲市"), TallyOf([], "乙市")]);
        Assert.Equal(["甲市", "乙市"], report.ByCity.Select(c => c.Name));
        Assert.Equal(0, report.Total);
    }

    [Fact]
    public void AccumulatorMerge_OfATallyMadeOtherwise_IsRefusedSayingBothWays()
    {
        var tally = TallyOf(AnnualReportBuilderTests.Items(), "甲市", new AnnualReportOptions { Year = 2025 });
        var accumulator = new AnnualReportAccumulator(new LocalDate(2026, 2, 1));
        var ex = Assert.Throws<ArgumentException>(() => accumulator.Merge(tally));
        Assert.Equal("tally", ex.ParamName);
        Assert.StartsWith($"AnnualReportAccumulator.Merge: the tally of 甲市 was computed for 2026-01-15 (year 2025) under {tally.ComputedUnder}, not for 2026-02-01 under {TallyIdentity.Of(AnnualReportOptions.Default)}.", ex.Message, StringComparison.Ordinal);

        // Each difference alone is refused: the day, the year, the options.
        Assert.Throws<ArgumentException>(() => new AnnualReportAccumulator(AsOf).Merge(tally));
        Assert.Throws<ArgumentException>(() => new AnnualReportAccumulator(new LocalDate(2026, 2, 1), new AnnualReportOptions { Year = 2025 }).Merge(tally));
        Assert.Throws<ArgumentException>(() => new AnnualReportAccumulator(AsOf, new AnnualReportOptions { Year = 2025, MinimumItemsToCompare = 5 }).Merge(tally));
        new AnnualReportAccumulator(AsOf, new AnnualReportOptions { Year = 2025 }).Merge(tally);
        Assert.Equal("tally", Assert.Throws<ArgumentNullException>(() => accumulator.Merge((ReportTally)null!)).ParamName);
    }

    [Fact]
    public void AccumulatorMerge_OfAnAccumulatorMadeOtherwise_IsRefused()
    {
        var accumulator = new AnnualReportAccumulator(AsOf);
        var ex = Assert.Throws<ArgumentException>(() => accumulator.Merge(new AnnualReportAccumulator(AsOf.PlusDays(1))));
        Assert.Equal("other", ex.ParamName);
        Assert.StartsWith("AnnualReportAccumulator.Merge: the other accumulator was made for another as-of date or with other options.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => accumulator.Merge(new AnnualReportAccumulator(AsOf, new AnnualReportOptions { Year = 2025 })));
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => accumulator.Merge((AnnualReportAccumulator)null!)).ParamName);
        Assert.Equal("item", Assert.Throws<ArgumentNullException>(() => accumulator.Add((HandledItem)null!)).ParamName);
        Assert.Equal("activity", Assert.Throws<ArgumentNullException>(() => accumulator.Add((LiaisonActivity)null!)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => accumulator.AddRange((IEnumerable<HandledItem>)null!)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => accumulator.AddRange([(HandledItem)null!])).ParamName);
        Assert.Equal("activities", Assert.Throws<ArgumentNullException>(() => accumulator.AddRange((IEnumerable<LiaisonActivity>)null!)).ParamName);
        Assert.Equal("activities", Assert.Throws<ArgumentNullException>(() => accumulator.AddRange([(LiaisonActivity)null!])).ParamName);
    }
}
