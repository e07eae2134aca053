using FsCheck.Xunit;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>
/// One item or one event read and written alone (what a service stores or receives): the same members, values and rules as
/// in a document, with paths from the object itself.
/// </summary>
public sealed class SingleItemDocumentTests
{
    private const string Item = """
        { "id": "JY2026-001", "kind": "proposal", "title": "关于基层医疗的提案", "proposer": "李四", "key": true,
          "events": [
            { "type": "assigned", "date": "2026-03-20", "units": [ { "unit": "市卫生健康委", "role": "lead" } ] },
            { "type": "replied", "date": "2026-06-10", "result": "B", "plannedCompletion": "2026-12-31" }
          ] }
        """;

    [Property(Arbitrary = [typeof(ItemHistories)], MaxTest = 200)]
    public bool WriteItemText_ReadItemText_GivesAnEqualItem(HandledItem item)
    {
        if (ItemDocumentPropertyTests.Expressible(item) is not { } expressible)
        {
            return true;
        }

        var read = ItemDocumentReader.ReadItemText(ItemDocumentWriter.WriteItemText(expressible));
        Assert.Empty(read.Errors);
        Assert.Null(read.Activities);
        return read.Items.Single().Equals(expressible);
    }

    [Fact]
    public void ReadItem_OneObject_FoldsItsHistory()
    {
        var read = ItemDocumentReader.ReadItemText(Item);

        var item = Assert.Single(read.Items);
        Assert.Equal(new ItemId("JY2026-001"), item.Id);
        Assert.Equal(SubmissionKind.Proposal, item.Submission.Kind);
        Assert.IsType<Member>(item.Submission.LeadProposer);
        Assert.Equal(new LocalDate(2026, 6, 10), item.State.FirstRepliedOn);
        Assert.Equal(ResultCategory.B, item.State.LatestCategory);
    }

    [Fact]
    public void ReadItem_ForbiddenHistory_NamesTheRuleAtThePathOfTheEvent()
    {
        const string json = """
            { "id": "JY2026-002", "kind": "suggestion", "title": "t", "proposer": "p",
              "events": [
                { "type": "assigned", "date": "2026-03-20", "units": [ { "unit": "市教育局", "role": "lead" } ] },
                { "type": "feedback", "date": "2026-04-01", "satisfaction": "satisfied" }
              ] }
            """;

        var read = ItemDocumentReader.ReadItemText(json, new ItemDocumentReadOptions { FileName = "body" });

        Assert.Empty(read.Items);
        var error = Assert.Single(read.Errors);
        Assert.Equal(("body", 4, "$.events[1]", LifecycleRule.FeedbackWithoutReply), (error.File, error.Line, error.Path, error.Rule));
        Assert.Equal(new ItemId("JY2026-002"), error.Item);
    }

    [Fact]
    public void ReadItem_EveryProblem_WithItsPath()
    {
        const string json = """
            { "id": "X", "kind": "letter", "title": "t", "proposer": "p", "colour": "red", "key": true, "key": false,
              "events": [ { "type": "assigned", "date": "2026-02-30", "units": [ { "unit": "市教育局", "role": "lead" } ] } ] }
            """;

        var paths = ItemDocumentReader.ReadItemText(json).Errors.Select(e => e.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["$.colour", "$.events[0].date", "$.key", "$.kind"], paths);
    }

    [Theory]
    [InlineData("{ \"id\": ", ItemDocumentErrorKind.Json)]
    [InlineData("{} {}", ItemDocumentErrorKind.Json)]
    [InlineData("[1]", ItemDocumentErrorKind.BadValue)]
    public void ReadItem_NotOneObject_IsRefused(string json, ItemDocumentErrorKind kind)
    {
        var read = ItemDocumentReader.ReadItemText(json);

        Assert.False(read.IsValid);
        Assert.Empty(read.Items);
        Assert.Equal(kind, read.Errors[0].Kind);
        Assert.Equal("$", read.Errors[0].Path);
    }

    [Fact]
    public void ReadEvent_OneObject_IsTheEvent_WhateverTheHistory()
    {
        var read = ItemDocumentReader.ReadEventText("""{ "type": "communicated", "date": "2026-04-02", "unit": "市教育局", "mode": "faceToFace", "persons": 2 }""");

        Assert.True(read.IsValid);
        var contact = Assert.IsType<Communicated>(read.Event);
        Assert.Equal((new LocalDate(2026, 4, 2), CommunicationMode.FaceToFace, 2, "市教育局"), (contact.Date, contact.Mode, contact.PersonTimes, contact.Unit!.Name));
    }

    [Fact]
    public void ReadEvent_BadMembersAndFutureDate_EveryError()
    {
        var options = new ItemDocumentReadOptions { FileName = "(request body)", AsOf = new LocalDate(2026, 6, 15) };

        var read = ItemDocumentReader.ReadEventText("""{ "type": "replied", "date": "2026-06-16", "result": "E", "when": 1 }""", options);

        Assert.False(read.IsValid);
        Assert.Null(read.Event);
        Assert.Equal(["$.date", "$.result", "$.when"], read.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(read.Errors, e => Assert.Equal("(request body)", e.File));
    }

    [Fact]
    public void WriteEvent_ThenReadEvent_GivesTheEvent()
    {
        HandlingEvent[] events =
        [
            new Extended(new LocalDate(2026, 6, 1), new LocalDate(2026, 8, 31), "刘副市长", "涉及多部门"),
            new FeedbackReceived(new LocalDate(2026, 6, 2), null, new HandlingUnit("市教育局")),
            new ReturnDecided(new LocalDate(2026, 6, 3), true, new HandlingUnit("市公安局")),
        ];
        foreach (var step in events)
        {
            using var buffer = new MemoryStream();
            using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                ItemDocumentWriter.WriteEvent(json, step);
            }

            buffer.Position = 0;
            Assert.Equal(step, ItemDocumentReader.ReadEvent(buffer).Event);
        }
    }

    [Fact]
    public void ReadItem_OnTheEnginesPolicy()
    {
        // Default: reply deadline 04-20 + 3 months = 07-20, limit + 6 months = 10-20, so 延期 on 07-10 to 09-30 is allowed. The
        // 2008 city notice counts from 签收 (none recorded: deemed at the sign-in window's end, 5 working days after 04-20 =
        // 04-27) with a limit of 4 months = 08-27: 09-30 is beyond it.
        const string json = """
            { "id": "E-1", "kind": "suggestion", "title": "t", "proposer": "p",
              "events": [ { "type": "assigned", "date": "2026-04-20", "units": [ { "unit": "市教育局", "role": "lead" } ] },
                          { "type": "extended", "date": "2026-07-10", "to": "2026-09-30" } ] }
            """;
        var strict = DeadlineEngine.Default.WithPolicy(DeadlinePolicyPresets.CityNotice2008);

        Assert.True(ItemDocumentReader.ReadItemText(json).IsValid);
        var refused = ItemDocumentReader.ReadItemText(json, new ItemDocumentReadOptions { Deadlines = strict });
        Assert.Equal(LifecycleRule.ExtensionBeyondLimit, Assert.Single(refused.Errors).Rule);
    }
}
