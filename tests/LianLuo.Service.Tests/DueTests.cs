using System.Net;
using System.Text.Json;
using NodaTime;

namespace LianLuo.Service.Tests;

/// <summary>
/// GET /due: the 催办 list moves with the injected clock. Reply deadlines counted by hand on the 2026 calendar:
/// 交办 03-20 → 06-22 (06-20/21 are 端午节 and a Sunday); 03-16 → 06-16; 01-05 → 04-07 (04-05/06 清明节); 03-02 → 06-02.
/// </summary>
public sealed class DueTests(DueTests.App app) : IClassFixture<DueTests.App>
{
    public sealed class App : ServiceApp
    {
        protected override async Task SeedAsync(HttpClient client)
        {
            Today(2026, 6, 15);
            (await client.PutItemAsync("D-A", Http.Item("D-A", "2026-03-20"))).AssertStatus(HttpStatusCode.Created);
            (await client.PutItemAsync("D-B", Http.Item("D-B", "2026-03-16", lead: "市民政局"))).AssertStatus(HttpStatusCode.Created);
            (await client.PutItemAsync("D-C", Http.Item("D-C", "2026-03-16", moreEvents: """, { "type": "replied", "date": "2026-04-30", "result": "A" }"""))).AssertStatus(HttpStatusCode.Created);
            (await client.PutItemAsync("D-D", Http.Item("D-D", "2026-01-05", lead: "市财政局"))).AssertStatus(HttpStatusCode.Created);
            (await client.PutItemAsync("D-E", Http.Item("D-E", "2026-03-02", kind: "proposal", lead: "市卫生健康委"))).AssertStatus(HttpStatusCode.Created);
        }
    }

    private async Task<List<JsonElement>> DueAsync(string query)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/due" + query, TestContext.Current.CancellationToken);
        response.AssertStatus(HttpStatusCode.OK);
        return [.. (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task Due_MovingTheClock_ChangesTheList()
    {
        // Monday 06-08: D-A has 9 working days left (06-09..12, 06-15..18, 06-22), D-B 6: neither is within 5.
        app.Today(2026, 6, 8);
        var early = await DueAsync("?within=5");
        Assert.Equal(["D-D", "D-E"], early.Select(d => d.GetProperty("id").GetString()));
        Assert.All(early, d => Assert.True(d.GetProperty("overdue").GetBoolean()));
        // D-E's deadline 06-02 passed 4 working days before 06-08 (06-03, 04, 05, 08).
        Assert.Equal(-4, early[1].GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("2026-04-07", early[0].GetProperty("date").GetString());

        // Monday 06-15: D-B has 1 working day left, D-A 4 (06-16, 17, 18, 22; 06-19 is 端午节).
        app.Today(2026, 6, 15);
        var later = await DueAsync("?within=5");
        Assert.Equal(["D-D", "D-E", "D-B", "D-A"], later.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(1, later[2].GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal(4, later[3].GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("2026-06-22", later[3].GetProperty("date").GetString());
        Assert.Equal("市教育局", later[3].GetProperty("unit").GetString());

        Assert.Equal(["D-D", "D-E", "D-B"], (await DueAsync("?within=3")).Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Due_TodayIsTakenInShanghai()
    {
        // 2026-06-14 17:30 UTC is 06-15 01:30 in Shanghai: D-A has 4 working days left (from Sunday 06-14 it would be 5).
        app.Clock.Reset(Instant.FromUtc(2026, 6, 14, 17, 30));
        var due = await DueAsync("?within=4");
        Assert.Contains(due, d => d.GetProperty("id").GetString() == "D-A" && d.GetProperty("workingDaysLeft").GetInt32() == 4);
    }

    [Fact]
    public async Task Due_BadWindow_Is400NamingIt()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/due?within=-1", TestContext.Current.CancellationToken);
        response.AssertStatus(HttpStatusCode.BadRequest);
        Assert.Equal("within", (await response.ReadJsonAsync()).GetProperty("parameter").GetString());
    }
}
