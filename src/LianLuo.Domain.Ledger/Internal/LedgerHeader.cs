using System.Globalization;
using System.Runtime.CompilerServices;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>Where each known column sits in a file's header; unknown columns are ignored.</summary>
internal sealed class LedgerHeader
{
    private readonly Dictionary<LedgerColumn, (int Index, string Name)> positions;

    // The columns are the static instances of ItemColumns and ActivityColumns: found by reference, not by hashing their
    // names, in a small open-addressing table keyed by the object's identity hash (a cell is looked up about fifty times
    // per row, so this is no dictionary with an interface call per lookup).
    private readonly LedgerColumn?[] slotColumns;
    private readonly int[] slotIndexes;

    private LedgerHeader(string[] cells, Dictionary<LedgerColumn, (int Index, string Name)> positions, IReadOnlyList<LedgerColumn> columns, bool isUsable)
    {
        Cells = cells;
        this.positions = positions;
        var size = 16;
        while (size < columns.Count * 4)
        {
            size *= 2;
        }

        slotColumns = new LedgerColumn?[size];
        slotIndexes = new int[size];
        foreach (var column in columns)
        {
            var slot = RuntimeHelpers.GetHashCode(column) & (size - 1);
            while (slotColumns[slot] is { } taken && !ReferenceEquals(taken, column))
            {
                slot = (slot + 1) & (size - 1);
            }

            slotColumns[slot] = column;
            slotIndexes[slot] = positions.TryGetValue(column, out var p) ? p.Index : -1;
        }

        MappedFields = [.. positions.Values.Select(p => p.Index).Distinct().Order()];
        IsUsable = isUsable;
    }

    /// <summary>The indexes of the fields that a known column reads, in order.</summary>
    public int[] MappedFields { get; }

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
    public int IndexOf(LedgerColumn column)
    {
        var mask = slotColumns.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(column) & mask;
        while (slotColumns[slot] is { } taken)
        {
            if (ReferenceEquals(taken, column))
            {
                return slotIndexes[slot];
            }

            slot = (slot + 1) & mask;
        }

        return positions.TryGetValue(column, out var p) ? p.Index : -1;
    }

    public string Text(CsvRecord record, LedgerColumn column) =>
        positions.TryGetValue(column, out var p) && p.Index < record.Fields.Length ? record.Fields[p.Index].Trim() : string.Empty;
}
