using System.Net;
using System.Text;

namespace LianLuo.Service.Tests;

/// <summary>
/// POST /imports (all or nothing) and the report and assessment over what was imported. Figures counted by hand: IM-001
/// (建议, 交办 03-20, deadline 06-22) replied 06-10 with A and 满意; IM-002 (提案, 交办 03-16, deadline 06-16) open; IM-003
/// (建议, 交办 02-27, deadline 05-27, a Wednesday) open.
/// </summary>
public sealed class ImportTests(ImportTests.App app) : IClassFixture<ImportTests.App>
{
    public sealed class App : ServiceApp
    {
    }

    private const string Header = "编号,类别,标题,领衔人,主办单位,会办单位,交办日期,答复日期,办理结果,反馈日期,满意度";

    private static string Ledger(string thirdAssignedOn) => string.Join('\n',
        Header,
        "IM-001,建议,关于校园安全的建议,张三,市教育局,市公安局,2026-03-20,2026-06-10,A,2026-06-12,满意",
        "IM-002,提案,关于基层医疗的提案,李四,市卫生健康委,,2026-03-16,,,,",
        $"IM-003,建议,关于养老服务的建议,王五,市民政局,,{thirdAssignedOn},,,,") + "\n";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Import_LedgerWithOneBadRow_StoresNothingAndListsTheError_ThenTheGoodOneReports()
    {
        using var client = app.CreateClient();
        app.Today(2026, 6, 15);

        var refused = await client.PostAsync("/imports?file=台账.csv", Csv(Ledger("2026-02-30")), TestContext.Current.CancellationToken);

        refused.AssertStatus(HttpStatusCode.UnprocessableEntity);
        var problem = await refused.ReadJsonAsync();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("台账.csv", error.GetProperty("file").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal("交办日期", error.GetProperty("column").GetString());
        Assert.Equal("2026-02-30", error.GetProperty("value").GetString());
        Assert.Equal("badDate", error.GetProperty("kind").GetString());
        var shared = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal(("ledger.BadDate", "台账.csv:4: 交办日期", "2026-02-30"), (shared.GetProperty("code").GetString(), shared.GetProperty("location").GetString(), shared.GetProperty("value").GetString()));
        foreach (var id in (string[])["IM-001", "IM-002", "IM-003"])
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/items/{id}", TestContext.Current.CancellationToken)).StatusCode);
        }

        var stored = await client.PostAsync("/imports", Csv(Ledger("2026-02-27")), TestContext.Current.CancellationToken);
        stored.AssertStatus(HttpStatusCode.OK);
        var result = await stored.ReadJsonAsync();
        Assert.Equal(3, result.GetProperty("items").GetInt32());
        Assert.Equal(3, result.GetProperty("created").GetInt32());

        // As of 06-15: IM-001 on time, IM-002 pending (06-15 ≤ 06-16), IM-003 overdue (06-15 > 05-27).
        var report = await (await client.GetAsync("/reports/2026?asOf=2026-06-15", TestContext.Current.CancellationToken)).ReadJsonAsync();
        Assert.Equal(2, report.GetProperty("suggestions").GetInt32());
        Assert.Equal(1, report.GetProperty("proposals").GetInt32());
        Assert.Equal(4, report.GetProperty("units").GetInt32());
        var timeliness = report.GetProperty("timeliness");
        Assert.Equal((1, 1, 0, 1, 1), (timeliness.GetProperty("replied").GetInt32(), timeliness.GetProperty("onTime").GetInt32(), timeliness.GetProperty("late").GetInt32(), timeliness.GetProperty("overdue").GetInt32(), timeliness.GetProperty("pending").GetInt32()));
        // onTime ÷ (replied + overdue) = 1 ÷ 2.
        Assert.Equal(50.0m, timeliness.GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(1, report.GetProperty("results").GetProperty("A").GetProperty("count").GetInt32());
        Assert.Equal(1, report.GetProperty("satisfaction").GetProperty("satisfied").GetInt32());

        // As of 06-17, IM-002 is overdue too (06-17 > 06-16): 1 ÷ 3 = 33.3.
        var later = (await (await client.GetAsync("/reports/2026?asOf=2026-06-17", TestContext.Current.CancellationToken)).ReadJsonAsync()).GetProperty("timeliness");
        Assert.Equal((2, 0), (later.GetProperty("overdue").GetInt32(), later.GetProperty("pending").GetInt32()));
        Assert.Equal(33.3m, later.GetProperty("onTimeRate").GetDecimal());

        // As of 06-05 the reply of 06-10 had not come: IM-001 and IM-002 pending, IM-003 overdue, nothing replied.
        var earlier = (await (await client.GetAsync("/reports/2026?asOf=2026-06-05", TestContext.Current.CancellationToken)).ReadJsonAsync()).GetProperty("timeliness");
        Assert.Equal((0, 1, 2), (earlier.GetProperty("replied").GetInt32(), earlier.GetProperty("overdue").GetInt32(), earlier.GetProperty("pending").GetInt32()));

        // No item of 2025.
        Assert.Equal(0, (await (await client.GetAsync("/reports/2025?asOf=2026-06-15", TestContext.Current.CancellationToken)).ReadJsonAsync()).GetProperty("total").GetInt32());

        var assessment = await (await client.GetAsync("/assessments/2026?asOf=2026-06-15", TestContext.Current.CancellationToken)).ReadJsonAsync();
        var units = assessment.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()).ToList();
        Assert.Subset(new HashSet<string?>(["市卫生健康委", "市教育局", "市民政局", "市公安局"]), units.ToHashSet());
        Assert.Contains("市教育局", units);
        Assert.Contains("市民政局", units);

        (await client.GetAsync("/reports/2026?asOf=2026-13-01", TestContext.Current.CancellationToken)).AssertStatus(HttpStatusCode.BadRequest);
    }
}

