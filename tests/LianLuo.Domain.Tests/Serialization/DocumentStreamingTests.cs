using System.Text;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Serialization;

/// <summary>
/// How the item document's streaming reader (items-json.md §1 and §3) meets the stream under it: values shown in errors as
/// written (long ones cut), a value up to the size limit read whole wherever it sits, the limit's error on the value's own
/// line, a failing stream named in our words with what was read before it kept, a top-level value that is not an object.
/// Every expected figure here is counted by hand from the text the test writes.
/// </summary>
public sealed class DocumentStreamingTests
{
    private static readonly ItemDocumentReadOptions Options = new() { FileName = "items.json" };

    private static string ItemLine(string id, string title = "t") =>
        "{\"id\": \"" + id + "\", \"kind\": \"suggestion\", \"title\": \"" + title + "\", \"proposer\": \"p\", \"events\": [{\"type\": \"assigned\", \"date\": \"2025-03-03\", \"units\": [{\"unit\": \"u\", \"role\": \"lead\"}]}]}";

    [Theory]
    [InlineData("false", "(false)")]
    [InlineData("true", "(true)")]
    [InlineData("null", "(null)")]
    [InlineData("20250101", "(20250101)")]
    [InlineData("-1.5e3", "(-1.5e3)")]
    [InlineData("\"¿\"", "(\"¿\")")]
    [InlineData("\"items\"", "(\"items\")")]
    [InlineData("[1, 2]", "([…])")]
    public void ARootThatIsNotAnObject_IsRefusedShowingTheValueAsWritten(string root, string shown)
    {
        var errors = ItemDocumentReader.ReadText(root, Options).Errors.Select(e => e.ToString()).ToArray();

        // Then the two members it lacks, as for any document without them.
        Assert.Equal(
            [
                $"items.json:1: $: the document must be a JSON object with schemaVersion and items {shown}",
                "items.json:1: $.schemaVersion: missing member 'schemaVersion' (this reader reads version 1)",
                "items.json:1: $.items: missing member 'items'",
            ],
            errors);
    }

    [Theory]
    [InlineData("false", "schemaVersion must be the whole number 1 (false)")]
    [InlineData("1.5", "schemaVersion must be the whole number 1 (1.5)")]
    [InlineData("2", "schemaVersion 2 is not known to this reader (it reads version 1) (2)")]
    public void ASchemaVersionThatIsNotOne_IsShownAsWritten(string version, string expected)
    {
        var error = Assert.Single(ItemDocumentReader.ReadText("{\n\"schemaVersion\": " + version + ",\n\"items\": []}", Options).Errors);

        Assert.Equal("items.json:2: $.schemaVersion: " + expected, error.ToString());
    }

    [Fact]
    public void AValueShownInAnError_IsCutAfter80Characters()
    {
        // The duplicate id is shown quoted: 78 characters and two quotes are 80, shown whole; 79 and two quotes are 81,
        // shown as the first 77 characters (the quote and 76 letters) and an ellipsis.
        var id78 = new string('x', 78);
        var id79 = new string('y', 79);
        var json = "{\"schemaVersion\": 1, \"items\": [\n" + ItemLine(id78) + ",\n" + ItemLine(id78) + ",\n" + ItemLine(id79) + ",\n" + ItemLine(id79) + "\n]}";

        var errors = ItemDocumentReader.ReadText(json, Options).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal("\"" + id78 + "\"", errors[0].Value);
        Assert.Equal(80, errors[0].Value!.Length);
        Assert.Equal(3, errors[0].Line);
        Assert.Equal("\"" + new string('y', 76) + "…", errors[1].Value);
        Assert.Equal(78, errors[1].Value!.Length);
        Assert.Equal(5, errors[1].Line);
    }

