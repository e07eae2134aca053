using System.Text;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>
/// Every error of the item document (items-json.md §3) as <c>FILE:LINE: PATH: reason (value)</c>: one mistake per
/// document, in an item written on line 2 (its events on lines 3 and 4), so the line and path of each are known by
/// counting. The reasons name what is allowed there: the members of each event type (§2), the values of each choice.
/// </summary>
public class ItemDocumentErrorTests
{
    private static readonly ItemDocumentReadOptions Options = new() { FileName = "items.json" };

    private const string Assigned = """{"type": "assigned", "date": "2025-03-03", "units": [{"unit": "市教育局", "role": "lead"}]}""";

    /// <summary>A document of one item: its members on line 2, the assignment on line 3, a second event (if any) on line 4.</summary>
    private static string Document(string members = "\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\"", string first = Assigned, string? second = null) =>
        "{\"schemaVersion\": 1, \"items\": [\n{" + members + ", \"events\": [\n" + first + (second is null ? string.Empty : ",\n" + second) + "\n]}\n]}";

    private static string[] Errors(string json, ItemDocumentReadOptions? options = null) =>
        [.. ItemDocumentReader.ReadText(json, options ?? Options).Errors.Select(e => e.ToString())];

    private static void OneError(string json, string expected) => Assert.Equal([expected], Errors(json));

    [Fact]
    public void TheBaseDocument_IsValid()
    {
        var result = ItemDocumentReader.ReadText(Document(second: """{"type": "received", "date": "2025-04-01", "unit": "市教育局"}"""), Options);
        Assert.Empty(result.Errors);
        Assert.Equal("J1", Assert.Single(result.Items).Submission.Id.Value);
    }

    [Theory]
    [InlineData("\"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\"", "items.json:2: $.items[0].id: missing member 'id'")]
    [InlineData("\"id\": \"J1\", \"title\": \"t\", \"proposer\": \"p\"", "items.json:2: $.items[0].kind: missing member 'kind'")]
    [InlineData("\"id\": \"J1\", \"kind\": \"suggestion\", \"proposer\": \"p\"", "items.json:2: $.items[0].title: missing member 'title'")]
    [InlineData("\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\"", "items.json:2: $.items[0].proposer: missing member 'proposer'")]
    [InlineData("\"id\": null, \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\"", "items.json:2: $.items[0].id: missing member 'id' (null)")]
    [InlineData("\"id\": \"  \", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\"", "items.json:2: $.items[0].id: 'id' must not be empty (\"  \")")]
    [InlineData("\"id\": 7, \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\"", "items.json:2: $.items[0].id: 'id' must be a string (7)")]
    [InlineData("\"id\": \"J1\", \"kind\": \"bill\", \"title\": \"t\", \"proposer\": \"p\"", "items.json:2: $.items[0].kind: 'kind' must be one of suggestion, proposal, motion (\"bill\")")]
    [InlineData("\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\", \"key\": \"yes\"", "items.json:2: $.items[0].key: 'key' must be true or false (\"yes\")")]
    public void AnItemsMembers_AreEachNamed(string members, string expected) => OneError(Document(members), expected);

    [Fact]
    public void AnItemsEvents_AreAListStartingWithTheAssignment()
    {
        OneError(
            "{\"schemaVersion\": 1, \"items\": [\n{\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\"}\n]}",
            "items.json:2: $.items[0].events: missing member 'events' (the history, starting with 'assigned')");
        OneError(
            "{\"schemaVersion\": 1, \"items\": [\n{\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\", \"events\": {}}\n]}",
            "items.json:2: $.items[0].events: 'events' must be an array ({…})");
        OneError(
            "{\"schemaVersion\": 1, \"items\": [\n{\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\", \"events\": []}\n]}",
            "items.json:2: $.items[0].events: 'events' must hold at least one event (the first is 'assigned') ([…])");
        OneError("{\"schemaVersion\": 1, \"items\": [\n3\n]}", "items.json:2: $.items[0]: an item must be a JSON object (3)");
    }

