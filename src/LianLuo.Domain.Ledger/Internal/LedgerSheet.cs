namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// The records of one table of a ledger: a CSV file, or a sheet of a workbook cut at its header row. Its header is the
/// first record that is not blank; <paramref name="Label"/> is the file name put in errors (<c>FILE[SHEET]</c> for a
/// sheet); <paramref name="IsLossy"/> tells that undecodable text was replaced (CSV only).
/// </summary>
internal sealed record LedgerSheet(string Label, IReadOnlyList<CsvRecord> Records, bool IsLossy);
