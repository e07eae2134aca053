using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Service.Tests;

/// <summary>
/// The bounded load check: 8 clients append events to the same 3 items at once, each reading the item, appending with
/// If-Match and starting again on 409. Afterwards every accepted event is stored exactly once, at the position its
/// version says; and the report of the service equals the report the library computes in process from the histories
/// the clients were told were accepted.
/// </summary>
public sealed class ConcurrentAppendTests(ConcurrentAppendTests.App app) : IClassFixture<ConcurrentAppendTests.App>
{
    private const int Clients = 8;
    private const int AppendsPerClient = 25;
    private static readonly string[] Ids = ["LD-1", "LD-2", "LD-3"];

    public sealed class App : ServiceApp
    {
        internal static string Initial(string id) => Http.Item(id, "2026-03-02", lead: id switch { "LD-1" => "市教育局", "LD-2" => "市民政局", _ => "市财政局" });

        protected override async Task SeedAsync(HttpClient client)
        {
            Today(2026, 6, 15);
            foreach (var id in Ids)
            {
                (await client.PutItemAsync(id, Initial(id))).AssertStatus(HttpStatusCode.Created);
            }
        }
    }

    private sealed record Accepted(string Id, int Version, string Event);

    [Fact]
    public async Task EightClients_AppendAtOnce_NoEventLostOrDoubled_ReportMatchesTheLibrary()
    {
        var accepted = new ConcurrentBag<Accepted>();
        var conflicts = 0;
        var refused = 0;

        async Task Client(int number)
        {
            using var client = app.CreateClient();
            var random = new Random(number);
            for (var i = 0; i < AppendsPerClient; i++)
            {
                var id = Ids[random.Next(Ids.Length)];
                var step = NextEvent(random);
                for (var attempt = 0; ; attempt++)
                {
                    Assert.True(attempt < 200, "a client retried 200 times");
                    var version = (await client.GetAsync($"/items/{id}", TestContext.Current.CancellationToken)).Version();
                    var response = await client.AppendAsync(id, step, ifMatch: version);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        accepted.Add(new Accepted(id, response.Version(), step));
                        break;
                    }

                    if (response.StatusCode == HttpStatusCode.Conflict)
                    {
                        Interlocked.Increment(ref conflicts);
                        continue;
                    }

                    response.AssertStatus(HttpStatusCode.UnprocessableEntity);
                    Assert.True((await response.ReadJsonAsync()).TryGetProperty("rule", out _));
                    Interlocked.Increment(ref refused);
                    break;
                }
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, Clients).Select(n => Task.Run(() => Client(n), TestContext.Current.CancellationToken)));

        var elapsed = clock.Elapsed;
        using var reader = app.CreateClient();
        var expectedItems = new List<HandledItem>();
        foreach (var id in Ids)
        {
            var mine = accepted.Where(a => a.Id == id).OrderBy(a => a.Version).ToList();

            // Versions 2, 3, … each told to exactly one client: no event lost, none stored twice.
            Assert.Equal(Enumerable.Range(2, mine.Count), mine.Select(a => a.Version));
            var stored = await (await reader.GetAsync($"/items/{id}", TestContext.Current.CancellationToken)).ReadJsonAsync();
            Assert.Equal(1 + mine.Count, stored.GetProperty("version").GetInt32());
            var events = stored.GetProperty("item").GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(1 + mine.Count, events.Count);
            foreach (var a in mine)
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(a.Event), JsonNode.Parse(events[a.Version - 1].GetRawText())), $"{id} v{a.Version}: {a.Event} ≠ {events[a.Version - 1]}");
            }

            // The history the clients were told was accepted, folded by the library in process.
            var item = ItemDocumentReader.ReadItemText(App.Initial(id)).Items[0];
            var history = item.History.Concat(mine.Select(a => ItemDocumentReader.ReadEventText(a.Event).Event!));
            expectedItems.Add(new HandledItem(item.Submission, history, DeadlineEngine.Default));
        }

        Assert.True(accepted.Count + refused == Clients * AppendsPerClient);
        Assert.True(accepted.Count > Ids.Length, $"only {accepted.Count} events accepted");

        var asOf = new LocalDate(2026, 6, 15);
        var expected = AnnualReportBuilder.Build(expectedItems, [], asOf, new AnnualReportOptions { Year = 2026 });
        var actual = await (await reader.GetAsync("/reports/2026?asOf=2026-06-15", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AnnualReportJson.Write(expected)), JsonNode.Parse(actual)), actual);
        TestContext.Current.TestOutputHelper?.WriteLine($"{accepted.Count} accepted, {refused} refused by a rule, {conflicts} conflicts (409) retried, in {elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Mostly contacts (any number may follow), some replies, 反馈 and 办结 that the model accepts only in order.</summary>
    private static readonly string[] Modes = ["faceToFace", "phone", "visit"];
    private static readonly string[] Levels = ["satisfied", "basicallySatisfied", "unsatisfied"];

    private static string NextEvent(Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 70 => $$"""{ "type": "communicated", "date": "2026-06-01", "mode": "{{Modes[random.Next(3)]}}", "persons": {{random.Next(1, 4)}} }""",
            < 85 => $$"""{ "type": "replied", "date": "2026-06-01", "result": "{{"ABC"[random.Next(3)]}}" }""",
            < 95 => $$"""{ "type": "feedback", "date": "2026-06-01", "satisfaction": "{{Levels[random.Next(3)]}}" }""",
            _ => """{ "type": "closed", "date": "2026-06-01" }""",
        };
    }
}