    [Theory]
    [InlineData("1", "items.json:4: $.items[0].events[1]: an event must be a JSON object (1)")]
    [InlineData("{\"date\": \"2025-04-01\"}", "items.json:4: $.items[0].events[1].type: missing member 'type'")]
    [InlineData("{\"type\": \"closed\"}", "items.json:4: $.items[0].events[1].date: missing member 'date'")]
    [InlineData("{\"type\": \"sent\", \"date\": \"2025-04-01\"}", "items.json:4: $.items[0].events[1].type: unknown event type (expected one of assigned, received, returnRequested, returnDecided, complexityDesignated, extended, communicated, coHandlingOpinion, replied, feedback, rehandlingStarted, supervised, followedUp, closed) (\"sent\")")]
    [InlineData("{\"type\": \"closed\", \"date\": \"2025-04-31\"}", "items.json:4: $.items[0].events[1].date: 'date' must be a date YYYY-MM-DD that exists, from 1949 on (\"2025-04-31\")")]
    [InlineData("{\"type\": \"closed\", \"date\": \"2025-04-01\", \"unit\": \"市教育局\"}", "items.json:4: $.items[0].events[1].unit: unknown member 'unit' of a 'closed' event (allowed: type, date; names are case-sensitive) (\"市教育局\")")]
    [InlineData("{\"type\": \"received\", \"date\": \"2025-03-04\"}", "items.json:4: $.items[0].events[1].unit: missing member 'unit'")]
    [InlineData("{\"type\": \"received\", \"date\": \"2025-03-04\", \"unit\": \"市教育局\", \"persons\": 2}", "items.json:4: $.items[0].events[1].persons: unknown member 'persons' of a 'received' event (allowed: type, date, unit; names are case-sensitive) (2)")]
    [InlineData("{\"type\": \"returnRequested\", \"date\": \"2025-03-04\", \"unit\": \"市教育局\"}", "items.json:4: $.items[0].events[1].reason: missing member 'reason'")]
    [InlineData("{\"type\": \"returnRequested\", \"date\": \"2025-03-04\", \"reason\": \"不属职责\"}", "items.json:4: $.items[0].events[1].unit: missing member 'unit'")]
    [InlineData("{\"type\": \"returnDecided\", \"date\": \"2025-03-04\", \"unit\": \"市教育局\"}", "items.json:4: $.items[0].events[1].approved: missing member 'approved' (true or false)")]
    [InlineData("{\"type\": \"complexityDesignated\", \"date\": \"2025-03-04\"}", "items.json:4: $.items[0].events[1].complex: missing member 'complex' (true or false)")]
    [InlineData("{\"type\": \"complexityDesignated\", \"date\": \"2025-03-04\", \"complex\": 1}", "items.json:4: $.items[0].events[1].complex: 'complex' must be true or false (1)")]
    [InlineData("{\"type\": \"extended\", \"date\": \"2025-03-04\"}", "items.json:4: $.items[0].events[1].to: missing member 'to'")]
    [InlineData("{\"type\": \"communicated\", \"date\": \"2025-03-04\", \"unit\": \"市教育局\"}", "items.json:4: $.items[0].events[1].mode: missing member 'mode'")]
    [InlineData("{\"type\": \"communicated\", \"date\": \"2025-03-04\", \"unit\": \"市教育局\", \"mode\": \"letter\"}", "items.json:4: $.items[0].events[1].mode: 'mode' must be one of faceToFace, phone, email, visit, symposium (\"letter\")")]
    [InlineData("{\"type\": \"communicated\", \"date\": \"2025-03-04\", \"unit\": \"市教育局\", \"mode\": \"phone\", \"persons\": 0}", "items.json:4: $.items[0].events[1].persons: 'persons' must be a whole number of at least 1 (0)")]
    [InlineData("{\"type\": \"coHandlingOpinion\", \"date\": \"2025-03-04\"}", "items.json:4: $.items[0].events[1].unit: missing member 'unit'")]
    [InlineData("{\"type\": \"replied\", \"date\": \"2025-03-04\", \"result\": \"D\"}", "items.json:4: $.items[0].events[1].result: 'result' must be one of A, B, C (\"D\")")]
    [InlineData("{\"type\": \"replied\", \"date\": \"2025-03-04\", \"result\": \"A\", \"satisfaction\": \"satisfied\"}", "items.json:4: $.items[0].events[1].satisfaction: unknown member 'satisfaction' of a 'replied' event (allowed: type, date, unit, result, plannedCompletion, reason; names are case-sensitive) (\"satisfied\")")]
    [InlineData("{\"type\": \"supervised\", \"date\": \"2025-03-04\"}", "items.json:4: $.items[0].events[1].leader: missing member 'leader'")]
    [InlineData("{\"type\": \"followedUp\", \"date\": \"2025-03-04\"}", "items.json:4: $.items[0].events[1].promiseKept: missing member 'promiseKept' (true or false)")]
    public void AnEvent_IsCheckedAgainstItsType(string second, string expected) => OneError(Document(second: second), expected);

