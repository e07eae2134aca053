using System.Globalization;
using System.Net;
using System.Text.Json;

namespace LianLuo.Service.Tests;

/// <summary>
/// PUT, POST and GET of one item on the real 2026 calendar (State Council notice of 2026): every expected date below is
/// counted by hand from that notice (端午节 off 06-19..21, 清明节 off 04-04..06, 2026-09-20 a make-up working Sunday).
/// </summary>
public sealed class ItemEndpointTests(ItemEndpointTests.App app) : IClassFixture<ItemEndpointTests.App>
{
    public sealed class App : ServiceApp
    {
    }

    private const string Events = """
        ,
            { "type": "received", "date": "2026-03-23", "unit": "市教育局" }
        """;

    private const string CoUnit = """, { "unit": "市公安局", "role": "coHandling" }""";

    [Fact]
    public async Task PutGetAppend_OneItem_DeadlinesByHandAnd422And409()
    {
        using var client = app.CreateClient();
        app.Today(2026, 6, 15);

        var put = await client.PutItemAsync("JY2026-001", Http.Item("JY2026-001", "2026-03-20", moreEvents: Events, coUnits: CoUnit));
        put.AssertStatus(HttpStatusCode.Created);
        Assert.Equal(1, put.Version());

        var view = await (await client.GetAsync("/items/JY2026-001", TestContext.Current.CancellationToken)).ReadJsonAsync();
        Assert.Equal(1, view.GetProperty("version").GetInt32());
        var deadlines = view.GetProperty("deadlines").EnumerateArray().ToList();
        string Date(string kind, string? unit = null) => deadlines
            .Single(d => d.GetProperty("kind").GetString() == kind && (unit is null ? d.GetProperty("unit").ValueKind == JsonValueKind.Null : d.GetProperty("unit").GetString() == unit))
            .GetProperty("date").GetString()!;

        // 交办 2026-03-20 + 3 months = 06-20, a Saturday of 端午节; 06-21 Sunday; the next working day is Monday 06-22.
        Assert.Equal("2026-06-22", Date("reply"));
        // + 6 months = 09-20: a Sunday, but a make-up working day (调休上班) of 国庆节, so it stands.
        Assert.Equal("2026-09-20", Date("extensionLimit"));
        // + 1 month = 04-20, a Monday.
        Assert.Equal("2026-04-20", Date("coHandlingOpinion"));
        // 15 working days after 03-20: 03-23..27 (5), 03-30..04-03 (10), 04-06 is 清明节, 04-07..10 (14), 04-13 (15).
        Assert.Equal("2026-04-13", Date("faceToFaceBeforeHandling"));
        // 5 working days after 03-20: 03-23..27.
        Assert.Equal("2026-03-27", Date("signIn", "市教育局"));
        // Return window: 5 working days after the 签收 of 03-23: 03-24..27, 03-30.
        Assert.Equal("2026-03-30", Date("return", "市教育局"));
        var reply = deadlines.Single(d => d.GetProperty("kind").GetString() == "reply");
        Assert.Contains(reply.GetProperty("explanation").EnumerateArray(), line => line.GetString()!.Contains("端午节", StringComparison.Ordinal));
        Assert.Equal("2026-03-20", reply.GetProperty("startDate").GetString());
        // Working days after 06-15 up to 06-22: 06-16, 17, 18, 22 (06-19 is 端午节).
        Assert.Equal(4, reply.GetProperty("workingDaysLeft").GetInt32());
        var status = view.GetProperty("status");
        Assert.Equal("dueSoon", status.GetProperty("status").GetString());
        Assert.Equal("2026-06-15", status.GetProperty("asOf").GetString());

        // 反馈 before any 答复: the model's rule FeedbackWithoutReply, 422, nothing stored.
        var feedback = await client.AppendAsync("JY2026-001", """{ "type": "feedback", "date": "2026-06-10", "satisfaction": "satisfied" }""", ifMatch: 1);
        feedback.AssertStatus(HttpStatusCode.UnprocessableEntity);
        var problem = await feedback.ReadJsonAsync();
        Assert.Equal("FeedbackWithoutReply", problem.GetProperty("rule").GetString());
        Assert.Equal(2, problem.GetProperty("eventIndex").GetInt32());
        var shared = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal(("lifecycle.FeedbackWithoutReply", "events[2]", "反馈 2026-06-10"), (shared.GetProperty("code").GetString(), shared.GetProperty("location").GetString(), shared.GetProperty("value").GetString()));
        Assert.Contains("FeedbackWithoutReply", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        var replied = await client.AppendAsync("JY2026-001", """{ "type": "replied", "date": "2026-06-10", "unit": "市教育局", "result": "A" }""", ifMatch: 1);
        replied.AssertStatus(HttpStatusCode.Created);
        Assert.Equal(2, replied.Version());

        // A client that read version 1 is too late now.
        var stale = await client.AppendAsync("JY2026-001", """{ "type": "communicated", "date": "2026-06-11", "mode": "phone" }""", ifMatch: 1);
        stale.AssertStatus(HttpStatusCode.Conflict);
        Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("version").GetInt32());

        var again = await client.AppendAsync("JY2026-001", """{ "type": "replied", "date": "2026-06-12", "unit": "市教育局", "result": "B" }""", ifMatch: 2);
        again.AssertStatus(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("AlreadyReplied", (await again.ReadJsonAsync()).GetProperty("rule").GetString());

        var after = await client.GetAsync("/items/JY2026-001", TestContext.Current.CancellationToken);
        Assert.Equal(2, after.Version());
        var item = await after.ReadJsonAsync();
        Assert.Equal(3, item.GetProperty("item").GetProperty("events").GetArrayLength());
        Assert.Equal("repliedOnTime", item.GetProperty("status").GetProperty("status").GetString());
        Assert.Equal("2026-06-10", item.GetProperty("firstRepliedOn").GetString());
        // 满意度测评: 15 working days after the reply of 06-10: 06-11, 12, 15..18 (6), 06-19 端午节, 06-22..26 (11), 06-29, 30, 07-01, 02 (15).
        Assert.Equal("2026-07-02", item.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "satisfactionForm").GetProperty("date").GetString());

        // PUT of the history as read back replaces it at version 3 (If-Match the version read).
        var replace = await client.PutItemAsync("JY2026-001", item.GetProperty("item").GetRawText(), ifMatch: 2);
        replace.AssertStatus(HttpStatusCode.OK);
        Assert.Equal(3, replace.Version());
        (await client.PutItemAsync("JY2026-001", item.GetProperty("item").GetRawText(), ifMatch: 2)).AssertStatus(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Put_HistoryTheModelForbids_Is422NamingRuleAndPathAndStoresNothing()
    {
        using var client = app.CreateClient();
        app.Today(2026, 6, 15);
        var feedbackFirst = Http.Item("JY2026-002", "2026-03-20", moreEvents: """, { "type": "feedback", "date": "2026-04-01", "satisfaction": "satisfied" }""");

        var response = await client.PutItemAsync("JY2026-002", feedbackFirst);

        response.AssertStatus(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("FeedbackWithoutReply", problem.GetProperty("rule").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("$.events[1]", error.GetProperty("path").GetString());
        Assert.Equal("FeedbackWithoutReply", error.GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/items/JY2026-002", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Put_BadValuesAndFutureEvents_Are422WithEveryPath()
    {
        using var client = app.CreateClient();
        app.Today(2026, 6, 15);
        const string body = """
            { "id": "OTHER", "kind": "suggestion", "title": "t", "proposer": "p", "colour": "red",
              "events": [ { "type": "assigned", "date": "2026-02-30", "units": [ { "unit": "市教育局", "role": "lead" } ] },
                          { "type": "closed", "date": "2026-07-01" } ] }
            """;

        var response = await client.PutItemAsync("JY2026-003", body);

        response.AssertStatus(HttpStatusCode.UnprocessableEntity);
        var paths = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("$.colour", paths);
        Assert.Contains("$.events[0].date", paths);
        Assert.Contains("$.events[1].date", paths); // after today (2026-06-15)

        // A valid item under another id than the address's.
        var wrongId = await client.PutItemAsync("JY2026-003", Http.Item("JY2026-004", "2026-03-20"));
        wrongId.AssertStatus(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("$.id", Assert.Single((await wrongId.ReadJsonAsync()).GetProperty("errors").EnumerateArray()).GetProperty("path").GetString());

        (await client.PutItemAsync("JY2026-003", "{ not json")).AssertStatus(HttpStatusCode.BadRequest);
        (await client.AppendAsync("NOSUCH", """{ "type": "closed", "date": "2026-06-01" }""")).AssertStatus(HttpStatusCode.NotFound);
        (await client.GetAsync("/items/NOSUCH", TestContext.Current.CancellationToken)).AssertStatus(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("PUT", "/items/{0}")]
    [InlineData("POST", "/items/{0}/events")]
    public async Task Writes_CheckTheIdThenIfMatchThenTheBodySize_BeforeReadingIt(string method, string address)
    {
        using var client = app.CreateClient();
        static StringContent Small() => Http.Json("""{ "type": "closed", "date": "2026-06-01" }""");

        async Task<HttpResponseMessage> SendAsync(string id, HttpContent content, string? ifMatch = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(CultureInfo.InvariantCulture, address, Uri.EscapeDataString(id))) { Content = content };
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            return await client.SendAsync(request, TestContext.Current.CancellationToken);
        }

        // A blank id is refused first, even with a bad If-Match.
        var blank = await SendAsync(" ", Small(), ifMatch: "three");
        blank.AssertStatus(HttpStatusCode.BadRequest);
        Assert.Equal("id", (await blank.ReadJsonAsync()).GetProperty("parameter").GetString());

        // If-Match must be a version in quotes; "*" and a weak tag are accepted.
        var badTag = await SendAsync("JY2026-900", Small(), ifMatch: "three");
        badTag.AssertStatus(HttpStatusCode.BadRequest);
        Assert.Equal("If-Match", (await badTag.ReadJsonAsync()).GetProperty("parameter").GetString());
        Assert.NotEqual(HttpStatusCode.BadRequest, (await SendAsync("JY2026-900", Http.Json(Http.Item("JY2026-900", "2026-03-20")), ifMatch: "*")).StatusCode);

        // One byte over 1 MiB (1,048,576 bytes) is 413, whatever it holds; the item is not touched.
        var tooLarge = await SendAsync("JY2026-901", new ByteArrayContent(new byte[(1 << 20) + 1]), ifMatch: "W/\"1\"");
        tooLarge.AssertStatus(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1048576 bytes", (await tooLarge.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/items/JY2026-901", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentListsEveryEndpoint()
    {
        using var client = app.CreateClient();

        var document = await (await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).ReadJsonAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in (string[])["/items/{id}", "/items/{id}/events", "/due", "/reports/{year}", "/assessments/{year}", "/imports"])
        {
            Assert.Contains(path, paths);
        }
    }
}
