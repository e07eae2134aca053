using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Ledger.Tests.Arbitraries;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using LianLuo.TestSupport;
using NodaTime;

namespace LianLuo.Domain.Ledger.Tests;

/// <summary>
/// A ledger converted to the item-history document (items-json.md §4) describes the same year: reading the document gives
/// the ledger's items, and the report made from it equals the ledger's report figure for figure; and the ledger written
/// back from the document is the ledger.
/// </summary>
public class ItemDocumentConversionProperties
{
    private static readonly LedgerReadOptions Options = new(LedgerArbitraries.AsOf);

    private static (ItemDocumentReadResult Document, string Json) Convert(IReadOnlyList<HandledItem> items, IReadOnlyList<LiaisonActivity> activities)
    {
        var json = ItemDocumentWriter.WriteText(items, activities);
        return (ItemDocumentReader.ReadText(json, new ItemDocumentReadOptions { FileName = "items.json" }), json);
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)])]
    public Property Convert_GeneratedLedger_ReportsFigureForFigure(ItemList list, ActivityList activities)
    {
        var ledger = LedgerReader.ReadItems(LedgerTestKit.ItemsBytes(list.Items), "items.csv", Options);
        var (document, _) = Convert(ledger.Rows, activities.Activities);
        var asOf = LedgerArbitraries.AsOf;
        var expected = AnnualReportJson.Write(AnnualReportBuilder.Build(ledger.Rows, activities.Activities, asOf));
        var actual = document.IsValid ? AnnualReportJson.Write(AnnualReportBuilder.Build(document.Items, document.Activities!.Value, asOf)) : null;

        return (ledger.IsValid && document.IsValid && document.Items.SequenceEqual(ledger.Rows) && expected == actual
                && LedgerTestKit.ItemsBytes(document.Items).AsSpan().SequenceEqual(LedgerTestKit.ItemsBytes(ledger.Rows))
                && document.Items.All(i => LedgerWriter.WhyNotHeld(i) is null))
            .Label(string.Join("\n", document.Errors) + "\n" + expected + "\n" + actual);
    }

    [Fact]
    public void Convert_SampleCity_ReportsFigureForFigure()
    {
        var data = Path.Combine(Repository.Root, "samples", "data");
        var asOf = new LocalDate(2026, 1, 15);
        var items = LedgerReader.ReadItemsFile(Path.Combine(data, "items.csv"), new LedgerReadOptions(asOf));
        var activities = LedgerReader.ReadActivitiesFile(Path.Combine(data, "activities.csv"), new LedgerReadOptions(asOf));
        Assert.True(items.IsValid && activities.IsValid);

        var (document, json) = Convert(items.Rows, activities.Rows);

        Assert.Empty(document.Errors);
        Assert.Equal(
            AnnualReportJson.Write(AnnualReportBuilder.Build(items.Rows, activities.Rows, asOf)),
            AnnualReportJson.Write(AnnualReportBuilder.Build(document.Items, document.Activities!.Value, asOf)));

        // The bundled sample document is this conversion (regenerate with `lianluo convert` when the sample city changes).
        Assert.Equal(json, File.ReadAllText(Path.Combine(data, "items.json")));
    }
}
