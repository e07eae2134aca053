using System.Text;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>The item-history document (items-json.md): the spec's example, and every error with file, line, path, reason and value.</summary>
public sealed class ItemDocumentReaderTests
{
    internal const string SpecExample = """
        {
          "schemaVersion": 1,
          "items": [
            {
              "id": "JY2025-0001",
              "kind": "suggestion",
              "title": "关于加强校园周边交通安全管理的建议",
              "proposer": "张三",
              "key": true,
              "events": [
                { "type": "assigned", "date": "2025-03-20", "complex": false,
                  "units": [ { "unit": "市教育局", "role": "lead" }, { "unit": "市公安局", "role": "coHandling" } ] },
                { "type": "supervised", "date": "2025-03-20", "leader": "刘副市长" },
                { "type": "received", "date": "2025-03-21", "unit": "市教育局" },
                { "type": "communicated", "date": "2025-04-02", "unit": "市教育局", "mode": "faceToFace", "persons": 2 },
                { "type": "replied", "date": "2025-05-30", "unit": "市教育局", "result": "B", "plannedCompletion": "2025-12-31" },
                { "type": "feedback", "date": "2025-06-10", "satisfaction": "unsatisfied" },
                { "type": "rehandlingStarted", "date": "2025-06-12" },
                { "type": "replied", "date": "2025-07-15", "unit": "市教育局", "result": "A" },
                { "type": "feedback", "date": "2025-07-25", "satisfaction": "satisfied" },
                { "type": "closed", "date": "2025-07-28" }
              ]
            }
          ],
          "activities": [
            { "date": "2025-04-18", "type": "专题协商", "topic": "优化营商环境", "leaderAttendances": 3, "memberAttendances": 25 }
          ]
        }
        """;

    private static readonly ItemDocumentReadOptions Options = new() { FileName = "items.json" };

    [Fact]
    public void Read_SpecExample_FoldsTheHistory()
    {
        var result = ItemDocumentReader.ReadText(SpecExample, Options);

        Assert.Empty(result.Errors);
        var item = Assert.Single(result.Items);
        Assert.Equal(new ItemId("JY2025-0001"), item.Id);
        Assert.True(item.Submission.IsKey);
        Assert.Equal(2025, item.Submission.Year);
        Assert.Equal(HandlingPhase.Closed, item.State.Phase);
        Assert.Equal(2, item.State.Rounds.Count);
        Assert.Equal(10, item.History.Count);
        var activity = Assert.Single(result.Activities!.Value);
        Assert.Equal(ActivityType.TopicConsultation, activity.Type);
        Assert.Equal(25, activity.MemberAttendances);
    }

