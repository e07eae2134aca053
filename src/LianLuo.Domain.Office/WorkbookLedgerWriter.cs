using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Office.Internal;

namespace LianLuo.Domain.Office;

/// <summary>
/// Writes the items ledger and the activities ledger as Excel workbooks (.xlsx) with the columns and values of
/// <see cref="LedgerWriter"/> (the same table): one sheet, a bold frozen header row, dates as Excel dates (yyyy-mm-dd),
/// counts as numbers, text as text. <see cref="WorkbookLedgerReader"/> reads them back to the same rows.
/// Stateless and thread-safe.
/// </summary>
public static class WorkbookLedgerWriter
{
    /// <summary>The name of the items ledger's sheet.</summary>
    public const string ItemsSheet = "办理台账";

    /// <summary>The name of the activities ledger's sheet.</summary>
    public const string ActivitiesSheet = "活动台账";

    /// <summary>Writes an items ledger workbook to a stream (left open).</summary>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">An item cannot be written (see <see cref="LedgerWriter.WriteItems(Stream, IEnumerable{HandledItem})"/>).</exception>
    public static void WriteItems(Stream stream, IEnumerable<HandledItem> items)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(items);
        var (columns, rows) = LedgerWriter.ItemTable(items);
        LedgerWorkbook.Write(stream, ItemsSheet, columns, rows);
    }

    /// <summary>Writes an items ledger workbook file (created or overwritten).</summary>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">An item cannot be written.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteItemsFile(string path, IEnumerable<HandledItem> items)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(items);
        using var buffer = new MemoryStream();
        WriteItems(buffer, items);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>Writes an activities ledger workbook to a stream (left open).</summary>
    /// <exception cref="ArgumentNullException">An argument or an activity is null.</exception>
    public static void WriteActivities(Stream stream, IEnumerable<LiaisonActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(activities);
        var (columns, rows) = LedgerWriter.ActivityTable(activities);
        LedgerWorkbook.Write(stream, ActivitiesSheet, columns, rows);
    }

    /// <summary>Writes an activities ledger workbook file (created or overwritten).</summary>
    /// <exception cref="ArgumentNullException">An argument or an activity is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteActivitiesFile(string path, IEnumerable<LiaisonActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(activities);
        using var buffer = new MemoryStream();
        WriteActivities(buffer, activities);
        File.WriteAllBytes(path, buffer.ToArray());
    }
}
