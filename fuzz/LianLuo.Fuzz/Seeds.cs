using System.Text;
using System.Text.Json.Nodes;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Office;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Fuzz;

/// <summary>
/// Writes a target's seed corpus from the repository: the sample ledgers (samples/data), the notices the tests read
/// (tests/LianLuo.Domain.Tests/Calendars/Notices), the bundled calendar, and the presets written by our own writers.
/// Seeds are kept small (a few rows each), since the fuzzer mutates every byte of them.
/// </summary>
internal static class Seeds
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);

    public static int Write(string target, string repository, string directory)
    {
        Directory.CreateDirectory(directory);
        var seeds = Make(target, repository);
        foreach (var (name, bytes) in seeds)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
        }

        Console.WriteLine($"{seeds.Count} seeds for {target} in {directory}");
        return seeds.Count == 0 ? 1 : 0;
    }

    private static List<(string Name, byte[] Bytes)> Make(string target, string repository)
    {
        var data = Path.Combine(repository, "samples", "data");
        var seeds = new List<(string, byte[])>();
        switch (target)
        {
            case "items-csv":
                AddLedgerHeads(seeds, Path.Combine(data, "items.csv"));
                break;
            case "activities-csv":
                AddLedgerHeads(seeds, Path.Combine(data, "activities.csv"));
                break;
            case "scheme-json":
                seeds.Add(("default.json", Utf8(EvaluationSchemeJson.Write(EvaluationPresets.Default))));
                seeds.Add(("graded.json", Utf8(EvaluationSchemeJson.Write(EvaluationPresets.ShenzhenStyleGraded))));
                seeds.Add(("deduction.json", Utf8(EvaluationSchemeJson.Write(EvaluationPresets.ShijiazhuangStyleDeduction))));
                break;
            case "calendar-json":
                foreach (var notice in Notices(repository))
                {
                    seeds.Add(($"notice-{notice.Year}.json", Utf8(notice.ToJson())));
                }

                seeds.Add(("one-year.json", Utf8(OneYearOfBundledCalendar(repository))));
                break;
            case "policy-json":
                foreach (var (name, policy) in DeadlinePolicyPresets.ByName)
                {
                    seeds.Add(($"{name}.json", Utf8(DeadlinePolicyJson.Write(policy, name))));
                }

                seeds.Add(("default.json", Utf8(DeadlinePolicyJson.Write(DeadlinePolicy.Default))));
                break;
            case "notice-text":
                foreach (var file in Directory.GetFiles(NoticeFolder(repository), "*.txt"))
                {
                    seeds.Add((Path.GetFileName(file), File.ReadAllBytes(file)));
                }

                break;
            case "items-json":
                var document = ItemDocumentReader.ReadFile(Path.Combine(data, "items.json"), new ItemDocumentReadOptions { AsOf = AsOf });
                seeds.Add(("three.json", Utf8(ItemDocumentWriter.WriteText(document.Items.Take(3), document.Activities?.Take(2)))));
                seeds.Add(("one.json", Utf8(ItemDocumentWriter.WriteText(document.Items.Skip(40).Take(1)))));
                break;
            case "workbook":
                var items = LedgerReader.ReadItemsFile(Path.Combine(data, "items.csv"), new LedgerReadOptions(AsOf));
                using (var stream = new MemoryStream())
                {
                    WorkbookLedgerWriter.WriteItems(stream, items.Rows.Take(3));
                    seeds.Add(("three.xlsx", stream.ToArray()));
                }

                break;
            default:
                throw new ArgumentException($"no seeds for the target {target}", nameof(target));
        }

        return seeds;
    }

    /// <summary>The header with the first 3 and 10 rows, in UTF-8, and the first 3 rows in GB18030 (the readers take both).</summary>
    private static void AddLedgerHeads(List<(string, byte[])> seeds, string file)
    {
        var lines = File.ReadAllLines(file, Encoding.UTF8);
        var three = string.Join("\r\n", lines.Take(4)) + "\r\n";
        seeds.Add(("head3.csv", Utf8(three)));
        seeds.Add(("head10.csv", Utf8(string.Join("\n", lines.Take(11)) + "\n")));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        seeds.Add(("head3-gb18030.csv", Encoding.GetEncoding("GB18030").GetBytes(three)));
    }

    private static string NoticeFolder(string repository) =>
        Path.Combine(repository, "tests", "LianLuo.Domain.Tests", "Calendars", "Notices");

    private static IEnumerable<HolidayNotice> Notices(string repository) =>
        Directory.GetFiles(NoticeFolder(repository), "*.txt").Order(StringComparer.Ordinal).Select(f => HolidayNoticeParser.Parse(File.ReadAllBytes(f)));

    /// <summary>The bundled china-holidays.json with only its latest year kept (the whole file is 38 KB).</summary>
    private static string OneYearOfBundledCalendar(string repository)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(repository, "src", "LianLuo.Domain", "Calendars", "china-holidays.json")))!.AsObject();
        if (root["years"] is JsonObject years)
        {
            var last = years.Select(p => p.Key).Max(StringComparer.Ordinal)!;
            foreach (var key in years.Select(p => p.Key).Where(k => k != last).ToList())
            {
                years.Remove(key);
            }
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