    [Fact]
    public void Read_WithBom_Reads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SpecExample)).ToArray();
        using var stream = new MemoryStream(bytes);

        Assert.True(ItemDocumentReader.Read(stream, Options).IsValid);
    }

    [Fact]
    public void Read_WithoutActivities_HasNullActivities()
    {
        var result = ItemDocumentReader.ReadText("""{"schemaVersion": 1, "items": []}""", Options);

        Assert.True(result.IsValid);
        Assert.Null(result.Activities);
    }

    [Fact]
    public void Read_ManyErrors_ReportsEveryOneWithLinePathAndValue()
    {
        var json = """
            {
              "schemaVersion": 1,
              "items": [
                { "id": "A", "kind": "suggestoin", "title": "t", "proposer": "p",
                  "events": [ { "type": "assigned", "date": "2025-02-30", "units": [ { "unit": "u", "role": "lead" } ] } ] },
                { "id": "B", "kind": "proposal", "title": "t", "proposer": "p", "Key": true,
                  "events": [ { "type": "assigned", "date": "2025-02-03", "units": [ { "unit": "u", "role": "boss" } ] } ] },
                { "id": "A", "kind": "proposal", "title": "t", "proposer": "p",
                  "events": [ { "type": "assigned", "date": "2025-02-03", "units": [ { "unit": "u", "role": "lead" } ] },
                              { "type": "feedback", "date": "2025-02-04", "satisfaction": "satisfied" } ] }
              ]
            }
            """;

        var errors = ItemDocumentReader.ReadText(json, Options).Errors;

        Assert.Equal(
            [
                "items.json:4: $.items[0].kind: 'kind' must be one of suggestion, proposal, motion (\"suggestoin\")",
                "items.json:5: $.items[0].events[0].date: 'date' must be a date YYYY-MM-DD that exists, from 1949 on (\"2025-02-30\")",
                "items.json:6: $.items[1].Key: unknown member 'Key' of an item (allowed: id, kind, title, proposer, key, events; names are case-sensitive) (true)",
                "items.json:7: $.items[1].events[0].units[0].role: 'role' must be one of lead, coHandling, separate (\"boss\")",
                "items.json:8: $.items[2].id: the id (编号) is used by an earlier item; ids are unique in a document (\"A\")",
            ],
            errors.Select(e => e.ToString()).ToArray());
        Assert.Equal(new ItemId("B"), errors[3].Item);
    }

    [Fact]
    public void Read_HistoryBreakingARule_NamesItemEventAndRule()
    {
        var json = """
            {"schemaVersion": 1, "items": [
              {"id": "J1", "kind": "suggestion", "title": "t", "proposer": "p", "events": [
                {"type": "assigned", "date": "2025-03-03", "units": [{"unit": "u", "role": "lead"}]},
                {"type": "extended", "date": "2025-03-10", "to": "2025-05-01"}
              ]}
            ]}
            """;

        var error = Assert.Single(ItemDocumentReader.ReadText(json, Options).Errors);

        Assert.Equal(ItemDocumentErrorKind.Lifecycle, error.Kind);
        Assert.Equal(LifecycleRule.ExtensionNotAfterDeadline, error.Rule);
        Assert.Equal(new ItemId("J1"), error.Item);
        Assert.Equal(4, error.Line);
        Assert.Equal("$.items[0].events[1]", error.Path);
        Assert.Contains("J1", error.Reason, StringComparison.Ordinal);
        Assert.Equal("\"extended\"", error.Value);
    }

    [Theory]
    [InlineData("""{"items": []}""", "missing member 'schemaVersion'")]
    [InlineData("""{"schemaVersion": 2, "items": []}""", "schemaVersion 2 is not known to this reader")]
    [InlineData("""{"schemaVersion": 1}""", "missing member 'items'")]
    [InlineData("""[1]""", "must be a JSON object")]
    [InlineData("""{"schemaVersion": 1, "items": [}""", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public void Read_BadRoot_IsAnError(string json, string expected)
    {
        var errors = ItemDocumentReader.ReadText(json, Options).Errors;

        Assert.Contains(errors, e => e.Reason.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TooDeep_StopsWithAClearError()
    {
        var json = "{\"schemaVersion\": 1, \"items\": [], \"x\": " + new string('[', 200) + new string(']', 200) + "}";

        var errors = ItemDocumentReader.ReadText(json, Options).Errors;

        Assert.Contains(errors, e => e.Kind == ItemDocumentErrorKind.Limit && e.Reason.Contains("more than 64 levels deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_HugeValue_StopsWithAClearError()
    {
        var json = "{\"schemaVersion\": 1, \"items\": [{\"id\": \"" + new string('x', 5000) + "\"}]}";

        var errors = ItemDocumentReader.ReadText(json, Options with { MaxValueBytes = 1024 }).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(ItemDocumentErrorKind.Limit, error.Kind);
        Assert.Contains("longer than 1024 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EventAfterAsOf_IsAnError()
    {
        var errors = ItemDocumentReader.ReadText(SpecExample, Options with { AsOf = new LocalDate(2025, 7, 1) }).Errors;

        Assert.Equal(["$.items[0].events[7].date", "$.items[0].events[8].date", "$.items[0].events[9].date"], errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public void ReadEntries_LinesAcrossBufferBoundaries_AreExact()
    {
        // Many items so that the reader refills its buffer many times; the one bad date is far into the text.
        var text = new StringBuilder("{\n\"schemaVersion\": 1,\n\"items\": [\n");
        for (var i = 0; i < 3000; i++)
        {
            var date = i == 2500 ? "2025-13-01" : "2025-03-03";
            text.Append("{\"id\": \"J").Append(i).Append("\", \"kind\": \"suggestion\", \"title\": \"标题\", \"proposer\": \"p\",\n\"events\": [\n{\"type\": \"assigned\", \"date\": \"")
                .Append(date).Append("\", \"units\": [{\"unit\": \"u\", \"role\": \"lead\"}]}\n]}").Append(i < 2999 ? ",\n" : "\n");
        }

        text.Append("]\n}\n");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));

        var entries = ItemDocumentReader.ReadEntries(stream, Options).ToList();

        var error = Assert.Single(entries, e => e.Error is not null).Error!;
        Assert.Equal(3 + (2500 * 4) + 3, error.Line);
        Assert.Equal("$.items[2500].events[0].date", error.Path);
        Assert.Equal(2999, entries.Count(e => e.Item is not null));
    }

    [Fact]
    public void Read_MalformedFarIntoTheDocument_NamesItsLine()
    {
        var text = new StringBuilder("{\n\"schemaVersion\": 1,\n\"items\": [\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append("{\"id\": \"J").Append(i).Append("\", \"kind\": \"suggestion\", \"title\": \"t\", \"proposer\": \"p\", \"events\": [{\"type\": \"assigned\", \"date\": \"2025-03-03\", \"units\": [{\"unit\": \"u\", \"role\": \"lead\"}]}]},\n");
        }

        text.Append("{\"id\": \"X\" \"kind\": 1}\n]}\n");

        var error = ItemDocumentReader.ReadText(text.ToString(), Options).Errors.Single();

        Assert.Equal(ItemDocumentErrorKind.Json, error.Kind);
        Assert.Equal(2004, error.Line);
    }

    [Fact]
    public void ReadEntries_LargeDocument_YieldsTheFirstItemBeforeReadingOn()
    {
        // 20,000 items (about 4 MB): the first item comes out after the reader has taken one buffer, not the document.
        var text = new StringBuilder("{\"schemaVersion\": 1, \"items\": [\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i == 0 ? string.Empty : ",\n").Append("{\"id\": \"J").Append(i).Append("\", \"kind\": \"suggestion\", \"title\": \"关于加强校园周边交通安全管理的建议\", \"proposer\": \"张三\", \"events\": [{\"type\": \"assigned\", \"date\": \"2025-03-03\", \"units\": [{\"unit\": \"市教育局\", \"role\": \"lead\"}]}, {\"type\": \"replied\", \"date\": \"2025-04-03\", \"result\": \"A\"}]}");
        }

        text.Append("]}");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var stream = new MemoryStream(bytes);

        using var entries = ItemDocumentReader.ReadEntries(stream, Options).GetEnumerator();

        Assert.True(entries.MoveNext());
        Assert.NotNull(entries.Current.Item);
        Assert.True(stream.Position < 128 * 1024, $"read {stream.Position} of {bytes.Length} bytes before the first item");
        var count = 1;
        while (entries.MoveNext())
        {
            Assert.Null(entries.Current.Error);
            count++;
        }

        Assert.Equal(20_000, count);
    }

    [Fact]
    public void WriteText_OneItem_IsTheGoldenText()
    {
        var unit = new HandlingUnit("市教育局");
        var submission = new Submission(new ItemId("J1"), SubmissionKind.Suggestion, "关于\"双减\"的建议", 2025, new Deputy("张三"), isKey: true);
        var item = new HandledItem(submission, [new Assigned(new LocalDate(2025, 3, 3), [new Assignment(unit, AssignmentRole.Lead)]), new Replied(new LocalDate(2025, 4, 1), ResultCategory.C, Reason: "受财力所限"), new FeedbackReceived(new LocalDate(2025, 4, 9), null)]);

        var text = ItemDocumentWriter.WriteText([item], [new LiaisonActivity(new LocalDate(2025, 4, 18), ActivityType.Briefing)]);

        Assert.Equal(
            """
            {
              "schemaVersion": 1,
              "items": [
                {
                  "id": "J1",
                  "kind": "suggestion",
                  "title": "关于\"双减\"的建议",
                  "proposer": "张三",
                  "key": true,
                  "events": [
                    {
                      "type": "assigned",
                      "date": "2025-03-03",
                      "units": [
                        {
                          "unit": "市教育局",
                          "role": "lead"
                        }
                      ],
                      "complex": false
                    },
                    {
                      "type": "replied",
                      "date": "2025-04-01",
                      "result": "C",
                      "reason": "受财力所限"
                    },
                    {
                      "type": "feedback",
                      "date": "2025-04-09",
                      "satisfaction": null
                    }
                  ]
                }
              ],
              "activities": [
                {
                  "date": "2025-04-18",
                  "type": "政情通报",
                  "leaderAttendances": 0,
                  "memberAttendances": 0
                }
              ]
            }
            """,
            text.ReplaceLineEndings("\n"));
        Assert.Equal([item], ItemDocumentReader.ReadText(text).Items.ToArray());
    }
}
