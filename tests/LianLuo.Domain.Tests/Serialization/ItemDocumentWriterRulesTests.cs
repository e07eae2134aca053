using System.Text;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>What the writer promises beyond the round trip: it streams, it writes a topic only when there is one, and it refuses what version 1 cannot say.</summary>
public class ItemDocumentWriterRulesTests
{
    private static HandledItem Item(int n) => new(
        new Submission(new ItemId($"J{n}"), SubmissionKind.Suggestion, "标题", 2025, new Deputy("张三")),
        [new Assigned(new LocalDate(2025, 3, 3), [Assignment.Lead("市教育局")])]);

    [Fact]
    public void ALongDocument_IsWrittenAsItGoes_EveryFewHundredItems()
    {
        // While the 600th item is being produced, the first 512 have reached the stream: the writer holds no more than a
        // few hundred items' text, whatever the document's length.
        using var stream = new MemoryStream();
        long lengthAt600 = -1;
        IEnumerable<HandledItem> Items()
        {
            for (var i = 1; i <= 700; i++)
            {
                if (i == 600)
                {
                    lengthAt600 = stream.Length;
                }

                yield return Item(i);
            }
        }

        ItemDocumentWriter.Write(stream, Items());
        var all = stream.Length;
        Assert.InRange(lengthAt600, 1, all * 600 / 700);
        Assert.Contains("\"id\": \"J512\"", Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)lengthAt600), StringComparison.Ordinal);
        Assert.Equal(700, ItemDocumentReader.ReadText(Encoding.UTF8.GetString(stream.ToArray())).Items.Count);
    }

    [Fact]
    public void AnActivitysTopic_IsWrittenOnlyWhenItHasOne()
    {
        var text = ItemDocumentWriter.WriteText([], [new LiaisonActivity(new LocalDate(2025, 4, 18), ActivityType.TopicConsultation, "优化营商环境", 3, 25), new LiaisonActivity(new LocalDate(2025, 4, 19), ActivityType.Briefing)]);
        Assert.Equal(1, text.Split("\"topic\"").Length - 1);
        Assert.Contains("\"topic\": \"优化营商环境\"", text, StringComparison.Ordinal);
        var read = ItemDocumentReader.ReadText(text);
        Assert.Equal(["优化营商环境", null], read.Activities!.Value.Select(a => a.Topic));
    }

    [Fact]
    public void AResultOtherThanABOrC_CannotBeWritten()
    {
        var item = new HandledItem(
            Item(1).Submission,
            [new Assigned(new LocalDate(2025, 3, 3), [Assignment.Lead("市教育局")]), new Replied(new LocalDate(2025, 4, 1), new ResultCategory("D"))]);
        var error = Assert.Throws<ArgumentException>(() => ItemDocumentWriter.WriteItemText(item));
        Assert.StartsWith("Result category D cannot be written: version 1 of the document knows A, B and C.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        using var stream = new MemoryStream();
        using var json = new System.Text.Json.Utf8JsonWriter(stream);
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.Write(null!, []));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.Write(stream, null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.WriteItem(null!, Item(1)));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.WriteItem(json, null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.WriteEvent(null!, new Closed(new LocalDate(2025, 4, 1))));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.WriteEvent(json, null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.WriteItemText(null!));
        Assert.Throws<ArgumentNullException>(() => ItemDocumentWriter.WriteFile(null!, []));
    }
}