/// <summary>
/// POST /imports of the item-history document, in a database of its own: the ledger test above asserts that no item of 2025
/// exists, which this test's 2025 item would break if the two shared a database and this one ran first.
/// </summary>
public sealed class DocumentImportTests(DocumentImportTests.App app) : IClassFixture<DocumentImportTests.App>
{
    public sealed class App : ServiceApp
    {
    }

    [Fact]
    public async Task Import_Document_StoresItemsAndActivities_OrRefusesWhole()
    {
        using var client = app.CreateClient();
        app.Today(2026, 6, 15);
        const string document = """
            {
              "schemaVersion": 1,
              "items": [
                { "id": "DOC-1", "kind": "proposal", "title": "关于一的提案", "proposer": "赵六",
                  "events": [ { "type": "assigned", "date": "2025-03-20", "units": [ { "unit": "市财政局", "role": "lead" } ] },
                              { "type": "communicated", "date": "2025-04-01", "mode": "faceToFace", "persons": 2 },
                              { "type": "replied", "date": "2025-06-01", "result": "B", "plannedCompletion": "2025-12-31" } ] }
              ],
              "activities": [ { "date": "2025-04-18", "type": "专题协商", "topic": "优化营商环境", "leaderAttendances": 3, "memberAttendances": 25 } ]
            }
            """;
        var broken = document.Replace("\"result\": \"B\"", "\"result\": \"E\"", StringComparison.Ordinal);

        var refused = await client.PostAsync("/imports", Http.Json(broken), TestContext.Current.CancellationToken);
        refused.AssertStatus(HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single((await refused.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("$.items[0].events[2].result", error.GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/items/DOC-1", TestContext.Current.CancellationToken)).StatusCode);

        // Imported twice: the items are replaced (version 2) and the activities of 2025 too, so each counts once.
        (await client.PostAsync("/imports", Http.Json(document), TestContext.Current.CancellationToken)).AssertStatus(HttpStatusCode.OK);
        var again = await (await client.PostAsync("/imports", Http.Json(document), TestContext.Current.CancellationToken)).ReadJsonAsync();
        Assert.Equal((0, 1, 1), (again.GetProperty("created").GetInt32(), again.GetProperty("replaced").GetInt32(), again.GetProperty("activities").GetInt32()));
        Assert.Equal(2, (await client.GetAsync("/items/DOC-1", TestContext.Current.CancellationToken)).Version());
        var report = await (await client.GetAsync("/reports/2025?asOf=2026-01-15", TestContext.Current.CancellationToken)).ReadJsonAsync();
        Assert.Equal(1, report.GetProperty("proposals").GetInt32());
        Assert.Equal(2, report.GetProperty("communication").GetProperty("faceToFace").GetInt32());
        Assert.Equal(1, report.GetProperty("activities").GetProperty("topicConsultations").GetInt32());
        Assert.Equal(3, report.GetProperty("activities").GetProperty("consultationLeaderAttendances").GetInt32());

        (await client.PostAsync("/imports", new StringContent("x", Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken)).AssertStatus(HttpStatusCode.UnsupportedMediaType);
    }
}