    [Fact]
    public void Feedback_NamesItsLevel_OrNullForAFormNotReturned()
    {
        var replied = """{"type": "replied", "date": "2025-04-01", "result": "A"}""";
        string WithFeedback(string feedback) =>
            Document().Replace(Assigned, Assigned + ",\n" + replied, StringComparison.Ordinal).Replace("\n]}\n]}", ",\n" + feedback + "\n]}\n]}", StringComparison.Ordinal);
        OneError(
            WithFeedback("""{"type": "feedback", "date": "2025-04-10"}"""),
            "items.json:5: $.items[0].events[2].satisfaction: missing member 'satisfaction' (a level, or null when the form was not returned)");
        OneError(
            WithFeedback("""{"type": "feedback", "date": "2025-04-10", "satisfaction": "happy"}"""),
            "items.json:5: $.items[0].events[2].satisfaction: 'satisfaction' must be one of verySatisfied, satisfied, basicallySatisfied, unsatisfied (\"happy\")");
        Assert.Empty(Errors(WithFeedback("""{"type": "feedback", "date": "2025-04-10", "satisfaction": null}""")));
    }

    [Theory]
    [InlineData("""{"type": "assigned", "date": "2025-03-03"}""", "items.json:3: $.items[0].events[0].units: missing member 'units' (the assigned units with their roles)")]
    [InlineData("""{"type": "assigned", "date": "2025-03-03", "units": []}""", "items.json:3: $.items[0].events[0].units: 'units' must be a non-empty array of {unit, role} ([…])")]
    [InlineData("""{"type": "assigned", "date": "2025-03-03", "units": {"unit": "市教育局"}}""", "items.json:3: $.items[0].events[0].units: 'units' must be a non-empty array of {unit, role} ({…})")]
    [InlineData("""{"type": "assigned", "date": "2025-03-03", "units": [3]}""", "items.json:3: $.items[0].events[0].units[0]: an assigned unit must be a JSON object (3)")]
    [InlineData("""{"type": "assigned", "date": "2025-03-03", "units": [{"unit": "市教育局"}]}""", "items.json:3: $.items[0].events[0].units[0].role: missing member 'role'")]
    [InlineData("""{"type": "assigned", "date": "2025-03-03", "units": [{"role": "lead"}]}""", "items.json:3: $.items[0].events[0].units[0].unit: missing member 'unit'")]
    [InlineData("""{"type": "assigned", "date": "2025-03-03", "units": [{"unit": "市教育局", "role": "lead", "name": "x"}]}""", "items.json:3: $.items[0].events[0].units[0].name: unknown member 'name' of an assigned unit (allowed: unit, role; names are case-sensitive) (\"x\")")]
    [InlineData("""{"type": "assigned", "date": "1948-12-31", "units": [{"unit": "市教育局", "role": "lead"}]}""", "items.json:3: $.items[0].events[0].date: 'date' must be a date YYYY-MM-DD that exists, from 1949 on (\"1948-12-31\")")]
    public void TheAssignment_NamesItsUnitsWithTheirRoles(string first, string expected) => OneError(Document(first: first), expected);

    [Fact]
    public void TheFirstDayOf1949_IsADate() =>
        Assert.Empty(Errors(Document(first: Assigned.Replace("2025-03-03", "1949-01-01", StringComparison.Ordinal))));

    [Fact]
    public void TheRoot_HasItsThreeMembers_EachOnce()
    {
        OneError(
            "{\"schemaVersion\": 1, \"items\": [],\n\"extra\": 1}",
            "items.json:2: $.extra: unknown member 'extra' (version 1 has schemaVersion, items, activities; names are case-sensitive)");
        OneError("{\"schemaVersion\": 1,\n\"schemaVersion\": 1, \"items\": []}", "items.json:2: $.schemaVersion: member 'schemaVersion' is given twice");
        OneError("{\"schemaVersion\": 1, \"items\":\n3}", "items.json:2: $.items: 'items' must be an array (3)");
        OneError("{\"schemaVersion\": 1, \"items\": [], \"activities\": {}}", "items.json:1: $.activities: 'activities' must be an array ({…})");
        OneError("{\"schemaVersion\": \"1\", \"items\": []}", "items.json:1: $.schemaVersion: schemaVersion must be the whole number 1 (\"1\")");
        OneError("{\"schemaVersion\": 1.0, \"items\": []}", "items.json:1: $.schemaVersion: schemaVersion must be the whole number 1 (1.0)");
        OneError("{\"schemaVersion\": 2, \"items\": []}", "items.json:1: $.schemaVersion: schemaVersion 2 is not known to this reader (it reads version 1) (2)");
        OneError("{\"items\": []}", "items.json:1: $.schemaVersion: missing member 'schemaVersion' (this reader reads version 1)");
        OneError("{\"schemaVersion\": 1}", "items.json:1: $.items: missing member 'items'");
        Assert.Equal("items.json:1: $: the document must be a JSON object with schemaVersion and items ([…])", Errors("[1]")[0]);
    }