    [Fact]
    public void AValueLargerThanTheReadersBuffer_ButWithinTheLimit_IsReadWhole()
    {
        // 300,000 bytes of title (100,000 three-byte characters) is more than the reader's first buffer and less than the
        // default limit of 1 MiB: the title comes out whole, and the next item is read as well.
        var title = string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 2 == 0 ? "办" : "理"));
        var json = "{\"schemaVersion\": 1, \"items\": [\n" + ItemLine("J1", title) + ",\n" + ItemLine("J2") + "\n]}";
        Assert.Equal(300_000, Encoding.UTF8.GetByteCount(title));

        var result = ItemDocumentReader.ReadText(json, Options);

        Assert.Empty(result.Errors);
        Assert.Equal(title, result.Items[0].Submission.Title);
        Assert.Equal("J2", result.Items[1].Submission.Id.Value);
    }

    [Fact]
    public void ValuesWithinTheLimit_AreReadWhereverTheySitInTheDocument()
    {
        // With a limit of 1,024 bytes, 40 items whose titles are 1,000 bytes each (about 41 KB in all): every title is
        // within the limit, so however the buffer cuts the text none is refused.
        var title = new string('题', 333) + "x";
        Assert.Equal(1000, Encoding.UTF8.GetByteCount(title));
        var json = "{\"schemaVersion\": 1, \"items\": [\n" + string.Join(",\n", Enumerable.Range(1, 40).Select(i => ItemLine("J" + i, title))) + "\n]}";

        var result = ItemDocumentReader.ReadText(json, Options with { MaxValueBytes = 1024 });

        Assert.Empty(result.Errors);
        Assert.Equal(40, result.Items.Count);
        Assert.All(result.Items, item => Assert.Equal(title, item.Submission.Title));
    }

    [Fact]
    public void AValueOverTheLimit_IsRefusedOnItsOwnLine_AndTheItemsBeforeItAreKept()
    {
        // Items on lines 2 to 4; the fourth item's title begins on line 5 and its 5,000-byte value is on line 6, over the
        // limit of 1,024.
        var json = "{\"schemaVersion\": 1, \"items\": [\n" + ItemLine("J1") + ",\n" + ItemLine("J2") + ",\n" + ItemLine("J3") + ",\n"
            + "{\"id\": \"J4\", \"title\":\n\"" + new string('x', 5000) + "\"}\n]}";

        var entries = ItemDocumentReader.ReadEntries(new MemoryStream(Encoding.UTF8.GetBytes(json)), Options with { MaxValueBytes = 1024 }).ToList();

        Assert.Equal(["J1", "J2", "J3"], entries.Where(e => e.Item is not null).Select(e => e.Item!.Submission.Id.Value).ToArray());
        var error = Assert.Single(entries, e => e.Error is not null).Error!;
        Assert.Equal(ItemDocumentErrorKind.Limit, error.Kind);
        Assert.Equal(6, error.Line);
        Assert.Equal("a value is longer than 1024 bytes (the limit of a single value); the document is not read further", error.Reason);
    }

    [Fact]
    public void AByteOrderMarkInsideTheDocument_IsNotJson()
    {
        // A BOM is allowed before the document only (items-json.md §1); one after a value (two files joined, say) is refused.
        byte[] json = [0xEF, 0xBB, 0xBF, .. "{\"schemaVersion\": 1,\n\"items\": []"u8, 0xEF, 0xBB, 0xBF, .. "}"u8];

        var error = Assert.Single(ItemDocumentReader.Read(new MemoryStream(json), Options).Errors);

        Assert.Equal("items.json:2: $: not valid JSON: '0xEF' follows a complete value, where a comma, a colon or a closing bracket was expected; the document is not read further", error.ToString());
    }

    [Fact]
    public void AStreamThatFails_IsNamedInOurWords_AndWhatWasReadBeforeIsKept()
    {
        // 2,000 items of one line each (about 330 KB); the stream fails after 200,000 bytes.
        var json = "{\"schemaVersion\": 1, \"items\": [\n" + string.Join(",\n", Enumerable.Range(1, 2000).Select(i => ItemLine("J" + i))) + "\n]}";
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineOfTheFailure = 1 + bytes.AsSpan(0, 200_000).Count((byte)'\n');

        var entries = ItemDocumentReader.ReadEntries(new FailingStream(bytes, 200_000), Options).ToList();

        var error = entries[^1].Error!;
        Assert.Equal(ItemDocumentErrorKind.Json, error.Kind);
        Assert.Equal("the document cannot be read: the disk is gone; the document is not read further", error.Reason);
        Assert.Equal("$", error.Path);
        Assert.InRange(error.Line, 2, lineOfTheFailure);
        var items = entries.Where(e => e.Item is not null).Select(e => e.Item!.Submission.Id.Value).ToArray();
        Assert.Equal(Enumerable.Range(1, items.Length).Select(i => "J" + i), items);
        Assert.InRange(items.Length, 300, lineOfTheFailure - 2);
        Assert.Single(entries, e => e.Error is not null);
    }

    [Fact]
    public void AStreamThatFailsAtOnce_IsOneErrorOnLineOne()
    {
        var error = Assert.Single(ItemDocumentReader.Read(new FailingStream([], 0), Options).Errors);

        Assert.Equal("items.json:1: $: the document cannot be read: the disk is gone; the document is not read further", error.ToString());
    }

    [Fact]
    public void AByteOrderMarkAlone_IsTheEmptyDocument()
    {
        var empty = ItemDocumentReader.ReadText(string.Empty, Options).Errors.Select(e => e.ToString()).ToArray();
        using var bomOnly = new MemoryStream([0xEF, 0xBB, 0xBF]);

        var errors = ItemDocumentReader.Read(bomOnly, Options).Errors.Select(e => e.ToString()).ToArray();

        Assert.NotEmpty(empty);
        Assert.Equal(empty, errors);
    }

    /// <summary>Gives the first <c>failAt</c> bytes, then throws as a failing disk or network would.</summary>
    private sealed class FailingStream(byte[] bytes, int failAt) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= failAt)
            {
                throw new IOException("the disk is gone");
            }

            var n = Math.Min(count, Math.Min(failAt, bytes.Length) - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
