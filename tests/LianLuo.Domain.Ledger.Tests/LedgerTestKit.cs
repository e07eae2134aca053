using System.Text;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.TestSupport;
using NodaTime;

namespace LianLuo.Domain.Ledger.Tests;

/// <summary>Builds small ledgers as text and reads them.</summary>
internal static class LedgerTestKit
{
    public static readonly LocalDate AsOf = new(2026, 1, 15);

    public static readonly LedgerReadOptions Strict = new(AsOf);

    public static readonly LedgerReadOptions Lenient = new(AsOf) { Lenient = true };

    /// <summary>The required columns of a valid 建议 row.</summary>
    public static Dictionary<string, string> Row(string id = "JY-001") => new()
    {
        ["编号"] = id,
        ["类别"] = "建议",
        ["标题"] = "关于加强中小学课后服务的建议",
        ["领衔人"] = "张红梅",
        ["主办单位"] = "市教育局",
        ["交办日期"] = "2025-03-10",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> row, string column, string value)
    {
        row[column] = value;
        return row;
    }

    /// <summary>A CSV text: the header is every column named by the rows, in first-seen order; LF line ends.</summary>
    public static string Csv(params Dictionary<string, string>[] rows)
    {
        var columns = rows.SelectMany(r => r.Keys).Distinct().ToList();
        var text = new StringBuilder();
        text.Append(string.Join(",", columns.Select(Quote))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", columns.Select(c => Quote(row.GetValueOrDefault(c, string.Empty))))).Append('\n');
        }

        return text.ToString();
    }

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static LedgerReadResult<HandledItem> ReadItems(string text, LedgerReadOptions? options = null) =>
        LedgerReader.ReadItems(Encoding.UTF8.GetBytes(text), "items.csv", options ?? Strict);

    public static LedgerReadResult<LiaisonActivity> ReadActivities(string text, LedgerReadOptions? options = null) =>
        LedgerReader.ReadActivities(Encoding.UTF8.GetBytes(text), "activities.csv", options ?? Strict);

    /// <summary>Reads one items row and returns its item, failing with the errors when it is not valid.</summary>
    public static HandledItem Single(Dictionary<string, string> row)
    {
        var result = ReadItems(Csv(row));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Rows);
    }

    /// <summary>Reads one items row that must be refused, and returns its errors.</summary>
    public static IReadOnlyList<LedgerError> Errors(Dictionary<string, string> row)
    {
        var result = ReadItems(Csv(row));
        Assert.False(result.IsValid);
        Assert.Empty(result.Rows);
        return [.. result.Errors];
    }

    public static LedgerError SingleError(Dictionary<string, string> row, LedgerErrorKind kind)
    {
        var errors = Errors(row);
        var error = Assert.Single(errors);
        Assert.Equal(kind, error.Kind);
        return error;
    }

    public static byte[] ItemsBytes(IEnumerable<HandledItem> items)
    {
        using var stream = new MemoryStream();
        LedgerWriter.WriteItems(stream, items);
        return stream.ToArray();
    }

    public static byte[] ActivitiesBytes(IEnumerable<LiaisonActivity> activities)
    {
        using var stream = new MemoryStream();
        LedgerWriter.WriteActivities(stream, activities);
        return stream.ToArray();
    }

    /// <summary>The repository root (the folder holding LianLuo.Domain.sln).</summary>
    public static string RepositoryRoot() => Repository.Root;
}
