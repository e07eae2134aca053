using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Ledger.Tests.Arbitraries;

namespace LianLuo.Domain.Ledger.Tests;

public class LedgerRoundTripProperties
{
    private static readonly LedgerReadOptions Options = new(LedgerArbitraries.AsOf);

    [Property(Arbitrary = [typeof(LedgerArbitraries)])]
    public Property ReadItems_OfWrittenItems_GivesTheSameItems(ItemList list)
    {
        var result = LedgerReader.ReadItems(LedgerTestKit.ItemsBytes(list.Items), "items.csv", Options);

        return (result.IsValid && result.Rows.SequenceEqual(list.Items))
            .Label(string.Join("\n", result.Errors));
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)])]
    public Property ReadActivities_OfWrittenActivities_GivesTheSameActivities(ActivityList list)
    {
        var result = LedgerReader.ReadActivities(LedgerTestKit.ActivitiesBytes(list.Activities), "activities.csv", Options);

        return (result.IsValid && result.Rows.SequenceEqual(list.Activities))
            .Label(string.Join("\n", result.Errors));
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)])]
    public bool WriteItems_OfReadItems_GivesTheSameBytes(ItemList list)
    {
        var written = LedgerTestKit.ItemsBytes(list.Items);
        var read = LedgerReader.ReadItems(written, "items.csv", Options);

        return LedgerTestKit.ItemsBytes(read.Rows).AsSpan().SequenceEqual(written);
    }
}
