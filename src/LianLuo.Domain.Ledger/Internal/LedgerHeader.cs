using System.Globalization;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>Where each known column sits in a file's header; unknown columns are ignored.</summary>
internal sealed class LedgerHeader
{
    private readonly Dictionary<LedgerColumn, (int Index, string Name)> positions;

    // The columns are the static instances of ItemColumns and ActivityColumns: found by reference, not by hashing their names.
    private readonly Dictionary<LedgerColumn, int> indexes;

    private LedgerHeader(string[] cells, Dictionary<LedgerColumn, (int Index, string Name)> positions, IReadOnlyList<LedgerColumn> columns, bool isUsable)
    {
        Cells = cells;
        this.positions = positions;
        indexes = new Dictionary<LedgerColumn, int>(ReferenceEqualityComparer.Instance);
        foreach (var column in columns)
        {
            indexes[column] = positions.TryGetValue(column, out var p) ? p.Index : -1;
        }

        IsUsable = isUsable;
    }

    /// <summary>The header's cells, trimmed.</summary>
    public string[] Cells { get; }

    /// <summary>The number of fields of the header.</summary>
    public int FieldCount => Cells.Length;

    /// <summary>Whether the header names the column.</summary>
    public bool Has(LedgerColumn column) => positions.ContainsKey(column);

    /// <summary>Whether every required column is present.</summary>
    public bool IsUsable { get; }

    /// <summary>Reads the header record, adding its errors (missing or repeated columns, undecodable bytes).</summary>
    public static LedgerHeader Parse(string file, CsvRecord record, IReadOnlyList<LedgerColumn> columns, bool lossy, List<LedgerError> errors)
    {
        var cells = record.Fields.Select(f => f.Trim().Trim('\uFEFF').Trim()).ToArray();
        var positions = new Dictionary<LedgerColumn, (int, string)>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (lossy && cells[i].Contains(LedgerText.Replacement, StringComparison.Ordinal))
            {
                errors.Add(new LedgerError(file, record.Line, ColumnLabel(i), cells[i], EncodingReason, LedgerErrorKind.BadEncoding));
            }

            var column = columns.FirstOrDefault(c => c.Matches(cells[i]));
            if (column is null)
            {
                continue;
            }

            if (positions.TryGetValue(column, out var first))
            {
                errors.Add(new LedgerError(
                    file,
                    record.Line,
                    cells[i],
                    cells[i],
                    string.Create(CultureInfo.InvariantCulture, $"the column {column} is named again (field {i + 1}); field {first.Item1 + 1} ({first.Item2}) is read"),
                    LedgerErrorKind.DuplicateColumn));
                continue;
            }

            positions[column] = (i, cells[i]);
        }

        var usable = true;
        foreach (var column in columns.Where(c => c.IsRequired && !positions.ContainsKey(c)))
        {
            usable = false;
            errors.Add(new LedgerError(file, record.Line, column.Chinese, string.Empty, $"missing required column {column}", LedgerErrorKind.MissingColumn));
        }

        return new LedgerHeader(cells, positions, columns, usable);
    }

    /// <summary>The reason given for a value with undecodable bytes.</summary>
    public const string EncodingReason = "bytes that are not text in UTF-8 or GB18030: undecodable bytes or NUL characters (shown as \uFFFD)";

    /// <summary>The label of a field with no header cell of its own: its position, e.g. <c>(field 21)</c>.</summary>
    public static string ColumnLabel(int index) => string.Create(CultureInfo.InvariantCulture, $"(field {index + 1})");

    /// <summary>The name of a column as the header writes it, or its Chinese name when the header lacks it.</summary>
    public string NameOf(LedgerColumn column) => positions.TryGetValue(column, out var p) ? p.Name : column.Chinese;

    /// <summary>The name of the field at an index: its header cell, or its position when the header has none there.</summary>
    public string NameAt(int index) => index < Cells.Length && Cells[index].Length > 0 ? Cells[index] : ColumnLabel(index);

    /// <summary>The field index of a column, or -1 when the header lacks it.</summary>
    public int IndexOf(LedgerColumn column) =>
        indexes.TryGetValue(column, out var index) ? index : positions.TryGetValue(column, out var p) ? p.Index : -1;

    /// <summary>The trimmed text of a column in a record (empty when the column or the field is absent).</summary>
    public string Text(CsvRecord record, LedgerColumn column) =>
        positions.TryGetValue(column, out var p) && p.Index < record.Fields.Length ? record.Fields[p.Index].Trim() : string.Empty;
}