    [Fact]
    public void AMemberGivenTwiceInAnItem_IsNamedWithItsWholePath()
    {
        OneError(
            Document("\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\", \"title\": \"u\", \"proposer\": \"p\""),
            "items.json:2: $.items[0].title: member 'title' is given twice (\"u\")");

        // Deeper down, the path goes through the events and units to the member itself.
        OneError(
            Document(second: """{"type": "supervised", "date": "2025-03-04", "leader": "刘副市长", "date": "2025-03-05"}"""),
            "items.json:4: $.items[0].events[1].date: member 'date' is given twice (\"2025-03-05\")");
        OneError(
            Document(first: """{"type": "assigned", "date": "2025-03-03", "units": [{"unit": "市教育局", "role": "lead"}, {"unit": "市公安局", "role": "coHandling", "role": "lead"}]}"""),
            "items.json:3: $.items[0].events[0].units[1].role: member 'role' is given twice (\"lead\")");
    }

    [Fact]
    public void Activities_AreCheckedMemberByMember()
    {
        static string WithActivity(string activity) => "{\"schemaVersion\": 1, \"items\": [], \"activities\": [\n" + activity + "\n]}";
        OneError(WithActivity("2"), "items.json:2: $.activities[0]: an activity must be a JSON object (2)");
        OneError(WithActivity("""{"type": "专题协商"}"""), "items.json:2: $.activities[0].date: missing member 'date'");
        OneError(WithActivity("""{"date": "2025-04-18"}"""), "items.json:2: $.activities[0].type: missing member 'type'");
        OneError(
            WithActivity("""{"date": "2025-04-18", "type": "专题协商", "place": "会议室"}"""),
            "items.json:2: $.activities[0].place: unknown member 'place' of an activity (allowed: date, type, topic, leaderAttendances, memberAttendances; names are case-sensitive) (\"会议室\")");
        OneError(
            WithActivity("""{"date": "2025-04-18", "type": "专题协商", "leaderAttendances": -1}"""),
            "items.json:2: $.activities[0].leaderAttendances: 'leaderAttendances' must be a whole number of at least 0 (-1)");
        var wrongType = Assert.Single(Errors(WithActivity("""{"date": "2025-04-18", "type": "开会"}""")));
        Assert.StartsWith("items.json:2: $.activities[0].type: 'type' must be one of 专题协商, ", wrongType, StringComparison.Ordinal);
        Assert.EndsWith(" (\"开会\")", wrongType, StringComparison.Ordinal);

        // A blank topic is no topic; a topic is kept as written.
        var read = ItemDocumentReader.ReadText(WithActivity("""{"date": "2025-04-18", "type": "专题协商", "topic": "  "},{"date": "2025-04-19", "type": "专题协商", "topic": "营商环境"}"""), Options);
        Assert.Empty(read.Errors);
        Assert.Equal([null, "营商环境"], read.Activities!.Value.Select(a => a.Topic));
    }

    [Fact]
    public void EventsAndActivities_AfterTheAsOfDate_AreErrors_OnItAreNot()
    {
        var options = Options with { AsOf = new LocalDate(2025, 4, 1) };
        Assert.Empty(Errors(Document(second: """{"type": "supervised", "date": "2025-04-01", "leader": "刘副市长"}"""), options));
        Assert.Equal(
            ["items.json:4: $.items[0].events[1].date: the event is dated after the as-of date 2025-04-01 (\"2025-04-02\")"],
            Errors(Document(second: """{"type": "supervised", "date": "2025-04-02", "leader": "刘副市长"}"""), options));

        static string WithActivity(string date) => "{\"schemaVersion\": 1, \"items\": [], \"activities\": [\n{\"date\": \"" + date + "\", \"type\": \"专题协商\"}\n]}";
        Assert.Empty(Errors(WithActivity("2025-04-01"), options));
        Assert.Equal(
            ["items.json:2: $.activities[0].date: the activity is dated after the as-of date 2025-04-01 (\"2025-04-02\")"],
            Errors(WithActivity("2025-04-02"), options));
    }

