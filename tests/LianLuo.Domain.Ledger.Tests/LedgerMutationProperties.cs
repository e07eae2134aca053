using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Ledger.Tests.Arbitraries;

namespace LianLuo.Domain.Ledger.Tests;

public class LedgerMutationProperties
{
    private static readonly LedgerReadOptions Strict = new(LedgerArbitraries.AsOf);

    private static readonly LedgerReadOptions Lenient = Strict with { Lenient = true };

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public Property Read_MutatedLedger_NeverThrowsAndAccountsForEveryRow(MutatedLedger ledger)
    {
        var bytes = ledger.Bytes();
        var strict = Read(ledger.IsItems, bytes, Strict);
        var lenient = Read(ledger.IsItems, bytes, Lenient);

        return Accounted(strict).Label("strict accounting")
            .And(Accounted(lenient).Label("lenient accounting"))
            .And((strict.IsValid || strict.Taken == 0).Label("strict takes nothing from a ledger with errors"))
            .And((strict.Errors.Count == lenient.Errors.Count && strict.RowsRead == lenient.RowsRead).Label("strictness changes no error"))
            .And((lenient.Taken + lenient.ReportedWithErrors == lenient.RowsRead || lenient.HeaderUnusable).Label("lenient reports only rows with errors"))
            .And(lenient.Errors.All(e => e.Line >= 1 && e.File == "mutated.csv").Label("every error names the file and a line"))
            .And(lenient.ReportedLinesMatch.Label("a reported row's errors are on its line"));
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)])]
    public bool Read_ValidLedger_TakesEveryRowInBothModes(ItemList list)
    {
        var bytes = LedgerTestKit.ItemsBytes(list.Items);
        var strict = LedgerReader.ReadItems(bytes, "items.csv", Strict);
        var lenient = LedgerReader.ReadItems(bytes, "items.csv", Lenient);

        return strict.IsValid && strict.RowsRead == list.Items.Count && strict.Rows.Equals(lenient.Rows) && strict.Reported.IsEmpty;
    }

    private static bool Accounted(Outcome outcome) => outcome.RowsRead == outcome.Taken + outcome.Reported;

    private static Outcome Read(bool isItems, byte[] bytes, LedgerReadOptions options)
    {
        if (isItems)
        {
            var r = LedgerReader.ReadItems(bytes, "mutated.csv", options);
            return new Outcome(r.RowsRead, r.Rows.Count, r.Reported, r.Errors, r.IsValid);
        }

        var a = LedgerReader.ReadActivities(bytes, "mutated.csv", options);
        return new Outcome(a.RowsRead, a.Rows.Count, a.Reported, a.Errors, a.IsValid);
    }

    private sealed record Outcome(int RowsRead, int Taken, IReadOnlyList<LedgerRowReport> ReportedRows, IReadOnlyList<LedgerError> Errors, bool IsValid)
    {
        public int Reported => ReportedRows.Count;

        public int ReportedWithErrors => ReportedRows.Count(r => !r.IsWithheld);

        public bool HeaderUnusable => Errors.Any(e =>
            e.Kind is LedgerErrorKind.MissingColumn or LedgerErrorKind.NoHeader
            || (e.Kind == LedgerErrorKind.BadEncoding && e.Column == "(file)")
            || (e.Kind == LedgerErrorKind.MalformedCsv && e.Column == "(header)"));

        public bool ReportedLinesMatch => ReportedRows.All(r => r.Errors.All(e => e.Line == r.Line));
    }
}
