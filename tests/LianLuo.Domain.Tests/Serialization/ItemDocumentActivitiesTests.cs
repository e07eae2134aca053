using System.Text;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Domain.Tests.Serialization;

public class ItemDocumentActivitiesTests
{
    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void ReadActivities_SpecExample_GivesTheActivityAfterTheItems()
    {
        var activities = ItemDocumentReader.ReadActivities(Utf8(ItemDocumentReaderTests.SpecExample));

        // The spec's example has one activity: 专题协商 on 2025-04-18, 3 leaders and 25 deputies or members.
        var activity = Assert.Single(activities!.Value);
        Assert.Equal(new LocalDate(2025, 4, 18), activity.Date);
        Assert.Equal(ActivityType.TopicConsultation, activity.Type);
        Assert.Equal(3, activity.LeaderAttendances);
        Assert.Equal(25, activity.MemberAttendances);
    }

    [Fact]
    public void ReadActivities_ItemsWithErrors_AreSkippedUnread()
    {
        // An item whose history is wrong (a reply before any assignment): skipped token by token, never folded.
        const string json = """
            { "schemaVersion": 1,
              "items": [ { "id": "X", "kind": "suggestion", "title": "t", "proposer": "p",
                           "events": [ { "type": "replied", "date": "2025-05-30", "result": "A" } ] } ],
              "activities": [ { "date": "2025-04-18", "type": "专题协商", "leaderAttendances": 1, "memberAttendances": 2 } ] }
            """;

        Assert.NotEmpty(ItemDocumentReader.ReadText(json).Errors);
        Assert.Single(ItemDocumentReader.ReadActivities(Utf8(json))!.Value);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "items": [] }""", null)]
    [InlineData("""{ "schemaVersion": 1, "items": [], "activities": [] }""", 0)]
    public void ReadActivities_TellsAnAbsentMemberFromAnEmptyOne(string json, int? count) =>
        Assert.Equal(count, ItemDocumentReader.ReadActivities(Utf8(json))?.Count);
}