    [Fact]
    public void ReadActivities_SkipsTheItems_AndIsNullWithoutActivities()
    {
        using var with = new MemoryStream(Encoding.UTF8.GetBytes(ItemDocumentReaderTests.SpecExample));
        var activities = ItemDocumentReader.ReadActivities(with, Options);
        Assert.Equal("优化营商环境", Assert.Single(activities!.Value).Topic);

        using var without = new MemoryStream(Encoding.UTF8.GetBytes(Document()));
        Assert.Null(ItemDocumentReader.ReadActivities(without, Options));

        // Only the activities are read: an item that is not valid is not looked at.
        using var badItems = new MemoryStream(Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"items\": [{\"id\": 1}], \"activities\": []}"));
        Assert.Empty(ItemDocumentReader.ReadActivities(badItems, Options)!.Value);
    }

    [Fact]
    public void ReadItemText_GivesTheItem_OrOnlyErrors()
    {
        var one = "{\"id\": \"J1\", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\", \"events\": [" + Assigned + "]}";
        var read = ItemDocumentReader.ReadItemText(one, Options);
        Assert.True(read.IsValid);
        Assert.Equal("J1", Assert.Single(read.Items).Submission.Id.Value);

        var broken = ItemDocumentReader.ReadItemText(one.Replace("\"kind\": \"suggestion\"", "\"kind\": \"bill\"", StringComparison.Ordinal), Options);
        Assert.Empty(broken.Items);
        Assert.Equal(["items.json:1: $.kind: 'kind' must be one of suggestion, proposal, motion (\"bill\")"], broken.Errors.Select(e => e.ToString()));

        var two = ItemDocumentReader.ReadItemText(one + "\n" + one, Options);
        Assert.Empty(two.Items);
        Assert.StartsWith("items.json:2: $: not valid JSON: '{' follows a complete value", Assert.Single(two.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEventText_GivesTheEvent_OrOnlyErrors()
    {
        var read = ItemDocumentReader.ReadEventText("""{"type": "received", "date": "2025-03-04", "unit": "市教育局"}""", Options);
        Assert.True(read.IsValid);
        Assert.Equal(new HandlingUnit("市教育局"), Assert.IsType<Received>(read.Event).Unit);

        var broken = ItemDocumentReader.ReadEventText("""{"type": "received", "date": "2025-03-04"}""", Options);
        Assert.False(broken.IsValid);
        Assert.Null(broken.Event);
        Assert.Equal(["items.json:1: $.unit: missing member 'unit'"], broken.Errors.Select(e => e.ToString()));

        var twice = ItemDocumentReader.ReadEventText("""{"type": "closed", "date": "2025-03-04", "date": "2025-03-05"}""", Options);
        Assert.False(twice.IsValid);
        Assert.Equal(["items.json:1: $.date: member 'date' is given twice (\"2025-03-05\")"], twice.Errors.Select(e => e.ToString()));
        var deep = ItemDocumentReader.ReadEventText("""{"type": "assigned", "date": "2025-03-04", "units": [{"unit": "u", "unit": "v", "role": "lead"}]}""", Options);
        Assert.Equal(["items.json:1: $.units[0].unit: member 'unit' is given twice (\"v\")"], deep.Errors.Select(e => e.ToString()));

        Assert.False(new HandlingEventReadResult(null, []).IsValid);
    }

    [Fact]
    public void ReadFile_NamesTheFile_UnlessTheOptionsNameIt()
    {
        var folder = Directory.CreateTempSubdirectory("items-");
        try
        {
            var path = Path.Combine(folder.FullName, "甲市.json");
            File.WriteAllText(path, "{\"items\": []}");
            Assert.Equal(path + ":1: $.schemaVersion: missing member 'schemaVersion' (this reader reads version 1)", Assert.Single(ItemDocumentReader.ReadFile(path).Errors).ToString());
            Assert.Equal("items.json", Assert.Single(ItemDocumentReader.ReadFile(path, Options).Errors).File);
            Assert.Equal(path, Assert.Single(ItemDocumentReader.ReadFile(path, new ItemDocumentReadOptions { AsOf = new LocalDate(2025, 1, 1) }).Errors).File);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void MaxValueBytes_IsFrom1KiBTo256MiB()
    {
        Assert.Equal(1024, new ItemDocumentReadOptions { MaxValueBytes = 1024 }.MaxValueBytes);
        Assert.Equal(256 << 20, new ItemDocumentReadOptions { MaxValueBytes = 256 << 20 }.MaxValueBytes);
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => new ItemDocumentReadOptions { MaxValueBytes = 1023 });
        Assert.StartsWith("ItemDocumentReadOptions.MaxValueBytes must be between 1024 and 268435456 (value: 1023).", low.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ItemDocumentReadOptions { MaxValueBytes = (256 << 20) + 1 });
        Assert.Equal("(document)", new ItemDocumentReadOptions().FileName);
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadText(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadFile(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.Read(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadEntries(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadActivities(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadItem(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadItemText(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadEvent(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentReader.ReadEventText(null!));
    }
}
